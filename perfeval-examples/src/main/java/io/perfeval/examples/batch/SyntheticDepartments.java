package io.perfeval.examples.batch;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic synthetic department inputs for the Shijiazhuang 2019 pack: amounts in 万元 with two decimals, rates
 * spread across every band of every criterion (full marks, zero, the proportional middle, caps and floors), checklist
 * failures, outputs above and below their targets with the evaluator's judgement where they fall short. Seeded, so a
 * benchmark and its equality test see the same departments. Amounts are drawn as whole 分 (fen) and rates as basis
 * points, so every figure is exact: no binary floating point between the random numbers and the BigDecimals.
 */
public final class SyntheticDepartments {

    /** Checklists of the pack with their item counts, in table order (Map.of would iterate differently per JVM). */
    public static final Map<String, Integer> CHECKLISTS = checklists();

    /** Output counts, their targets, and the indicator that judges a shortfall. */
    private static final String[][] OUTPUTS = {{"组织活动次数", "300", "会务组织接待工作"},
        {"印发公文报告篇数", "300", "以文参政、以文辅政工作"}, {"银企对接会次数", "4", "组织召开银企对接会"},
        {"发布信息条数", "20000", "政务公开工作"}};

    /** Yes/no 达标 fields and the indicator that judges a failure. */
    private static final String[][] ATTAINED = {{"值班工作达标", "规范行政值班"}, {"会务接待达标", "精心组织会务接待"},
        {"综合资料起草达标", "高效起草综合资料"}, {"金融工作达标", "推进金融工作发展"}, {"政务公开达标", "政务公开工作高效推进"},
        {"资金按时拨付", "资金拨付时效"}};

    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SyntheticDepartments() {
    }

