package io.perfeval.examples.bench;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.examples.batch.SyntheticDepartments;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department as an integrator's own system holds it: plain Java values in arrays (amounts and counts as
 * {@code BigDecimal}, 是/否 as {@code boolean}, checklist answers as {@code boolean[]}, quarters in order, judgement
 * scores with their reasons), no perfeval type. The integrator's path builds perfeval's {@link EvaluationInput} from
 * these on every evaluation ({@link #toInput()}); the hand-written baseline reads them directly ({@link Facts}).
 *
 * @param numbers by {@link #NUMBERS}
 * @param yesNo by {@link #YES_NO}
 * @param checklists by {@link SyntheticDepartments#CHECKLISTS}' order, item 1 first, {@code true} for 符合
 * @param progress 支出进度 by {@link #QUARTERS}
 * @param schedule 序时进度 by {@link #QUARTERS}
 * @param judged by {@link #JUDGED}: the evaluator's score, or null where none is given
 * @param reasons the judgements' reasons, by {@link #JUDGED}
 */
public record PlainDepartment(String entity, BigDecimal[] numbers, boolean[] yesNo, boolean[][] checklists,
                              BigDecimal[] progress, BigDecimal[] schedule, BigDecimal[] judged, String[] reasons)
        implements Facts {

    static final String[] NUMBERS = {"不合格项目目标数", "年初预算数", "调整后预算数", "可剔除的预算调整数", "收入预算数",
        "收入预算完成数", "年初结转和结余", "本年支出", "三公经费预算数", "三公经费实际支出数", "政府采购预算数", "实际政府采购金额",
        "应自评项目数", "已自评项目数", "意见建议总数", "意见建议采纳数", "接收公文件数", "市长热线下派工单数", "组织活动次数",
        "印发公文报告篇数", "银企对接会次数", "发布信息条数", "社会公众满意度"};
    static final String[] YES_NO = {"总体绩效目标合格", "分项绩效目标合格", "是否按时上报", "账表一致", "值班工作达标",
        "会务接待达标", "综合资料起草达标", "金融工作达标", "政务公开达标", "资金按时拨付"};
    static final String[] CHECKLISTS = SyntheticDepartments.CHECKLISTS.keySet().toArray(String[]::new);
    static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};
    static final String PROGRESS = "支出进度";
    static final String SCHEDULE = "序时进度";
    static final String[] JUDGED = {"公文接收、市长热线办理工作", "会务组织接待工作", "以文参政、以文辅政工作",
        "组织召开银企对接会", "政务公开工作", "规范行政值班", "精心组织会务接待", "高效起草综合资料", "推进金融工作发展",
        "政务公开工作高效推进", "资金拨付时效", "部门整体效益"};

    /** The same department's plain values, read once from a generated input (the pool is made before timing). */
    static PlainDepartment of(EvaluationInput in) {
        Map<String, Value> d = in.data();
        BigDecimal[] numbers = new BigDecimal[NUMBERS.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = ((Value.Number) d.get(NUMBERS[i])).value();
        }
        boolean[] yesNo = new boolean[YES_NO.length];
        for (int i = 0; i < yesNo.length; i++) {
            yesNo[i] = ((Value.YesNo) d.get(YES_NO[i])).yes();
        }
        boolean[][] checklists = new boolean[CHECKLISTS.length][];
        for (int i = 0; i < checklists.length; i++) {
            Map<Integer, Boolean> answers = ((Value.Checklist) d.get(CHECKLISTS[i])).answers();
            checklists[i] = new boolean[answers.size()];
            for (int item = 1; item <= answers.size(); item++) {
                checklists[i][item - 1] = answers.get(item);
            }
        }
        BigDecimal[] judged = new BigDecimal[JUDGED.length];
        String[] reasons = new String[JUDGED.length];
        for (int i = 0; i < judged.length; i++) {
            Judgement j = in.judgements().get(JUDGED[i]);
            judged[i] = j == null ? null : j.score();
            reasons[i] = j == null ? null : j.reason();
        }
        return new PlainDepartment(in.entity(), numbers, yesNo, checklists, quarters(d.get(PROGRESS)),
                quarters(d.get(SCHEDULE)), judged, reasons);
    }

    static PlainDepartment[] pool(List<EvaluationInput> inputs) {
        return inputs.stream().map(PlainDepartment::of).toArray(PlainDepartment[]::new);
    }

    private static BigDecimal[] quarters(Value series) {
        Map<String, BigDecimal> values = ((Value.Series) series).values();
        BigDecimal[] out = new BigDecimal[QUARTERS.length];
        for (int q = 0; q < out.length; q++) {
            out[q] = values.get(QUARTERS[q]);
        }
        return out;
    }

    /**
     * perfeval's input built from these values with the public {@link EvaluationInput.Builder}, as an integrator
     * does for every department it scores.
     */
    EvaluationInput toInput() {
        EvaluationInput.Builder b = EvaluationInput.builder().entity(entity);
        for (int i = 0; i < NUMBERS.length; i++) {
            b.put(NUMBERS[i], Value.number(numbers[i]));
        }
        for (int i = 0; i < YES_NO.length; i++) {
            b.yes(YES_NO[i], yesNo[i]);
        }
        for (int i = 0; i < CHECKLISTS.length; i++) {
            Map<Integer, Boolean> answers = new LinkedHashMap<>();
            for (int item = 0; item < checklists[i].length; item++) {
                answers.put(item + 1, checklists[i][item]);
            }
            b.put(CHECKLISTS[i], new Value.Checklist(answers));
        }
        b.put(PROGRESS, series(progress));
        b.put(SCHEDULE, series(schedule));
        for (int i = 0; i < JUDGED.length; i++) {
            if (judged[i] != null) {
                b.judgement(JUDGED[i], new Judgement(judged[i], reasons[i]));
            }
        }
        return b.build();
    }

    /**
     * The same input built by slot with the pack's {@link RulePack#inputBuilder()}, the slots looked up once
     * ({@link Slots}): numbers as they are, checklists as arrays, series in period order, judgements by indicator
     * slot, no map of names.
     */
    EvaluationInput toInput(Slots slots) {
        EvaluationInput.SlotBuilder b = slots.pack().inputBuilder().entity(entity);
        for (int i = 0; i < NUMBERS.length; i++) {
            b.number(slots.numbers()[i], numbers[i]);
        }
        for (int i = 0; i < YES_NO.length; i++) {
            b.yes(slots.yesNo()[i], yesNo[i]);
        }
        for (int i = 0; i < CHECKLISTS.length; i++) {
            b.checklist(slots.checklists()[i], checklists[i]);
        }
        b.series(slots.progress(), progress);
        b.series(slots.schedule(), schedule);
        for (int i = 0; i < JUDGED.length; i++) {
            if (judged[i] != null) {
                b.judgement(slots.judged()[i], new Judgement(judged[i], reasons[i]));
            }
        }
        return b.build();
    }

    /**
     * A pack's data slots for these values, by {@link #NUMBERS}, {@link #YES_NO} and {@link #CHECKLISTS}, and its
     * indicator slots for the judgements, by {@link #JUDGED}.
     */
    record Slots(RulePack pack, int[] numbers, int[] yesNo, int[] checklists, int progress, int schedule,
                 int[] judged) {
        static Slots of(RulePack pack) {
            return new Slots(pack, slots(pack, NUMBERS), slots(pack, YES_NO), slots(pack, CHECKLISTS),
                    pack.dataSlot(PROGRESS).orElseThrow(), pack.dataSlot(SCHEDULE).orElseThrow(),
                    Arrays.stream(JUDGED).mapToInt(name -> pack.indicatorIndex(name).orElseThrow()).toArray());
        }

        private static int[] slots(RulePack pack, String[] names) {
            return Arrays.stream(names).mapToInt(name -> pack.dataSlot(name).orElseThrow()).toArray();
        }
    }

    private static Value series(BigDecimal[] quarters) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int q = 0; q < quarters.length; q++) {
            values.put(QUARTERS[q], quarters[q]);
        }
        return new Value.Series(values);
    }

    @Override
    public BigDecimal num(int i) {
        return numbers[i];
    }

    @Override
    public boolean yes(int i) {
        return yesNo[i];
    }

    @Override
    public int failed(int checklist) {
        int n = 0;
        for (boolean met : checklists[checklist]) {
            if (!met) {
                n++;
            }
        }
        return n;
    }

    @Override
    public BigDecimal progress(int quarter) {
        return progress[quarter];
    }

    @Override
    public BigDecimal schedule(int quarter) {
        return schedule[quarter];
    }

    @Override
    public BigDecimal judged(int i) {
        return judged[i];
    }
}
