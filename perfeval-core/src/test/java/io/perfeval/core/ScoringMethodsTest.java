package io.perfeval.core;

import static io.perfeval.core.SeedFixture.bin;
import static io.perfeval.core.SeedFixture.cmp;
import static io.perfeval.core.SeedFixture.pct;
import static io.perfeval.core.SeedFixture.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
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
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every scoring method of the seed's table at and around each of its thresholds. */
class ScoringMethodsTest {

    private static Single rate(Rule rule, String max) {
        return Single.of(max, rule).field(DataField.percentage("率", ""));
    }

    private static BigDecimal scoreAt(Single s, String percent) {
        return Single.score(s.pack(), Single.input().number("率", percent).build());
    }

    @ParameterizedTest(name = "预算完成率 {0}% → {1}")
    @CsvSource({"100.1, 2.00", "100, 2.00", "95, 2.00", "94.99, 2.00", "94.5, 1.90", "90, 1.00", "85.01, 0.00",
            "85.5, 0.10", "85, 0.00", "84.99, 0.00", "0, 0.00"})
    void linearDeductionPerPercentagePointBetweenTwoBounds(String percent, String expected) {
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.GE, ref("率"), pct("95")), new Rule.FullMarks()),
                new Rule.Case(cmp(Comparison.LE, ref("率"), pct("85")), Rule.FixedScore.zero())),
                new Rule.Deduct(List.of(new DeductionTerm.PerStep(ref("率"), pct("95"), Direction.BELOW,
                        Quantity.percent("1"), Points.share(1, 10), StepCounting.PROPORTIONAL)), false));
        assertEquals(new BigDecimal(expected), scoreAt(rate(rule, "2"), percent));
    }

    @ParameterizedTest(name = "结转结余率 {0}% → started {1}, completed {2}")
    @CsvSource({"0, 2.00, 2.00", "5, 2.00, 2.00", "5.01, 1.80, 2.00", "10, 1.80, 1.80", "10.01, 1.60, 1.80",
            "35.56, 0.60, 0.80", "45, 0.40, 0.40", "49.99, 0.20, 0.40", "50, 0.00, 0.00", "80, 0.00, 0.00"})
    void deductionPerBandHoldsTheDeclaredReadingOfPartialBands(String percent, String started, String completed) {
        assertEquals(new BigDecimal(started), scoreAt(rate(SeedFixture.carryOverRuleOn("率", StepCounting.STARTED), "2"), percent));
        assertEquals(new BigDecimal(completed), scoreAt(rate(SeedFixture.carryOverRuleOn("率", StepCounting.COMPLETED), "2"), percent));
    }

    @ParameterizedTest(name = "三公经费控制率 {0}% → {1}")
    @CsvSource({"50, 2.00", "100, 2.00", "100.05, 1.95", "100.1, 1.90", "101, 1.00", "101.9, 0.10", "102, 0.00",
            "103, 0.00", "250, 0.00"})
    void deductionPerStepAboveALimitStopsAtZero(String percent, String expected) {
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.LE, ref("率"), pct("100")), new Rule.FullMarks())),
                new Rule.Deduct(List.of(new DeductionTerm.PerStep(ref("率"), pct("100"), Direction.ABOVE,
                        Quantity.percent("0.1"), Points.absolute("0.1"), StepCounting.PROPORTIONAL)), true));
        assertEquals(new BigDecimal(expected), scoreAt(rate(rule, "2"), percent));
    }

    @ParameterizedTest(name = "执行率 {0}% → {1}")
    @CsvSource({"0, 0.00", "50, 1.00", "80, 1.60", "99.99, 2.00", "100, 2.00", "100.1, 2.00", "120, 2.00"})
    void completionRateTimesMaxIsCappedAtMax(String percent, String expected) {
        Rule rule = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, ref("率"), new Expr.MaxScore()), true);
        assertEquals(new BigDecimal(expected), scoreAt(rate(rule, "2"), percent));
    }

    @Test
    void completionRateAboveMaxWithoutACapIsAnErrorNotASilentCap() {
        Rule rule = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, ref("率"), new Expr.MaxScore()), false);
        ScoreSheet sheet = rate(rule, "4").pack().evaluate(Single.input().number("率", "110").build());
        IndicatorResult line = Single.line(sheet);
        assertEquals(Status.ERROR, line.status());
        assertEquals("R004", line.problems().get(0).code());
        assertFalse(sheet.complete());
        assertTrue(sheet.total().isEmpty() && sheet.grade().isEmpty());
    }

    @ParameterizedTest(name = "满意度 {0}% → {1}")
    @CsvSource({"100, 6.00", "90, 6.00", "89.99, 4.50", "80, 4.50", "79.99, 3.00", "70, 3.00", "60, 1.50",
            "59.99, 0.00", "0, 0.00"})
    void satisfactionBandsUnderTheDeclaredReading(String percent, String expected) {
        // ≥90% 满分；<60% 0；otherwise 1.5 per started 10% below 90%.
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.GE, ref("率"), pct("90")), new Rule.FullMarks()),
                new Rule.Case(cmp(Comparison.LT, ref("率"), pct("60")), Rule.FixedScore.zero())),
                new Rule.Deduct(List.of(new DeductionTerm.PerStep(ref("率"), pct("90"), Direction.BELOW,
                        Quantity.percent("10"), Points.absolute("1.5"), StepCounting.STARTED)), false));
        assertEquals(new BigDecimal(expected), scoreAt(rate(rule, "6"), percent));
    }

    @ParameterizedTest(name = "missed quarters {0} → {1}")
    @CsvSource({"'', 4.00", "第一季度, 4.00", "第二季度, 3.00", "第二季度 第四季度, 2.00",
            "第一季度 第二季度 第三季度 第四季度, 1.00"})
    void deductionPerMissedPeriodCountsOnlyThePeriodsTheTextNames(String missed, String expected) {
        List<String> quarters = List.of("第一季度", "第二季度", "第三季度", "第四季度");
        List<Condition> checks = quarters.subList(1, 4).stream().map(q -> (Condition) cmp(Comparison.LT,
                new Expr.PeriodValue("支出进度", q), new Expr.PeriodValue("序时进度", q))).toList();
        Rule rule = new Rule.Deduct(List.of(new DeductionTerm.PerCount("未达到序时进度的季度",
                new Expr.CountOf(checks), Points.absolute("1"))), false);
        Single s = Single.of("4", rule)
                .field(DataField.series("支出进度", Unit.PERCENT, quarters, ""))
                .field(DataField.series("序时进度", Unit.PERCENT, quarters, ""));
        Map<String, BigDecimal> schedule = Map.of("第一季度", new BigDecimal("25"), "第二季度", new BigDecimal("50"),
                "第三季度", new BigDecimal("75"), "第四季度", new BigDecimal("100"));
        java.util.LinkedHashMap<String, BigDecimal> progress = new java.util.LinkedHashMap<>();
        for (String q : quarters) {
            BigDecimal target = schedule.get(q);
            progress.put(q, missed.contains(q) ? target.subtract(new BigDecimal("0.01")) : target);
        }
        BigDecimal score = Single.score(s.pack(), Single.input()
                .put("支出进度", new Value.Series(progress))
                .put("序时进度", new Value.Series(new java.util.TreeMap<>(schedule))).build());
        assertEquals(new BigDecimal(expected), score);
    }

    @Test
    void checklistDeductionWithoutFloorThatExceedsMaxIsClampedWithAWarning() {
        // 项目预算功能分类等编制合规性: 4 items × 2.25 against 6 points, and the text does not say 扣完为止.
        Rule rule = new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项",
                new Expr.FailedItems("合规性", List.of()), Points.absolute("2.25"))), false);
        Single s = Single.of("6", rule).field(DataField.checklist("合规性", List.of("甲", "乙", "丙", "丁")));
        RulePack pack = s.pack();
        assertEquals(List.of("W101"), pack.warnings().stream().map(p -> p.code()).toList());
        assertEquals(new BigDecimal("1.50"), Single.score(pack, Single.input()
                .put("合规性", Value.Checklist.allMetExcept(4, 1, 2)).build()));
        IndicatorResult three = Single.line(pack.evaluate(Single.input()
                .put("合规性", Value.Checklist.allMetExcept(4, 1, 2, 3)).build()));
        assertEquals(new BigDecimal("0.00"), three.score().orElseThrow());
        assertEquals("R005", three.problems().get(0).code());
        assertTrue(three.trace().render().contains("扣分合计 6.75 分超过分值 6 分；评价标准未写明扣完为止，按 0 分计"),
                three.trace().render());
    }

    @Test
    void fullOrZeroOnACondition() {
        Rule rule = new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("按时上报"), new Rule.FullMarks())),
                Rule.FixedScore.zero());
        RulePack pack = Single.of("2", rule).field(DataField.yesNo("按时上报", "")).pack();
        assertEquals(new BigDecimal("2.00"), Single.score(pack, Single.input().yes("按时上报", true).build()));
        assertEquals(new BigDecimal("0.00"), Single.score(pack, Single.input().yes("按时上报", false).build()));
    }

    @Test
    void targetMetGivesFullMarksOtherwiseAJudgementWithItsReasonIsRequired() {
        Rule rule = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, ref("件数"),
                new Expr.Const(new Quantity(new BigDecimal("10000"), Unit.ITEM))), new Rule.FullMarks())),
                Rule.Judgement.anywhere());
        RulePack pack = Single.of("2", rule).field(DataField.count("件数", Unit.ITEM, "")).pack();
        assertEquals(new BigDecimal("2.00"), Single.score(pack, Single.input().number("件数", "11000").build()));
        assertEquals(new BigDecimal("2.00"), Single.score(pack, Single.input().number("件数", "10000").build()));

        IndicatorResult missing = Single.line(pack.evaluate(Single.input().number("件数", "9999").build()));
        assertEquals(Status.ERROR, missing.status());
        assertEquals("R003", missing.problems().get(0).code());

        IndicatorResult judged = Single.line(pack.evaluate(Single.input().number("件数", "9000")
                .judgement(Single.NAME, "1.5", "完成九成，酌情扣0.5分").build()));
        assertEquals(new BigDecimal("1.50"), judged.score().orElseThrow());
        assertTrue(judged.trace().render().contains("理由：完成九成，酌情扣0.5分"), judged.trace().render());
    }

    @Test
    void aJudgementOutsideTheRangeTheRuleAllowsIsAnError() {
        Rule rule = new Rule.Judgement(Points.absolute("8"), Points.absolute("10"));
        RulePack pack = Single.of("10", rule).pack();
        assertEquals(new BigDecimal("9.00"), Single.score(pack, Single.input().judgement(Single.NAME, "9", "较好").build()));
        IndicatorResult low = Single.line(pack.evaluate(Single.input().judgement(Single.NAME, "7", "一般").build()));
        assertEquals("R007", low.problems().get(0).code());
    }

    @Test
    void zeroDenominatorIsAPerIndicatorErrorNeverASilentZero() {
        Expr rate = bin(ArithmeticOp.MULTIPLY, bin(ArithmeticOp.DIVIDE, ref("采纳数"), ref("总数")), pct("100"));
        Rule rule = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, ref("应用率"), new Expr.MaxScore()), false);
        Single s = Single.of("4", rule)
                .field(DataField.count("采纳数", Unit.count("条"), ""))
                .field(DataField.count("总数", Unit.count("条"), ""))
                .measure(new Measure("应用率", rate, Unit.PERCENT, 2, ""));
        ScoreSheet sheet = s.pack().evaluate(Single.input().number("采纳数", "0").number("总数", "0").build());
        IndicatorResult line = Single.line(sheet);
        assertEquals(Status.ERROR, line.status());
        assertEquals("R001", line.problems().get(0).code());
        assertTrue(line.problems().get(0).message().contains("「总数」为 0"), line.problems().get(0).message());
        assertTrue(sheet.total().isEmpty());
        assertEquals(new BigDecimal("3.00"),
                Single.score(s.pack(), Single.input().number("采纳数", "3").number("总数", "4").build()));
    }

    @Test
    void aDeclaredNotApplicableCaseIsRescaledOverTheApplicableMaximum() {
        Rule rule = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.EQ, ref("预算数"),
                new Expr.Const(new Quantity(BigDecimal.ZERO, Unit.WAN_YUAN))), new Rule.NotApplicable("未安排三公经费预算"))),
                new Rule.FullMarks());
        Single s = Single.of("2", rule).field(DataField.amount("预算数", ""));
        ScoreSheet rescaled = s.pack().evaluate(Single.input().number("预算数", "0").build());
        assertEquals(Status.NOT_APPLICABLE, Single.line(rescaled).status());
        assertTrue(Single.line(rescaled).score().isEmpty());
        // The filler scores 50 of the 98 applicable points: 50 × 100 / 98 = 51.0204… → 51.02.
        assertEquals(new BigDecimal("98"), rescaled.applicableMax());
        assertEquals(new BigDecimal("51.02"), rescaled.total().orElseThrow());
        assertTrue(rescaled.rescaled());

        ScoreSheet excluded = s.pack(NotApplicablePolicy.EXCLUDE).evaluate(Single.input().number("预算数", "0").build());
        assertEquals(new BigDecimal("50.00"), excluded.total().orElseThrow());
        assertFalse(excluded.rescaled());
    }

    @Test
    void aVetoOfTheWholeEvaluationZeroesTheTotalAndGivesTheLowestGrade() {
        Rule rule = new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("重大违纪"),
                new Rule.Veto(Rule.VetoScope.EVALUATION))), new Rule.FullMarks());
        RulePack pack = Single.of("5", rule).field(DataField.yesNo("重大违纪", "")).pack();
        ScoreSheet sheet = pack.evaluate(Single.input().yes("重大违纪", true).build());
        assertTrue(sheet.vetoed());
        assertEquals(Status.VETOED, Single.line(sheet).status());
        assertEquals(0, sheet.total().orElseThrow().signum());
        assertEquals("较差", sheet.grade().orElseThrow().name());
        assertEquals(new BigDecimal("55.00"), pack.evaluate(Single.input().yes("重大违纪", false).build()).total().orElseThrow());
    }
}
