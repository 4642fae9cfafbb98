package io.perfeval.examples.spark;

import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.examples.batch.SyntheticDepartments;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.rules.hebei.DepartmentInputJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The job's realistic inputs: {@link SyntheticDepartments}' departments written as the Hebei {@code DepartmentInput}
 * documents a government system exports, each with the region and year it belongs to, and with the self-scores
 * (自评得分) a department reports — what the rules give, one leaf in five half a point higher, as reviews find them.
 *
 * <p>Rows are made in blocks of {@link #BLOCK}: block {@code b} is {@code SyntheticDepartments.generate(seed + b, …)},
 * so any executor makes any block without the ones before it, and the same seed always gives the same rows.
 *
 * <p>The form derives 不合格项目目标数, 已自评项目数 and 应自评项目数 from its 分项绩效项目清单, so the list written has
 * as many projects as the larger of 应自评项目数 and 不合格项目目标数 (the synthetic counts are drawn independently),
 * the first 不合格项目目标数 of them without a goal and the first 已自评项目数 with a self-score.
 */
public final class SyntheticDocuments {

    /** Rows per block. */
    public static final int BLOCK = 1_000;

    /** The eleven prefecture-level cities of Hebei (河北省): the regions rows are spread over. */
    static final List<String> REGIONS = List.of("石家庄市", "唐山市", "秦皇岛市", "邯郸市", "邢台市", "保定市", "张家口市",
            "承德市", "沧州市", "廊坊市", "衡水市");
    static final int FIRST_YEAR = 2019;
    static final int YEARS = 5;

    /** One generated row: the input table's four columns. */
    public record Document(String region, int year, String department, String input) {
    }

    /** Data the form holds in its own sections rather than in 产出数量, 是否事项 or 检查清单. */
    private static final Set<String> SECTIONS = Set.of("年初预算数", "调整后预算数", "可剔除的预算调整数", "收入预算数",
            "年初结转和结余", "收入预算完成数", "本年支出", "支出进度", "序时进度", "三公经费预算数", "三公经费实际支出数",
            "政府采购预算数", "实际政府采购金额", "总体绩效目标合格", "分项绩效目标合格", "意见建议采纳数", "意见建议总数",
            "社会公众满意度", "不合格项目目标数", "已自评项目数", "应自评项目数");

    private SyntheticDocuments() {
    }

    /** How many blocks {@code count} rows take. */
    public static long blocks(long count) {
        return (count + BLOCK - 1) / BLOCK;
    }

    /** The rows of block {@code block} (at most {@link #BLOCK}, fewer for the last block of {@code count}). */
    public static List<Document> block(RulePack pack, long seed, long block, long count) {
        long first = block * BLOCK;
        int size = (int) Math.min(BLOCK, count - first);
        List<Document> out = new ArrayList<>(Math.max(size, 0));
        if (size <= 0) {
            return out;
        }
        List<EvaluationInput> inputs = SyntheticDepartments.generate(seed + block, size);
        SplittableRandom generous = new SplittableRandom(~(seed + block));
        for (int i = 0; i < size; i++) {
            long n = first + i;
            String region = REGIONS.get((int) (n % REGIONS.size()));
            int year = FIRST_YEAR + (int) (n / REGIONS.size() % YEARS);
            String department = String.format("%s第%07d部门", region, n + 1);
            DepartmentInput doc = document(pack, inputs.get(i), department, year, generous);
            out.add(new Document(region, year, department, DepartmentInputJson.write(doc)));
        }
        return out;
    }

    /** {@code input} as the Hebei form, with self-scores. */
    static DepartmentInput document(RulePack pack, EvaluationInput input, String department, int year,
                                    SplittableRandom generous) {
        Map<String, Value> d = input.data();
        DepartmentInput.Builder b = DepartmentInput.builder(department, year).pack(pack.info().id());
        b.budget(new DepartmentInput.Budget(num(d, "年初预算数"), num(d, "调整后预算数"), num(d, "可剔除的预算调整数"),
                num(d, "收入预算数")));
        b.accounts(new DepartmentInput.FinalAccounts(num(d, "年初结转和结余"), num(d, "收入预算完成数"),
                num(d, "本年支出"), null, null));
        Map<String, BigDecimal> progress = ((Value.Series) d.get("支出进度")).values();
        Map<String, BigDecimal> schedule = ((Value.Series) d.get("序时进度")).values();
        progress.forEach((period, x) -> b.progress(period, x, schedule.get(period)));
        b.threePublicExpenses(new DepartmentInput.ThreePublicExpenses(num(d, "三公经费预算数"), num(d, "三公经费实际支出数")));
        b.procurement(new DepartmentInput.Procurement(num(d, "政府采购预算数"), num(d, "实际政府采购金额")));
        b.goals(new DepartmentInput.PerformanceGoals(yes(d, "总体绩效目标合格"), yes(d, "分项绩效目标合格")));
        b.suggestions(new DepartmentInput.Suggestions(num(d, "意见建议采纳数"), num(d, "意见建议总数")));
        b.satisfaction(num(d, "社会公众满意度"));
        d.forEach((name, value) -> {
            if (SECTIONS.contains(name)) {
                return;
            }
            if (value instanceof Value.Number x) {
                b.output(name, x.value());
            } else if (value instanceof Value.YesNo y) {
                b.yes(name, y.yes());
            } else if (value instanceof Value.Checklist c) {
                b.checklist(name, answers(c));
            } else {
                throw new IllegalStateException("SyntheticDepartments made a datum the form has no place for: " + name);
            }
        });
        projects(b, num(d, "应自评项目数").intValue(), num(d, "不合格项目目标数").intValue(),
                num(d, "已自评项目数").intValue());
        for (Map.Entry<String, Judgement> j : input.judgements().entrySet()) {
            b.judgement(j.getKey(), j.getValue().score(), j.getValue().reason());
        }
        selfScores(pack, b.build().toEvaluationInput(), b, generous);
        return b.build();
    }

    private static void projects(DepartmentInput.Builder b, int due, int withoutGoal, int evaluated) {
        int count = Math.max(due, withoutGoal);
        for (int i = 1; i <= count; i++) {
            BigDecimal budget = BigDecimal.valueOf(1_000L + 37L * i, 2);
            b.project(new DepartmentInput.Project(i, "项目" + i, budget, budget.subtract(BigDecimal.valueOf(i, 2)),
                    null, i <= evaluated ? BigDecimal.valueOf(90) : null, i <= withoutGoal ? null : "完成年度工作任务",
                    null));
        }
    }

    /** Each leaf's computed score, one leaf in five half a point higher (up to its 分值); their sum as 自评合计. */
    private static void selfScores(RulePack pack, EvaluationInput input, DepartmentInput.Builder b,
                                   SplittableRandom generous) {
        ScoreSheet sheet = pack.evaluate(input, EvaluationOptions.withoutTrace());
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (IndicatorResult leaf : sheet.leaves()) {
            if (leaf.score().isEmpty()) {
                complete = false;
                continue;
            }
            BigDecimal self = leaf.score().get();
            if (generous.nextInt(5) == 0) {
                self = self.add(new BigDecimal("0.5")).min(leaf.maxScore());
            }
            b.selfScore(leaf.name(), self);
            total = total.add(self);
        }
        if (complete) {
            b.selfTotal(total);
        }
    }

    private static boolean[] answers(Value.Checklist c) {
        boolean[] met = new boolean[c.answers().size()];
        int i = 0;
        for (boolean m : c.answers().values()) {
            met[i++] = m;
        }
        return met;
    }

    private static BigDecimal num(Map<String, Value> d, String name) {
        return ((Value.Number) d.get(name)).value();
    }

    private static Boolean yes(Map<String, Value> d, String name) {
        return ((Value.YesNo) d.get(name)).yes();
    }
}
