package io.perfeval.core.analysis;

import java.math.BigDecimal;

/**
 * The outcomes of a {@link io.perfeval.core.rule.Rule.Sum}'s parts at one point, added as the evaluator adds them: each
 * clamped to [0, its part's 分值]; a judged part (at most one: C024) makes the sum a judgement range whose offset is the
 * other parts' points, so that a witness gives the judgement of that part alone; the first part that gives no score is
 * the sum's outcome, and a part's formula above the part's own 分值 is {@link Outcome.Kind#PART_OVER_CAP}.
 */
final class PartOutcomes {
    private BigDecimal lo = BigDecimal.ZERO;
    private BigDecimal hi = BigDecimal.ZERO;
    private BigDecimal offset = BigDecimal.ZERO;
    private boolean judged;
    private Outcome none;

    /** Part {@code o}, scored against the 分值 {@code max}. */
    void add(Outcome o, BigDecimal max) {
        if (o.kind() == Outcome.Kind.SCORED) {
            BigDecimal v = within(o.lo(), max);
            lo = lo.add(v);
            hi = hi.add(v);
            offset = offset.add(v);
        } else if (o.kind() == Outcome.Kind.JUDGED) {
            lo = lo.add(within(o.lo(), max));
            hi = hi.add(within(o.hi(), max));
            offset = offset.add(o.offset());
            judged = true;
        } else if (none == null) {
            none = o.kind() == Outcome.Kind.OVER_CAP ? Outcome.of(Outcome.Kind.PART_OVER_CAP) : o;
        }
    }

    /** The sum's outcome: the first part's without a score, else a score or a judgement range. */
    Outcome total() {
        if (none != null) {
            return none;
        }
        return judged ? new Outcome(Outcome.Kind.JUDGED, lo, hi, null, offset)
                : new Outcome(Outcome.Kind.SCORED, lo, lo, lo);
    }

    private static BigDecimal within(BigDecimal v, BigDecimal top) {
        return v.signum() < 0 ? BigDecimal.ZERO : v.min(top);
    }
}
