package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 「完成得基本分；大于目标值的，每增加1%加1分，最高加2分；小于目标值的，每少1%扣1分，扣完为止」 on a 5-point indicator: steps
 * whose points a {@link Rule.Bonus} adds, counted as a step deduction counts them.
 */
class BonusStepsTest {

    private static final Expr RATE = new Expr.Ref("编制率");
    private static final Expr TARGET = new Expr.Ref("目标值");

    private static DeductionTerm.PerStep step(DeductionTerm.Direction direction) {
        return new DeductionTerm.PerStep(RATE, TARGET, direction, Quantity.percent("1"), Points.absolute("1"),
                DeductionTerm.StepCounting.PROPORTIONAL);
    }

    private static final Rule BASE = new Rule.Cases(List.of(new Rule.Case(
            new Condition.Compare(Condition.Comparison.GE, RATE, TARGET), new Rule.FullMarks())),
            new Rule.Deduct(List.of(step(DeductionTerm.Direction.BELOW)), true));
    private static final Rule RULE = new Rule.Bonus(BASE, List.of(), List.of(step(DeductionTerm.Direction.ABOVE)),
            Points.absolute("2"));

    private static Single single(BonusPolicy policy) {
        return Single.of("5", RULE).bonus(policy, null).field(DataField.percentage("编制率", ""))
                .field(DataField.percentage("目标值", ""));
    }

    private static RulePack pack(BonusPolicy policy) {
        return single(policy).pack();
    }

    private static final RulePack ABOVE = pack(BonusPolicy.ABOVE_MAX);
    private static final RulePack WITHIN = pack(BonusPolicy.WITHIN_MAX);

    private static io.perfeval.core.sheet.IndicatorResult line(RulePack pack, String rate) {
        return Single.line(pack.evaluate(Single.input().number("编制率", rate).number("目标值", "98").build()));
    }

    @ParameterizedTest(name = "编制率 {0}% → above {1}, within {2}")
    @CsvSource({"98, 5.00, 5.00", "98.5, 5.50, 5.00", "99, 6.00, 5.00", "100, 7.00, 5.00", "120, 7.00, 5.00",
            "97, 4.00, 4.00", "93, 0.00, 0.00", "50, 0.00, 0.00"})
    void stepsAboveTheTargetAddUpToTheCapAndBelowItDeduct(String rate, String above, String within) {
        assertEquals(new BigDecimal(above), line(ABOVE, rate).score().orElseThrow());
        assertEquals(new BigDecimal(within), line(WITHIN, rate).score().orElseThrow());
    }

    @Test
    void theTraceSaysWhatEachStepAddedAndWhatTheCapKept() {
        List<String> lines = line(ABOVE, "101").trace().lines();
        assertEquals(List.of("加分：编制率 101% 高于 98% 3个百分点，每 1个百分点为一档（按实际偏离折算），3 档，每档 1 分，加 3 分",
                "加分合计 3 分，最高加 2 分", "基础得分 5 分 + 加分 2 分（加分可超过分值），得 7 分"),
                lines.subList(lines.size() - 3, lines.size()));
        List<String> none = line(ABOVE, "98").trace().lines();
        assertEquals("加分项均不符合，不加分", none.get(none.size() - 1));
    }

    @Test
    void theAnalysisFindsTheRangeTheStepsReachAndTheEvaluatorConfirmsIt() {
        PackAnalysis a = PackAnalysis.analyze(ABOVE);
        assertEquals(List.of(), a.unconfirmed(), a::toString);
        LeafSummary s = a.leaf(Single.NAME).orElseThrow();
        assertEquals(0, s.max().compareTo(new BigDecimal("7")), s::toString);
        assertEquals(0, s.min().compareTo(BigDecimal.ZERO), s::toString);
        assertTrue(single(BonusPolicy.ABOVE_MAX).check().problems().stream().noneMatch(p -> p.severity() == io.perfeval.core.diag.Severity.ERROR));
    }

    @Test
    void pointsPerCountAreAddedAndTracedAsAdded() {
        Rule rule = new Rule.Bonus(new Rule.FixedScore(new BigDecimal("3")), List.of(), List.of(
                new DeductionTerm.PerCount("升类断面", new Expr.Ref("升类断面数"), Points.absolute("1"))),
                Points.absolute("4"));
        RulePack pack = Single.of("5", rule).bonus(BonusPolicy.WITHIN_MAX, null)
                .field(DataField.count("升类断面数", io.perfeval.core.rule.Unit.ITEM, "")).pack();
        io.perfeval.core.sheet.IndicatorResult line = Single.line(pack.evaluate(Single.input().number("升类断面数", "3")
                .build()));
        assertEquals(new BigDecimal("5.00"), line.score().orElseThrow());
        List<String> lines = line.trace().lines();
        assertEquals(List.of("加分：升类断面 3件，每个 1 分，加 3 分",
                "基础得分 3 分 + 加分 3 分 = 6 分，超过分值 5 分，按分值计，得 5 分"),
                lines.subList(lines.size() - 2, lines.size()));
    }
}
