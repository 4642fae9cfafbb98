package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.perfeval.core.EvaluationPlan.IndicatorPlan;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's trace tape (issue 21): each indicator's steps follow the previous one's, a key keeps a step once
 * within its indicator only, a value step is its node and value until read, and an indicator whose one step is a
 * pack-only outcome is marked so that the results give that outcome's trace.
 */
class LeafScratchTest {

    private static final IndicatorPlan LEAF = KindPacks.limited("5").pack().plan().all[1];

    /** A node that records a value and words it when read. */
    private static final TraceSteps.ValueStep NODE = value -> () -> new TraceEntry.Note("值 " + value.toPlainString());

    @Test
    void indicatorsFollowEachOtherOnOneTapeAndKeysCountWithinAnIndicatorOnly() {
        Object key = new Object();
        TraceEntry a = new TraceEntry.Note("甲");
        TraceEntry b = new TraceEntry.Note("乙");
        LeafScratch leaf = LeafScratch.tape(LEAF, 2);

        leaf.add(a, key);
        leaf.add(b, key);
        leaf.addValue(new BigDecimal("95.5"), NODE);
        leaf.addValue(new BigDecimal("80"), NODE);
        leaf.add(b, null);
        leaf.add(b, null);
        leaf.add((Object) a);
        int first = leaf.close(null);

        leaf.next(LEAF);
        leaf.add(b, key);
        leaf.addValue(new BigDecimal("80"), NODE);
        int second = leaf.close(null);

        assertEquals(List.of("甲", "值 95.5", "乙", "乙"), words(LeafScratch.read(leaf.tape(), 0, first)));
        assertEquals(List.of("乙", "值 80"), words(LeafScratch.read(leaf.tape(), first, second)));
    }

    @Test
    void anIndicatorWhoseOneStepIsAPackOutcomeIsMarkedWithIt() {
        PackOutcome outcome = new PackOutcome(new TraceEntry.Note("得满分"), BigDecimal.ONE, BigDecimal.TEN,
                KindPacks.limited("5").pack().rounding());
        LeafScratch leaf = LeafScratch.tape(LEAF, 8);
        leaf.add(outcome.entry, null);
        int end = leaf.close(outcome);
        assertEquals(1, end);
        assertSame(outcome, leaf.tape()[0]);

        leaf.next(LEAF);
        leaf.add(outcome.entry, null);
        leaf.add(new TraceEntry.Note("另一步"), null);
        int next = leaf.close(outcome);
        assertSame(outcome.entry, leaf.tape()[end]);
        assertEquals(3, next);
    }

    @Test
    void aMeasuresLeafStartsAfreshAndHandsOutItsOneStepWithoutAnArray() {
        LeafScratch scratch = new LeafScratch(LEAF, "率", true);
        scratch.addValue(new BigDecimal("3"), NODE);
        Object only = scratch.entryOrEntries();
        assertEquals("值 3", ((TraceSteps.Step) only).make().render());
        scratch.restart(LEAF, "率");
        scratch.add(new TraceEntry.Note("甲"), null);
        scratch.addValue(new BigDecimal("4"), NODE);
        assertEquals(List.of("甲", "值 4"), words((Object[]) scratch.entryOrEntries()));
    }

    private static List<String> words(Object[] steps) {
        List<String> out = new ArrayList<>();
        for (Object s : steps) {
            out.add((s instanceof TraceSteps.Step step ? step.make() : (TraceEntry) s).render());
        }
        return out;
    }
}