    private static Map<String, Integer> checklists() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("绩效指标科学性", 2);
        m.put("预算编制完整性", 2);
        m.put("项目预算功能分类等编制合规性", 4);
        m.put("资金使用合规性", 8);
        m.put("财务管理规范性", 4);
        m.put("管理制度健全性", 2);
        m.put("预算信息公开性", 2);
        m.put("基础信息完善性", 2);
        m.put("资产管理规范性", 5);
        return Collections.unmodifiableMap(m);
    }

    public static List<EvaluationInput> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EvaluationInput> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(random, i));
        }
        return out;
    }

    private static EvaluationInput one(SplittableRandom r, int n) {
        EvaluationInput.Builder b = EvaluationInput.builder().entity("石家庄市第" + (n + 1) + "部门");
        b.yes("总体绩效目标合格", r.nextInt(4) != 0);
        b.yes("分项绩效目标合格", r.nextInt(4) != 0);
        b.put("不合格项目目标数", Value.number(BigDecimal.valueOf(r.nextInt(4) == 0 ? r.nextInt(16) : 0)));
        b.yes("是否按时上报", r.nextInt(6) != 0);

        long initial = fen(r, 200, 50_000);
        long excluded = r.nextInt(3) == 0 ? r.nextLong(0, initial * 3 / 10 + 1) : 0;
        // 预算调整率 in its three bands, in basis points: none (0), the middle, and 10% or more.
        int adjustRate = switch (r.nextInt(3)) {
            case 0 -> 0;
            case 1 -> r.nextInt(10, 1_000);
            default -> r.nextInt(1_000, 3_000);
        };
        long adjusted = initial + excluded + share(initial, adjustRate);
        long revenueBudget = adjusted;
        long revenue = share(revenueBudget, r.nextInt(8_000, 10_300));
        long carriedIn = r.nextLong(0, initial / 5 + 1);
        // 结转结余率 anywhere from 0 to 60%: spending follows from it.
        long expenditure = carriedIn + revenue - share(adjusted + carriedIn, r.nextInt(0, 6_000));
        b.put("年初预算数", wanYuan(initial));
        b.put("调整后预算数", wanYuan(adjusted));
        b.put("可剔除的预算调整数", wanYuan(excluded));
        b.put("收入预算数", wanYuan(revenueBudget));
        b.put("收入预算完成数", wanYuan(revenue));
        b.put("年初结转和结余", wanYuan(carriedIn));
        b.put("本年支出", wanYuan(expenditure));

        Map<String, BigDecimal> schedule = new LinkedHashMap<>();
        Map<String, BigDecimal> progress = new LinkedHashMap<>();
        for (int q = 0; q < 4; q++) {
            BigDecimal due = BigDecimal.valueOf(25L * (q + 1));
            schedule.put(QUARTERS[q], due);
            progress.put(QUARTERS[q], r.nextInt(3) == 0 ? due.subtract(BigDecimal.valueOf(r.nextInt(1, 15)))
                    : due.add(BigDecimal.valueOf(r.nextInt(0, 3))).min(HUNDRED));
        }
        b.put("支出进度", new Value.Series(progress));
        b.put("序时进度", new Value.Series(schedule));

        long threeBudget = fen(r, 5, 200);
        b.put("三公经费预算数", wanYuan(threeBudget));
        b.put("三公经费实际支出数", wanYuan(share(threeBudget, r.nextInt(7_000, 10_400))));
        long procurement = fen(r, 20, 5_000);
        b.put("政府采购预算数", wanYuan(procurement));
        b.put("实际政府采购金额", wanYuan(share(procurement, r.nextInt(6_000, 12_000))));
        b.yes("账表一致", r.nextInt(8) != 0);

        int projects = r.nextInt(5, 60);
        b.put("应自评项目数", Value.number(BigDecimal.valueOf(projects)));
        b.put("已自评项目数", Value.number(BigDecimal.valueOf(r.nextInt(2) == 0 ? projects : r.nextInt(projects + 1))));
        int suggestions = r.nextInt(1, 30);
        b.put("意见建议总数", Value.number(BigDecimal.valueOf(suggestions)));
        b.put("意见建议采纳数", Value.number(BigDecimal.valueOf(r.nextInt(2) == 0 ? suggestions
                : r.nextInt(suggestions + 1))));

        CHECKLISTS.forEach((name, size) -> {
            Map<Integer, Boolean> answers = new LinkedHashMap<>();
            for (int i = 1; i <= size; i++) {
                answers.put(i, r.nextInt(7) != 0);
            }
            b.put(name, new Value.Checklist(answers));
        });

        boolean lettersShort = r.nextInt(4) == 0;
        b.put("接收公文件数", Value.number(BigDecimal.valueOf(r.nextInt(lettersShort ? 8_000 : 10_000, 13_000))));
        b.put("市长热线下派工单数", Value.number(BigDecimal.valueOf(r.nextInt(lettersShort ? 8_000 : 10_000, 12_000))));
        if (lettersShort) {
            judge(b, r, "公文接收、市长热线办理工作", 2);
        }
        for (String[] o : OUTPUTS) {
            int target = Integer.parseInt(o[1]);
            boolean shortfall = r.nextInt(4) == 0;
            int value = shortfall ? r.nextInt(0, target) : target + r.nextInt(0, target / 4 + 1);
            b.put(o[0], Value.number(BigDecimal.valueOf(value)));
            if (shortfall) {
                judge(b, r, o[2], 2);
            }
        }
        for (String[] a : ATTAINED) {
            boolean yes = r.nextInt(5) != 0;
            b.yes(a[0], yes);
            if (!yes) {
                judge(b, r, a[1], a[1].equals("资金拨付时效") ? 5 : 2);
            }
        }
        judge(b, r, "部门整体效益", 9);
        // 社会公众满意度: full marks, each 10-point band below 90%, and below 60%.
        b.put("社会公众满意度", Value.number(BigDecimal.valueOf(r.nextInt(4500, 10_001), 2)));
        return b.build();
    }

    private static void judge(EvaluationInput.Builder b, SplittableRandom r, String indicator, int max) {
        // Half points, 0 to 分值, as evaluators give them.
        BigDecimal score = BigDecimal.valueOf(5L * r.nextInt(0, max * 2 + 1), 1);
        b.judgement(indicator, new Judgement(score, "按实际完成情况酌情给分"));
    }

    /** An amount of 万元 between {@code lo} and {@code hi}, in 分 (hundredths of a 万元 are what 决算 tables show). */
    private static long fen(SplittableRandom r, long lo, long hi) {
        return r.nextLong(lo * 100, hi * 100);
    }

    /** {@code amount × basisPoints / 10000}, to the nearest 分. */
    private static long share(long amount, int basisPoints) {
        return (amount * basisPoints + 5_000) / 10_000;
    }

    private static Value wanYuan(long fen) {
        return Value.number(BigDecimal.valueOf(fen, 2));
    }
}
