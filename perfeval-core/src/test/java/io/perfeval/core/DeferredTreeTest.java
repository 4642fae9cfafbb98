package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evaluator builds a sheet's indicator tree when it is first read: what is read then is what an eager sheet holds,
 * each finding's trace is its indicator's, and every reader gets the same tree.
 */
class DeferredTreeTest {

    private final RulePack pack = Single.of("10", new Rule.FixedScore(new BigDecimal("4"))).pack();

    @Test
    void theTreeReadLaterIsTheOneAnEagerSheetHolds() {
        ScoreSheet sheet = pack.evaluate(Single.input().selfScore(Single.NAME, "5").selfScore("一级", "5").build());
        List<IndicatorResult> copy = new ArrayList<>(sheet.indicators());
        ScoreSheet eager = new ScoreSheet(sheet.pack(), sheet.entity(), copy, sheet.maxTotal(), sheet.applicableMax(),
                sheet.total(), sheet.rescaled(), sheet.grade(), sheet.vetoed(), sheet.findings(), sheet.figures(),
                sheet.problems(), sheet.record());
        assertEquals(eager, sheet);
        assertEquals(sheet, eager);
        assertEquals(eager.hashCode(), sheet.hashCode());
        assertSame(sheet.indicators(), sheet.indicators());
        assertSame(sheet.indicators().get(0), sheet.indicators().get(0));

        IndicatorResult leaf = sheet.find(Single.NAME).orElseThrow();
        assertEquals(Optional.of(new BigDecimal("4.00")), leaf.score());
        assertEquals(Optional.of(new BigDecimal("5")), leaf.selfScore());
        assertEquals(List.of("一级", Single.NAME), leaf.path());
        assertEquals(Optional.of(new BigDecimal("4.00")), sheet.find("一级").orElseThrow().score());

        List<AuditFinding> findings = sheet.findings();
        assertEquals(List.of(List.of("一级"), List.of("一级", Single.NAME)),
                findings.stream().map(AuditFinding::path).toList());
        assertSame(leaf.trace(), findings.get(1).trace());
        assertEquals(1, leaf.trace().entries().size());
    }

    @Test
    void withoutTheTraceTheTreeHasEmptyTracesAndTheSameScores() {
        ScoreSheet traced = pack.evaluate(Single.input().build());
        ScoreSheet bare = pack.evaluate(Single.input().build(), EvaluationOptions.withoutTrace());
        assertEquals(traced.flatten().stream().map(IndicatorResult::score).toList(),
                bare.flatten().stream().map(IndicatorResult::score).toList());
        bare.flatten().forEach(r -> assertEquals(List.of(), r.trace().entries()));
    }

    @Test
    void theFlatFiguresAreTheTreesReadByIndicatorIndex() {
        Set<Status> seen = EnumSet.noneOf(Status.class);
        for (Rule rule : List.of(new Rule.FixedScore(new BigDecimal("4")), new Rule.NotApplicable("本年度无此项"),
                Rule.Judgement.anywhere())) {
            RulePack p = Single.of("10", rule).pack();
            for (EvaluationOptions options : List.of(EvaluationOptions.withTrace(), EvaluationOptions.withoutTrace())) {
                ScoreSheet sheet = p.evaluate(Single.input().build(), options);
                List<BigDecimal> scores = sheet.scores();
                List<Status> statuses = sheet.statuses();
                List<IndicatorResult> tree = sheet.flatten();
                assertEquals(tree.size(), scores.size());
                assertEquals(tree.size(), statuses.size());
                for (int i = 0; i < tree.size(); i++) {
                    assertEquals(tree.get(i).score().orElse(null), scores.get(i), tree.get(i).pathString());
                    assertEquals(tree.get(i).status(), statuses.get(i), tree.get(i).pathString());
                    assertEquals(OptionalInt.of(i), p.indicatorIndex(tree.get(i).name()));
                    seen.add(statuses.get(i));
                }
                ScoreSheet eager = new ScoreSheet(sheet.pack(), sheet.entity(), new ArrayList<>(sheet.indicators()),
                        sheet.maxTotal(), sheet.applicableMax(), sheet.total(), sheet.rescaled(), sheet.grade(),
                        sheet.vetoed(), sheet.findings(), sheet.figures(), sheet.problems(), sheet.record());
                assertEquals(scores, eager.scores());
                assertEquals(statuses, eager.statuses());
                assertThrows(UnsupportedOperationException.class, () -> sheet.scores().set(0, BigDecimal.ONE));
                assertThrows(UnsupportedOperationException.class, () -> eager.scores().set(0, BigDecimal.ONE));
            }
        }
        assertEquals(EnumSet.of(Status.SCORED, Status.NOT_APPLICABLE, Status.ERROR), seen);
        assertEquals(OptionalInt.empty(), pack.indicatorIndex("没有这个指标"));
        assertEquals(pack.indicatorNames().indexOf(Single.NAME), pack.indicatorIndex(Single.NAME).getAsInt());
    }
}
