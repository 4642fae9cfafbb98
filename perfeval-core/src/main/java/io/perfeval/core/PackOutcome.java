package io.perfeval.core;

import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a rule that depends on nothing but the pack (得满分, 得 2 分, 无扣分, 一票否决, 不适用), made once
 * with the plan: its one trace step, the trace of that step alone, and the score as the evaluator's clamp and rounding
 * give it ({@code null} when those have something to say, or for 不适用). An evaluation whose indicator ends with such
 * an outcome shares these instead of making its own.
 */
final class PackOutcome {
    final TraceEntry entry;
    final Trace single;
    final BigDecimal finished;

    /** {@code points}: what the rule gives (null for 不适用), finished when it lies within [0, {@code max}]. */
    PackOutcome(TraceEntry entry, BigDecimal points, BigDecimal max, Rounding rounding) {
        this.entry = entry;
        this.single = new Trace(List.of(entry));
        this.finished = points != null && points.signum() >= 0 && points.compareTo(max) <= 0
                ? points.setScale(rounding.scoreScale(), rounding.mode()) : null;
    }
}
