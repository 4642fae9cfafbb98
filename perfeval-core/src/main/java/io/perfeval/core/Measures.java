package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.MeasurePlan;
import io.perfeval.core.TraceSteps.Step;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One evaluation's measures: each computed once, when a rule first asks for it, with its trace steps (when tracing),
 * which every indicator that uses it gets once; and the sheet's figures, every declared measure's value. Part of the
 * {@link Engine} of one evaluation, on its thread.
 */
final class Measures {
    private final Engine engine;
    private final EvaluationPlan plan;
    private final boolean tracing;
    /** The values computed so far, by measure slot. */
    final BigDecimal[] values;
    /** By measure slot, its one step, or its steps as an {@code Object[]} when it has several (when tracing). */
    private final Object[] steps;
    /** Scratch leaves for measures being computed, by nesting depth (when tracing). */
    private LeafScratch[] scratches = new LeafScratch[4];
    private int depth;

    Measures(Engine engine, EvaluationPlan plan, boolean tracing) {
        this.engine = engine;
        this.plan = plan;
        this.tracing = tracing;
        this.values = new BigDecimal[plan.measures.length];
        this.steps = tracing ? new Object[plan.measures.length] : null;
    }

    /** A measure's value, computed once per evaluation; its steps are added to each leaf's trace once. */
    BigDecimal value(int slot, LeafScratch leaf) {
        BigDecimal v = values[slot];
        if (v == null) {
            v = compute(plan.measures[slot], leaf);
        }
        if (tracing) {
            // a measure's steps are added once per leaf, however often its rules refer to it
            long bit = slot < 64 ? 1L << slot : 0;
            if ((leaf.measuresAdded & bit) == 0) {
                Object made = steps[slot];
                if (made instanceof Object[] all) {
                    for (Object step : all) {
                        leaf.add(step);
                    }
                } else {
                    leaf.add(made);
                }
                leaf.measuresAdded |= bit;
            }
        }
        return v;
    }

    /** Computes and keeps a measure's value and, when tracing, its steps. */
    private BigDecimal compute(MeasurePlan mp, LeafScratch leaf) {
        if (!tracing) {
            return compute(mp, engine.discard(leaf), null);
        }
        // Trace entries of the measures this one uses come first, then this one's; measures nest, so one scratch
        // leaf per depth, reused.
        if (depth == scratches.length) {
            scratches = Arrays.copyOf(scratches, depth * 2);
        }
        LeafScratch scratch = scratches[depth];
        scratch = scratch == null ? scratches[depth] = new LeafScratch(leaf.indicator, leaf.path(), true)
                : scratch.restart(leaf.indicator, leaf.path());
        depth++;
        try {
            return compute(mp, scratch, leaf);
        } finally {
            depth--;
        }
    }

    /** {@code leaf} is the one the measure is asked for when tracing, else null. */
    private BigDecimal compute(MeasurePlan mp, LeafScratch scratch, LeafScratch leaf) {
        BigDecimal rounded = Rates.measure(engine, mp, scratch);
        values[mp.slot] = rounded;
        if (tracing) {
            scratch.add(new TraceSteps.Measured(mp, engine.operandValues(mp.operands, mp.recallable, leaf), rounded),
                    null);
            steps[mp.slot] = scratch.entryOrEntries();
        }
        return rounded;
    }

    /**
     * Every declared measure's value, in declaration order: rules use some, and reviewers read the rest (预算执行率).
     * A measure no rule used that cannot be computed is reported as a warning; one a rule used is already an error there.
     * Without the trace the measures are still computed, for the same warnings, but no figure is kept.
     */
    Supplier<List<TraceEntry.Computed>> figures(List<Problem> problems) {
        boolean allComputed = true;
        for (MeasurePlan m : plan.measures) {
            if (values[m.slot] == null) {
                try {
                    compute(m, new LeafScratch(null, m.measure.name(), tracing));
                } catch (Failure f) {
                    problems.add(f.problem.withSeverity(Severity.WARNING));
                    allComputed = false;
                }
            }
        }
        if (!tracing) {
            return List::of;
        }
        // each measure's own step (its last), made into its entry when the figures are first read
        return new Figures(allComputed ? steps : computedSteps());
    }

    /** The steps of each measure computed, in declaration order, when some could not be computed. */
    private Object[] computedSteps() {
        Object[] out = new Object[steps.length];
        int n = 0;
        for (Object s : steps) {
            if (s != null) {
                out[n++] = s;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The sheet's figures: from each measure's steps (its one step, or an array whose last is its own). */
    private static final class Figures implements Supplier<List<TraceEntry.Computed>> {
        private final Object[] steps;

        Figures(Object[] steps) {
            this.steps = steps;
        }

        @Override
        public List<TraceEntry.Computed> get() {
            TraceEntry.Computed[] out = new TraceEntry.Computed[steps.length];
            for (int i = 0; i < out.length; i++) {
                Object last = steps[i] instanceof Object[] all ? all[all.length - 1] : steps[i];
                out[i] = (TraceEntry.Computed) (last instanceof Step step ? step.make() : last);
            }
            return List.of(out);
        }
    }
}
