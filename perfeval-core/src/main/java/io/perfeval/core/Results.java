package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.IndicatorPlan;
import io.perfeval.core.TraceSteps.Step;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What scoring gave each indicator, by slot, kept with the sheet: its tree of {@link IndicatorResult}s is built from
 * these when first read ({@link io.perfeval.core.sheet.ScoreSheet#deferred}), and then dropped, except the scores and
 * statuses, which the sheet keeps for its flat figures ({@code ScoreSheet.scores()}). Written only by the evaluation
 * that made them, before the sheet is returned.
 */
final class Results implements Supplier<List<IndicatorResult>> {
    private final EvaluationPlan plan;
    final BigDecimal[] scores;
    final Status[] statuses;
    /**
     * With the trace, where each 三级 indicator's steps end on the evaluation's tape, by its
     * {@link EvaluationPlan#leafOrdinal}: they start where the previous one's end. Null without the trace.
     */
    final int[] ends;
    /** The tape ({@link LeafScratch}), kept whole once every indicator is scored. */
    private Object[] tape;
    /** The traces made so far, by slot, when the first is read. */
    private Trace[] made;
    /** Each indicator's problems by slot, made when the first indicator has one (most evaluations have none). */
    private List<?>[] problems;
    /** The self-reported scores by slot; null when the input reports none. */
    final BigDecimal[] selfScores;

    private static final Trace SUBTOTAL_TRACE = new Trace(List.of(new TraceEntry.Note("下级指标得分之和")));
    private static final Trace NO_SUBTOTAL_TRACE = new Trace(List.of(new TraceEntry.Note("下级指标有无法评分项，小计不可得")));

    Results(EvaluationPlan plan, BigDecimal[] selfScores, boolean tracing) {
        this.plan = plan;
        int n = plan.all.length;
        this.scores = new BigDecimal[n];
        this.statuses = new Status[n];
        this.ends = tracing ? new int[plan.leafCount] : null;
        this.selfScores = selfScores;
    }

    void tape(Object[] tape) {
        this.tape = tape;
    }

    /**
     * The indicator's trace, made into a {@link Trace} once: a group's says its score is its children's sum; a 三级
     * indicator's is its steps on the tape, or the trace made with the plan when its one step is a {@link PackOutcome}'s.
     * Its entries are made from the steps when they are first read, so reading scores makes none.
     */
    Trace trace(int slot) {
        if (ends == null) {
            return Trace.EMPTY;
        }
        if (made == null) {
            made = new Trace[plan.all.length];
        }
        Trace t = made[slot];
        if (t == null) {
            t = make(slot);
            made[slot] = t;
        }
        return t;
    }

    private Trace make(int slot) {
        int ordinal = plan.leafOrdinal[slot];
        if (ordinal < 0) {
            return statuses[slot] == Status.ERROR ? NO_SUBTOTAL_TRACE : SUBTOTAL_TRACE;
        }
        int start = ordinal == 0 ? 0 : ends[ordinal - 1];
        int end = ends[ordinal];
        if (start == end) {
            return Trace.EMPTY;
        }
        if (end == start + 1 && tape[start] instanceof PackOutcome constant) {
            return constant.single;
        }
        // the steps are read off the tape only when the trace's entries are: building the tree copies nothing
        Object[] whole = tape;
        return Deferred.MAKE.trace(() -> entries(LeafScratch.read(whole, start, end)));
    }

    private static List<TraceEntry> entries(Object[] steps) {
        TraceEntry[] entries = new TraceEntry[steps.length];
        for (int i = 0; i < steps.length; i++) {
            entries[i] = steps[i] instanceof Step step ? step.make() : (TraceEntry) steps[i];
        }
        return List.of(entries);
    }

    void problem(int slot, List<Problem> found) {
        if (problems == null) {
            problems = new List<?>[plan.all.length];
        }
        problems[slot] = found;
    }

    @SuppressWarnings("unchecked")
    List<Problem> problems(int slot) {
        List<?> p = problems == null ? null : problems[slot];
        return p == null ? List.of() : (List<Problem>) p;
    }

    @Override
    public List<IndicatorResult> get() {
        IndicatorResult[] top = new IndicatorResult[plan.top.length];
        for (int i = 0; i < top.length; i++) {
            top[i] = result(plan.top[i]);
        }
        return List.of(top);
    }

    private IndicatorResult result(IndicatorPlan p) {
        List<IndicatorResult> children = List.of();
        String criterion = "";
        if (p.leaf == null) {
            IndicatorResult[] c = new IndicatorResult[p.children.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = result(p.children[i]);
            }
            children = List.of(c);
        } else {
            criterion = p.leaf.criterion();
        }
        return new IndicatorResult(p.path, p.path.size(), p.indicator.maxScore(),
                Optional.ofNullable(scores[p.slot]), statuses[p.slot], criterion, trace(p.slot), problems(p.slot),
                Optional.ofNullable(selfScores == null ? null : selfScores[p.slot]), children);
    }
}
