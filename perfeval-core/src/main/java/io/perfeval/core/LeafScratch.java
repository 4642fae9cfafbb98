package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.IndicatorPlan;
import io.perfeval.core.TraceSteps.Step;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-leaf scratch of one evaluation: the trace being written and the problems met. Trace entries word themselves only
 * when read, so a step is recorded once by identity or, for entries that could repeat (a condition tested again, a
 * checklist counted twice), by the plan node that produced it: the same node on the same input says the same thing.
 * The plan gives structurally equal nodes one key object, so keys compare by identity. Callers check {@code tracing}
 * before making an entry, so that without the trace (or on a discard leaf) none is made.
 */
final class LeafScratch {
    IndicatorPlan indicator;
    private String path;
    final boolean tracing;
    /** Steps: a {@link TraceEntry}, or a {@link Step} that makes it when the trace is read. */
    private Object[] trace;
    private Object[] keys;
    private int size;
    /** Bit i: measure slot i's steps are in this trace (measures 0…63). */
    long measuresAdded;
    List<Problem> problems;

    LeafScratch(IndicatorPlan indicator, String path, boolean tracing) {
        this.indicator = indicator;
        this.path = path;
        this.tracing = tracing;
    }

    String path() {
        return path;
    }

    /** Ready for another indicator: one leaf serves every indicator of an evaluation in turn. */
    LeafScratch reset(IndicatorPlan next) {
        return reset(next, next.pathString);
    }

    LeafScratch reset(IndicatorPlan next, String nextPath) {
        indicator = next;
        path = nextPath;
        size = 0;
        measuresAdded = 0;
        problems = null;
        return this;
    }

    /** Takes {@code other}'s indicator and path (for 分值 and errors), keeping this leaf's steps. */
    void serve(LeafScratch other) {
        indicator = other.indicator;
        path = other.path;
    }

    /** A step the plan or a measure made, which may already be here: recorded once, by identity. */
    void add(Object e) {
        if (!tracing) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (trace[i] == e) {
                return;
            }
        }
        append(e, null);
    }

    /**
     * A step just made for this leaf, recorded unless a step of the same {@code key} (the same plan node on the same
     * input, so the same words) is here; with no key, it is new by construction.
     */
    void add(TraceEntry e, Object key) {
        addStep(e, key);
    }

    /**
     * A step of this leaf's own, as {@link #add(TraceEntry, Object)}, whose entry {@code step} makes only when the
     * trace is read: a batch that never opens a sheet makes one object per step, not an entry and its wording.
     */
    void add(Step step, Object key) {
        addStep(step, key);
    }

    private void addStep(Object e, Object key) {
        if (!tracing) {
            return;
        }
        if (key != null) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return;
                }
            }
        }
        append(e, key);
    }

    private void append(Object e, Object key) {
        if (trace == null) {
            trace = new Object[8];
            keys = new Object[8];
        }
        if (size == trace.length) {
            trace = Arrays.copyOf(trace, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        trace[size] = e;
        keys[size] = key;
        size++;
    }

    /** The steps so far, in order (a new array: the caller keeps it). */
    Object[] entries() {
        return Arrays.copyOf(trace, size);
    }

    /**
     * The trace as the results keep it: the one made with the plan when the only step is {@code constant}'s, else the
     * steps (a new array), which become a {@link Trace} only when the tree or a finding needs one.
     */
    Object traced(PackOutcome constant) {
        if (!tracing || size == 0) {
            return Trace.EMPTY;
        }
        if (size == 1 && constant != null && trace[0] == constant.entry) {
            return constant.single;
        }
        return Arrays.copyOf(trace, size);
    }

    void problem(Problem p) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(p);
    }

    List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    Failure fail(String code, Object... args) {
        return new Failure(Problem.core(code, Severity.ERROR, path(), null, args));
    }
}
