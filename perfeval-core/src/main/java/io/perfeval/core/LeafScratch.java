package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.IndicatorPlan;
import io.perfeval.core.TraceSteps.Step;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
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
 *
 * <p>The leaf that scores the indicators keeps one tape for the whole evaluation: each indicator's steps follow the
 * previous indicator's ({@link #next}), and the results keep the tape itself with where each indicator's steps end,
 * instead of a copy per indicator (issue 21). A leaf for a measure starts afresh each time ({@link #restart}) and hands
 * out a copy of its steps ({@link #entries}). A step may also be a bare value after the node that makes its entry from
 * it ({@link #addValue}): a comparison with a constant side records the node and the value it compared, not an
 * object. The keys are needed only while the leaf records, so they are kept apart, for the leaf's own steps, and not
 * on the tape.
 */
final class LeafScratch {
    IndicatorPlan indicator;
    private String path;
    final boolean tracing;
    /**
     * The tape, {@link #start} to {@link #size}: per step a {@link TraceEntry}, a {@link Step} that makes it when the
     * trace is read, or a {@link TraceSteps.ValueStep} followed by the value it makes its step from ({@link #read}).
     */
    private Object[] trace;
    /** The keys of this leaf's steps so far (null for a step without one), {@link #steps} of them. */
    private Object[] keys;
    private int start;
    private int size;
    private int steps;
    /** Bit i: measure slot i's steps are in this trace (measures 0…63). */
    long measuresAdded;
    List<Problem> problems;

    LeafScratch(IndicatorPlan indicator, String path, boolean tracing) {
        this.indicator = indicator;
        this.path = path;
        this.tracing = tracing;
    }

    /** The leaf that scores an evaluation's indicators, its tape {@code capacity} long to begin with. */
    static LeafScratch tape(IndicatorPlan first, int capacity) {
        LeafScratch leaf = new LeafScratch(first, first.pathString, true);
        leaf.trace = new Object[capacity];
        return leaf;
    }

    String path() {
        return path;
    }

    /** Ready for the next indicator, whose steps follow this one's on the tape. */
    LeafScratch next(IndicatorPlan next) {
        indicator = next;
        path = next.pathString;
        start = size;
        steps = 0;
        measuresAdded = 0;
        problems = null;
        return this;
    }

    /** Ready for another measure, with no steps. */
    LeafScratch restart(IndicatorPlan next, String nextPath) {
        indicator = next;
        path = nextPath;
        start = 0;
        size = 0;
        steps = 0;
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
        for (int i = start; i < size; i++) {
            if (trace[i] == e) {
                return;
            }
        }
        record(null, e, null);
    }

    /**
     * A step just made for this leaf, recorded unless a step of the same {@code key} (the same plan node on the same
     * input, so the same words) is here; with no key, it is new by construction.
     */
    void add(TraceEntry e, Object key) {
        addStep(null, e, key);
    }

    /**
     * A step of this leaf's own, as {@link #add(TraceEntry, Object)}, whose entry {@code step} makes only when the
     * trace is read: a batch that never opens a sheet makes one object per step, not an entry and its wording.
     */
    void add(Step step, Object key) {
        addStep(null, step, key);
    }

    /** A step recorded as the value {@code node} saw; {@code node} is its key and makes its entry when read. */
    void addValue(BigDecimal value, TraceSteps.ValueStep node) {
        addStep(node, value, node);
    }

    private void addStep(Object node, Object e, Object key) {
        if (!tracing) {
            return;
        }
        if (key != null) {
            for (int i = 0; i < steps; i++) {
                if (keys[i] == key) {
                    return;
                }
            }
        }
        record(node, e, key);
    }

    private void record(Object node, Object e, Object key) {
        if (keys == null) {
            keys = new Object[8];
        } else if (steps == keys.length) {
            keys = Arrays.copyOf(keys, steps * 2);
        }
        keys[steps++] = key;
        int need = node == null ? 1 : 2;
        if (trace == null) {
            trace = new Object[8];
        } else if (size + need > trace.length) {
            trace = Arrays.copyOf(trace, trace.length * 2);
        }
        if (node != null) {
            trace[size++] = node;
        }
        trace[size++] = e;
    }

    /** The steps so far, in order, each made a step or entry (a new array: the caller keeps it). */
    Object[] entries() {
        return read(trace, start, size);
    }

    /** The one step so far when there is one (a step or entry, not an array), else {@link #entries()}. */
    Object entryOrEntries() {
        if (steps == 1) {
            Object only = trace[start];
            return only instanceof TraceSteps.ValueStep node ? node.step((BigDecimal) trace[start + 1]) : only;
        }
        return entries();
    }

    /**
     * The steps on {@code tape} from {@code from} to {@code to}, each a {@link Step} or {@link TraceEntry}: a value
     * step's node makes its step from the value after it.
     */
    static Object[] read(Object[] tape, int from, int to) {
        Object[] out = new Object[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            Object o = tape[i];
            out[n++] = o instanceof TraceSteps.ValueStep node ? node.step((BigDecimal) tape[++i]) : o;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Marks the indicator's trace done: when its one step is {@code constant}'s, it is recorded as {@code constant},
     * so that the results give the trace made with the plan. Gives where its steps end.
     */
    int close(PackOutcome constant) {
        if (steps == 1 && constant != null && trace[start] == constant.entry) {
            trace[start] = constant;
        }
        return size;
    }

    /** The tape, for the results to keep once every indicator is scored. */
    Object[] tape() {
        return trace;
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
