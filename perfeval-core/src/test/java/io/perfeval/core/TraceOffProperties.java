package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.Trace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Without the trace a sheet says exactly what it says with the trace — scores, statuses, totals, grade, problems and
 * audit findings — and keeps no trace step. Inputs include zero budgets (R001), missing judgements (R003) and
 * self-scores that agree or disagree, so errors and findings are compared too.
 */
class TraceOffProperties {

    private static final List<RulePack> PACKS = List.of(SeedFixture.pack(StepCounting.STARTED),
            SeedFixture.pack(StepCounting.COMPLETED), SeedFixture.pack(StepCounting.PROPORTIONAL));
    private static final List<String> SELF_SCORED = List.of("过程", "预算执行", "收入预算完成率", "资金结余结转率",
            "资金使用合规性", "其余", "其他");

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3000")).ofScale(2)),
                Tuple.of(2, Arbitraries.of(new BigDecimal("0"), new BigDecimal("85"), new BigDecimal("95"),
                        new BigDecimal("100"), new BigDecimal("100.01"))));
    }

    private static Arbitrary<Optional<BigDecimal>> selfScore() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.<BigDecimal>empty())),
                Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("95")).ofScale(1)
                        .map(Optional::of)),
                Tuple.of(1, Arbitraries.of(new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("8"))
                        .map(Optional::of)));
    }

    @Provide
    Arbitrary<EvaluationInput> inputs() {
        Arbitrary<Value.Checklist> checklists = Arbitraries.integers().between(1, 8).set().ofMaxSize(8)
                .map(failed -> Value.Checklist.allMetExcept(8, failed.stream().mapToInt(Integer::intValue).toArray()));
        Arbitrary<Optional<Judgement>> judgements = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("92")).ofScale(1)
                        .map(s -> Optional.of(new Judgement(s, "generated")))),
                Tuple.of(1, Arbitraries.just(Optional.<Judgement>empty())));
        Arbitrary<List<Optional<BigDecimal>>> selfScores = selfScore().list().ofSize(SELF_SCORED.size() + 1);
        return Combinators.combine(amounts(), amounts(), amounts(), amounts(), amounts(), checklists, judgements,
                        selfScores)
                .as((budget, done, carried, adjusted, spent, checklist, judgement, self) -> {
                    EvaluationInput.Builder b = EvaluationInput.builder()
                            .put("收入预算数", Value.number(budget))
                            .put("收入预算完成数", Value.number(done))
                            .put("年初结转和结余", Value.number(carried))
                            .put("调整后预算数", Value.number(adjusted))
                            .put("本年支出", Value.number(spent))
                            .put("资金使用合规性", checklist);
                    judgement.ifPresent(j -> b.judgement("其他", j));
                    for (int i = 0; i < SELF_SCORED.size(); i++) {
                        String name = SELF_SCORED.get(i);
                        self.get(i).ifPresent(s -> b.selfScore(name, s));
                    }
                    self.get(SELF_SCORED.size()).ifPresent(b::selfTotal);
                    return b.build();
                });
    }

    @Property(tries = 400)
    void withoutTheTraceEverythingButTheTraceIsTheSame(@ForAll("inputs") EvaluationInput input) {
        for (RulePack pack : PACKS) {
            ScoreSheet traced = pack.evaluate(input);
            ScoreSheet bare = pack.evaluate(input, EvaluationOptions.withoutTrace());
            assertEquals(traced.total(), bare.total());
            assertEquals(traced.grade(), bare.grade());
            assertEquals(traced.applicableMax(), bare.applicableMax());
            assertEquals(traced.rescaled(), bare.rescaled());
            assertEquals(traced.vetoed(), bare.vetoed());
            assertEquals(traced.problems(), bare.problems());
            assertEquals(traced.record(), bare.record());
            assertEquals(traced.findings().stream().map(TraceOffProperties::finding).toList(),
                    bare.findings().stream().map(TraceOffProperties::finding).toList());
            List<IndicatorResult> a = traced.flatten();
            List<IndicatorResult> b = bare.flatten();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(withoutTrace(a.get(i)), withoutTrace(b.get(i)), a.get(i).pathString());
                assertSame(Trace.EMPTY, b.get(i).trace(), b.get(i).pathString());
                assertFalse(a.get(i).trace().entries().isEmpty(), a.get(i).pathString());
            }
            assertTrue(bare.figures().isEmpty());
            assertEquals(pack.measures().size(), traced.figures().size() + (int) traced.problems().stream()
                    .filter(p -> p.code().equals("R001") && !p.isError()).count());
        }
    }

    @Property(tries = 100)
    void withTheTraceOptionTheSheetIsTheDefaultOne(@ForAll("inputs") EvaluationInput input) {
        RulePack pack = PACKS.get(0);
        ScoreSheet sheet = pack.evaluate(input, EvaluationOptions.withTrace());
        assertEquals(pack.evaluate(input), sheet);
        assertEquals(render(pack.evaluate(input)), render(sheet));
    }

    private static List<String> render(ScoreSheet sheet) {
        return sheet.flatten().stream().map(r -> r.pathString() + " " + r.trace().render()).toList();
    }

    /** Everything of a line but its trace (which the comparison checks separately). */
    private static List<Object> withoutTrace(IndicatorResult r) {
        return List.of(r.path(), r.level(), r.maxScore(), r.score(), r.status(), r.criterion(), r.problems(),
                r.selfScore(), r.children().size(), r.status() == Status.ERROR ? "error" : "");
    }

    private static List<Object> finding(AuditFinding f) {
        return List.of(f.path(), f.maxScore(), f.selfScore(), f.computed(), f.render());
    }
}
