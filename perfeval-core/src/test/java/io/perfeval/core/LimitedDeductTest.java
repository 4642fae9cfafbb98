package io.perfeval.core;

import static io.perfeval.core.SeedFixture.pct;
import static io.perfeval.core.SeedFixture.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 最多扣3分 on a 5-point indicator: the deductions, at most the limit, at and around it. */
class LimitedDeductTest {

    /** 一项不符合扣1分，最多扣3分 (5 points, 4 items). */
    private static Single perItem(Points limit) {
        Rule rule = new Rule.LimitedDeduct(new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项",
                new Expr.FailedItems("台账", List.of()), Points.absolute("1"))), false), limit);
        return Single.of("5", rule).field(DataField.checklist("台账", List.of("甲", "乙", "丙", "丁")));
    }

    private static IndicatorResult failing(int... items) {
        return Single.line(perItem(Points.absolute("3")).pack().evaluate(Single.input()
                .put("台账", Value.Checklist.allMetExcept(4, items)).build()));
    }

    @Test
    void belowTheLimitItDeductsLikeDeduct() {
        assertEquals(new BigDecimal("5.00"), failing().score().orElseThrow());
        assertEquals(List.of("无扣分，得满分 5 分"), failing().trace().lines());
        assertEquals(new BigDecimal("3.00"), failing(1, 2).score().orElseThrow());
        assertEquals("分值 5 分减扣分 2 分，得 3 分", last(failing(1, 2)));
    }

    @Test
    void atTheLimitNothingIsSaidOfIt() {
        IndicatorResult three = failing(1, 2, 3);
        assertEquals(new BigDecimal("2.00"), three.score().orElseThrow());
        assertFalse(three.trace().render().contains("最多扣"), three.trace().render());
        assertEquals("分值 5 分减扣分 3 分，得 2 分", last(three));
    }

    @Test
    void aboveTheLimitTheLimitIsDeductedAndTheTraceSaysSo() {
        IndicatorResult four = failing(1, 2, 3, 4);
        assertEquals(new BigDecimal("2.00"), four.score().orElseThrow());
        List<String> lines = four.trace().lines();
        assertEquals("扣分合计 4 分，最多扣 3 分", lines.get(lines.size() - 2));
        assertEquals("分值 5 分减扣分 3 分，得 2 分", last(four));
        // no R005: the limit keeps the score above 0, whatever 扣完为止 says
        assertEquals(List.of(), four.problems());
    }

    /** 每低于95%一个百分点扣分值的十分之一（0.5分），最多扣3分: the limit is reached at a deviation of 6 points. */
    @ParameterizedTest(name = "完成率 {0}% → {1}")
    @CsvSource({"95, 5.00", "100, 5.00", "90, 2.50", "89.02, 2.01", "89.01, 2.01", "89, 2.00", "88.99, 2.00",
            "88.98, 2.00", "50, 2.00", "0, 2.00"})
    void aProportionalDeductionStopsAtTheLimit(String percent, String expected) {
        Rule rule = new Rule.LimitedDeduct(new Rule.Deduct(List.of(new DeductionTerm.PerStep(ref("率"), pct("95"),
                Direction.BELOW, Quantity.percent("1"), Points.share(1, 10), StepCounting.PROPORTIONAL)), false),
                Points.share(3, 5));
        RulePack pack = Single.of("5", rule).field(DataField.percentage("率", "")).pack();
        assertEquals(new BigDecimal(expected), Single.score(pack, Single.input().number("率", percent).build()));
    }

    @Test
    void aLimitJustAboveOrBelowTheDeductionsDecidesWhetherItApplies() {
        // two items failed: 2 points of deductions against limits of 1.99, 2 and 2.01
        assertEquals(new BigDecimal("3.01"), score(perItem(Points.absolute("1.99")), 1, 2));
        assertEquals(new BigDecimal("3.00"), score(perItem(Points.absolute("2")), 1, 2));
        assertEquals(new BigDecimal("3.00"), score(perItem(Points.absolute("2.01")), 1, 2));
    }

    private static BigDecimal score(Single s, int... failed) {
        return Single.score(s.pack(), Single.input().put("台账", Value.Checklist.allMetExcept(4, failed)).build());
    }

    @Test
    void theLimitMustBeAboveZeroAndAtMostTheMaxScore() {
        assertEquals(List.of("C017"), codes(perItem(Points.absolute("0"))));
        assertEquals(List.of("C017"), codes(perItem(Points.absolute("5.01"))));
        assertEquals(List.of(), codes(perItem(Points.absolute("5"))));
        assertEquals(List.of(), codes(perItem(Points.absolute("0.01"))));
        RulePack.Builder located = perItem(Points.share(6, 5)).builder(NotApplicablePolicy.RESCALE)
                .source("一级/" + Single.NAME, new SourceLocation("limit.perfeval", 7, 3, 4));
        Problem p = located.check().problems().stream().filter(x -> x.code().equals("C017")).findFirst()
                .orElseThrow();
        assertEquals("limit.perfeval:7:3: 错误 C017 [一级/被测指标] 最多扣分 6 分须大于 0 且不超过分值 5 分", p.display());
        assertTrue(p.englishMessage().contains("at most the indicator's 5"), p.englishMessage());
    }

    private static List<String> codes(Single s) {
        return s.check().problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }

    private static String last(IndicatorResult r) {
        List<String> lines = r.trace().lines();
        return lines.get(lines.size() - 1);
    }
}
