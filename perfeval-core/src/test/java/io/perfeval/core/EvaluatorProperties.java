package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of evaluation over generated inputs, biased toward the seed rules' thresholds. */
class EvaluatorProperties {

    private static final RulePack STARTED = SeedFixture.pack(StepCounting.STARTED);
    private static final RulePack COMPLETED = SeedFixture.pack(StepCounting.COMPLETED);
    private static final RulePack PROPORTIONAL = SeedFixture.pack(StepCounting.PROPORTIONAL);

    /** Amounts in 万元 with two decimals, with the budget's thresholds (85%, 95%, 100%) among the edge cases. */
    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000"))
                        .ofScale(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(new BigDecimal("0"), new BigDecimal("85"),
                        new BigDecimal("84.99"), new BigDecimal("95"), new BigDecimal("94.99"), new BigDecimal("100"),
                        new BigDecimal("100.01"))));
    }

    @Provide
    Arbitrary<EvaluationInput> inputs() {
        Arbitrary<BigDecimal> positive = amounts().filter(a -> a.signum() > 0);
        Arbitrary<Value.Checklist> checklists = Arbitraries.integers().between(1, 8).set().ofMaxSize(8)
                .map(failed -> Value.Checklist.allMetExcept(8, failed.stream().mapToInt(Integer::intValue).toArray()));
        return Combinators.combine(positive, amounts(), amounts(), positive, amounts(), checklists,
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("92")).ofScale(1))
                .as((budget, done, carried, adjusted, spent, checklist, judged) -> EvaluationInput.builder()
                        .put("收入预算数", Value.number(budget))
                        .put("收入预算完成数", Value.number(done))
                        .put("年初结转和结余", Value.number(carried))
                        .put("调整后预算数", Value.number(adjusted))
                        .put("本年支出", Value.number(spent))
                        .put("资金使用合规性", checklist)
                        .judgement("其他", new io.perfeval.core.input.Judgement(judged, "generated"))
                        .build());
    }

    @Property(tries = 500)
    void everyScoreLiesWithinZeroAndItsMaxScore(@ForAll("inputs") EvaluationInput input) {
        for (RulePack pack : List.of(STARTED, COMPLETED, PROPORTIONAL)) {
            for (IndicatorResult r : pack.evaluate(input).flatten()) {
                // Budgets are positive here, so nothing may fail; a negative carry-over only lowers the rate.
                assertEquals(Status.SCORED, r.status(), r.pathString() + " " + r.problems());
                BigDecimal s = r.score().orElseThrow();
                assertTrue(s.signum() >= 0 && s.compareTo(r.maxScore()) <= 0, r.pathString() + " = " + s);
            }
        }
    }

    @Property(tries = 300)
    void subtotalsAndTotalAreTheSumsOfTheirChildren(@ForAll("inputs") EvaluationInput input) {
        ScoreSheet sheet = STARTED.evaluate(input);
        BigDecimal total = BigDecimal.ZERO;
        for (IndicatorResult top : sheet.indicators()) {
            checkSubtotal(top);
            total = total.add(top.score().orElseThrow());
        }
        assertEquals(0, total.compareTo(sheet.total().orElseThrow()));
    }

    private static void checkSubtotal(IndicatorResult r) {
        if (r.isLeaf()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorResult c : r.children()) {
            checkSubtotal(c);
            sum = sum.add(c.score().orElseThrow());
        }
        assertEquals(0, sum.compareTo(r.score().orElseThrow()), r.pathString());
    }

    @Property(tries = 200)
    void evaluationIsDeterministic(@ForAll("inputs") EvaluationInput input) {
        ScoreSheet first = STARTED.evaluate(input);
        ScoreSheet second = STARTED.evaluate(input);
        assertEquals(first, second);
        assertEquals(render(first), render(second));
    }

    private static List<String> render(ScoreSheet sheet) {
        List<String> out = new ArrayList<>();
        for (IndicatorResult r : sheet.flatten()) {
            out.add(r.pathString() + " " + r.score() + " " + r.trace().render());
        }
        return out;
    }

    /** A higher 完成率 never lowers the 收入预算完成率 score (budget fixed at 100万元, so 完成数 is the rate). */
    @Property(tries = 500)
    void revenueScoreIsMonotoneInTheCompletionRate(@ForAll @IntRange(min = 0, max = 12000) int a,
                                                    @ForAll @IntRange(min = 0, max = 12000) int b) {
        BigDecimal low = BigDecimal.valueOf(Math.min(a, b), 2);
        BigDecimal high = BigDecimal.valueOf(Math.max(a, b), 2);
        assertTrue(revenue(low).compareTo(revenue(high)) <= 0, low + " vs " + high);
    }

    /** A higher 结转结余率 never raises the 资金结余结转率 score, under every reading of partial bands. */
    @Property(tries = 500)
    void carryOverScoreIsAntitoneInTheRate(@ForAll @IntRange(min = 0, max = 10000) int a,
                                            @ForAll @IntRange(min = 0, max = 10000) int b) {
        BigDecimal low = BigDecimal.valueOf(Math.min(a, b), 2);
        BigDecimal high = BigDecimal.valueOf(Math.max(a, b), 2);
        for (RulePack pack : List.of(STARTED, COMPLETED, PROPORTIONAL)) {
            assertTrue(carryOver(pack, low).compareTo(carryOver(pack, high)) >= 0, low + " vs " + high);
        }
    }

    private static BigDecimal revenue(BigDecimal done) {
        return STARTED.evaluate(SeedFixture.gaoyi().number("收入预算数", "100").put("收入预算完成数", Value.number(done))
                .build()).find("收入预算完成率").orElseThrow().score().orElseThrow();
    }

    /** 结转结余率 = (0 + 100 − (100 − rate)) / (100 + 0) × 100%: spending {@code rate} less than 100万元 leaves that rate. */
    private static BigDecimal carryOver(RulePack pack, BigDecimal rate) {
        EvaluationInput input = SeedFixture.gaoyi()
                .number("调整后预算数", "100").put("年初结转和结余", Value.number(BigDecimal.ZERO))
                .number("收入预算完成数", "100").put("本年支出", Value.number(new BigDecimal("100").subtract(rate)))
                .build();
        return pack.evaluate(input).find("资金结余结转率").orElseThrow().score().orElseThrow();
    }
}
