package io.perfeval.core;

import static io.perfeval.core.SeedFixture.cmp;
import static io.perfeval.core.SeedFixture.d;
import static io.perfeval.core.SeedFixture.pct;
import static io.perfeval.core.SeedFixture.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Trend;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackAnalysisTest {

    private static final String RATE = "完成率";

    /** A one-indicator pack whose rule reads the measure 完成率 = 完成数 / 计划数 × 100% (two decimals). */
    private static RulePack single(String max, Rule rule) {
        return single(max, rule, "");
    }

    /** The same, with the indicator's 指标内容. */
    private static RulePack single(String max, Rule rule, String description) {
        return Single.of(max, rule).description(description)
                .field(DataField.amount("计划数", ""))
                .field(DataField.amount("完成数", ""))
                .measure(new Measure(RATE, SeedFixture.bin(ArithmeticOp.MULTIPLY,
                        SeedFixture.bin(ArithmeticOp.DIVIDE, ref("完成数"), ref("计划数")), pct("100")),
                        Unit.PERCENT, 2, ""))
                .pack();
    }

    private static List<String> codes(PackAnalysis a) {
        return a.findings().stream().filter(p -> p.subject().endsWith(Single.NAME)).map(Problem::code).toList();
    }

    private static Problem only(PackAnalysis a, String code) {
        List<Problem> found = a.findings().stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " in " + a.findings());
        return found.get(0);
    }

    @Test
    void theBandReadingOfTheCarryOverRateDropsFromPointTwoToZeroAtFiftyPercent() {
        PackAnalysis a = PackAnalysis.analyze(SeedFixture.pack(StepCounting.STARTED));
        List<String> jumps = a.findings().stream().filter(p -> p.code().equals("W117")).map(Problem::message).toList();
        assertTrue(jumps.contains("结转结余率在 50% 处得分跳变：49.99% 时 0.2 分，50% 时 0 分（跳变 0.2 分）"), jumps::toString);
        assertTrue(jumps.contains("结转结余率在 5% 处得分跳变：5% 时 2 分，5.01% 时 1.8 分（跳变 0.2 分）"), jumps::toString);
        LeafSummary carry = a.leaf("资金结余结转率").orElseThrow();
        assertEquals(0, carry.min().signum());
        assertEquals(0, carry.max().compareTo(d("2")));
        assertEquals(Trend.NON_INCREASING, carry.trends().get("结转结余率"));
    }

    @Test
    void eachReadingOfAPartialBandShowsItsOwnJump() {
        PackAnalysis completed = PackAnalysis.analyze(SeedFixture.pack(StepCounting.COMPLETED));
        assertTrue(completed.findings().stream().anyMatch(p -> p.message()
                .equals("结转结余率在 50% 处得分跳变：49.99% 时 0.4 分，50% 时 0 分（跳变 0.4 分）")), completed.findings()::toString);
        PackAnalysis proportional = PackAnalysis.analyze(SeedFixture.pack(StepCounting.PROPORTIONAL));
        assertTrue(proportional.findings().stream().noneMatch(p -> p.message().contains("在 5% 处")),
                "a proportional reading is continuous at the reference");
    }

    @Test
    void aContinuousPiecewiseLinearRuleHasNoFindings() {
        PackAnalysis a = PackAnalysis.analyze(SeedFixture.pack(StepCounting.STARTED));
        assertTrue(a.findings().stream().noneMatch(p -> p.subject().endsWith("收入预算完成率")), a.findings()::toString);
        LeafSummary revenue = a.leaf("收入预算完成率").orElseThrow();
        assertEquals(Trend.NON_DECREASING, revenue.trends().get("收入预算完成率"));
        assertEquals(0, revenue.min().signum());
    }

    @Test
    void aGapBetweenClausesIsNamedAsAnInterval() {
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.GE, ref(RATE), pct("60")), new Rule.FullMarks()),
                new Rule.Case(cmp(Comparison.LT, ref(RATE), pct("50")), Rule.FixedScore.zero())),
                new Rule.NoRule());
        Problem gap = only(PackAnalysis.analyze(single("2", rule)), "W114");
        assertEquals("完成率 ∈ [50%, 60%) 时无对应评分规则", gap.message());
        assertEquals("no clause gives a score when 完成率 ∈ [50%, 60%)", gap.englishMessage());
    }

    @Test
    void aClauseShadowedByAnEarlierOneNeverFires() {
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.GE, ref(RATE), pct("50")), new Rule.FullMarks()),
                new Rule.Case(cmp(Comparison.GE, ref(RATE), pct("60")), new Rule.FixedScore(d("1")))),
                Rule.FixedScore.zero());
        PackAnalysis a = PackAnalysis.analyze(single("2", rule));
        assertEquals("第2条（完成率 ≥ 60%）永远不会适用", only(a, "W116").message());
        // the second clause's region lies inside the first's: a dead clause, not an overlap of two regions
        assertEquals(List.of("W116", "W117"), codes(a));
    }

    @Test
    void aScoreThatFallsAsACompletionRateRisesContradictsTheWording() {
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.GE, ref(RATE), pct("95")), Rule.FixedScore.zero())),
                new Rule.FullMarks());
        PackAnalysis a = PackAnalysis.analyze(single("2", rule, "完成率越高越好"));
        assertEquals("得分随完成率增大而随之不增，与指标措辞（完成率越高越好）不符", only(a, "W118").message());
        // without that wording the criterion itself says lower is better (≥95% scores 0): nothing contradicts it
        assertEquals(List.of("W117"), codes(PackAnalysis.analyze(single("2", rule))));
    }

    @Test
    void anUnboundedPerStepDeductionWithoutFloorIsFound() {
        Rule rule = new Rule.Deduct(List.of(new DeductionTerm.PerStep(ref(RATE), pct("95"), Direction.BELOW,
                Quantity.percent("1"), Points.absolute("0.5"), StepCounting.PROPORTIONAL)), false);
        PackAnalysis a = PackAnalysis.analyze(single("2", rule));
        assertTrue(only(a, "W111").message().contains("超过分值 2 分"), only(a, "W111")::message);
        assertEquals(List.of("W111"), codes(a));
    }

    @Test
    void rulesThatNeverReachFullMarksOrZeroAreFound() {
        Rule low = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, ref(RATE), pct("90")),
                new Rule.FixedScore(d("1")))), Rule.FixedScore.zero());
        assertEquals("最高只能得 1 分，达不到分值 2 分", only(PackAnalysis.analyze(single("2", low)), "W112").message());

        Rule high = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, ref(RATE), pct("90")),
                new Rule.FullMarks())), new Rule.FixedScore(d("0.5")));
        assertEquals("最低仍得 0.5 分，永远不会得 0 分", only(PackAnalysis.analyze(single("2", high)), "W113").message());
    }

    @Test
    void aFormulaWithoutCapIsFoundWhereItExceedsTheMaximum() {
        Rule rule = new Rule.Formula(new Expr.Binary(ArithmeticOp.MULTIPLY, ref(RATE), new Expr.MaxScore()), false);
        PackAnalysis a = PackAnalysis.analyze(single("4", rule));
        assertEquals("完成率 ∈ (100%, +∞) 时得分公式超过分值 4 分，评价标准未设上限，评分将报错（R004）",
                only(a, "W119").message());
        LeafSummary s = a.leaf(Single.NAME).orElseThrow();
        assertEquals(0, s.max().compareTo(d("4")), "the maximum is reached at exactly 100%");
    }

    @Test
    void aMeasureNoRuleUsesIsReported() {
        RulePack pack = Single.of("2", new Rule.FullMarks())
                .field(DataField.amount("计划数", ""))
                .field(DataField.amount("完成数", ""))
                .measure(new Measure(RATE, SeedFixture.bin(ArithmeticOp.DIVIDE, ref("完成数"), ref("计划数")),
                        Unit.NUMBER, 4, ""))
                .pack();
        assertEquals("计算指标「完成率」没有被任何评分规则使用（可能只供复核人员查看）",
                only(PackAnalysis.analyze(pack), "W120").message());
    }

    @Test
    void aRuleWithTooManyCombinationsIsReportedNotEnumerated() {
        List<String> items = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "第" + i + "项").toList();
        RulePack pack = Single.of("10", new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项",
                        new Expr.FailedItems("清单", List.of()), Points.absolute("0.5"))), true))
                .field(DataField.checklist("清单", items))
                .pack();
        PackAnalysis a = PackAnalysis.analyze(pack);
        assertEquals("本指标的输入组合有 1048576 种，超过 200000 种，未作穷举分析", only(a, "W121").message());
        LeafSummary s = a.leaf(Single.NAME).orElseThrow();
        assertEquals(false, s.exhaustive());
        assertEquals(null, s.min());
    }

    @Test
    void aScoreThatRisesAndFallsIsMixed() {
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.LT, ref(RATE), pct("50")), Rule.FixedScore.zero()),
                new Rule.Case(cmp(Comparison.LE, ref(RATE), pct("100")), new Rule.FullMarks())),
                new Rule.FixedScore(d("1")));
        PackAnalysis a = PackAnalysis.analyze(single("2", rule, "完成率越高越好"));
        assertEquals(Trend.MIXED, a.leaf(Single.NAME).orElseThrow().trends().get(RATE));
        assertEquals("得分随完成率增大而有升有降，与指标措辞（完成率越高越好）不符", only(a, "W118").message());
    }

    @Test
    void predictionsAgreeWithTheEvaluatorAtEveryThresholdAndItsNeighbours() {
        RulePack pack = SeedFixture.pack(StepCounting.STARTED);
        PackAnalysis a = PackAnalysis.analyze(pack);
        for (String v : List.of("84.99", "85", "85.01", "94.99", "95", "95.01", "0", "150")) {
            BigDecimal engine = pack.evaluate(SeedFixture.gaoyi().number("收入预算数", "100")
                    .number("收入预算完成数", v).build()).find("收入预算完成率").orElseThrow().score().orElseThrow();
            BigDecimal predicted = a.predict("收入预算完成率", "收入预算完成率", d(v)).orElseThrow();
            assertEquals(0, predicted.compareTo(engine), v);
        }
    }
}
