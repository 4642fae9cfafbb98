package io.perfeval.core.analysis;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;

/**
 * What a rule gives at one point of its input space: a score (lo == hi), a judgement range, or no score.
 * {@code raw} is the clamped, unrounded score, used to measure jumps without rounding noise. {@code offset}, for a
 * judgement range: the points the rule adds to the evaluator's judgement (a sum's parts beside the judged one), so
 * that a score of the range is given by a judgement of that score less the offset; 0 otherwise.
 */
record Outcome(Kind kind, BigDecimal lo, BigDecimal hi, BigDecimal raw, BigDecimal offset) {

    Outcome(Kind kind, BigDecimal lo, BigDecimal hi, BigDecimal raw) {
        this(kind, lo, hi, raw, BigDecimal.ZERO);
    }

    enum Kind {
        SCORED, JUDGED, VETOED, NOT_APPLICABLE, NO_RULE, OVER_CAP,
        /**
         * A part of a sum scored by a formula goes over the part's 分值 there (the evaluator's R004): as
         * {@link #OVER_CAP}, but not the indicator's 分值 that is exceeded.
         */
        PART_OVER_CAP,
        /** The rule's own arithmetic divides by zero there: the evaluator's R001. */
        FAILED,
        /** A per-count deduction counts a negative number there: the evaluator's R009. */
        NEGATIVE_COUNT
    }

    static Outcome of(Kind kind) {
        return new Outcome(kind, null, null, null);
    }

    boolean single() {
        return kind == Kind.SCORED || kind == Kind.VETOED;
    }

    boolean reachable() {
        return single() || kind == Kind.JUDGED;
    }

    boolean sameAs(Outcome o) {
        if (kind != o.kind) {
            return false;
        }
        if (lo == null || o.lo == null) {
            return lo == o.lo;
        }
        return lo.compareTo(o.lo) == 0 && hi.compareTo(o.hi) == 0;
    }

    String display() {
        return switch (kind) {
            case SCORED, VETOED -> Decimals.trim(lo) + " 分";
            case JUDGED -> Decimals.trim(lo) + "–" + Decimals.trim(hi) + " 分（酌情）";
            case NOT_APPLICABLE -> "不适用";
            case NO_RULE -> "无对应评分规则";
            case OVER_CAP -> "超过分值（报错）";
            case PART_OVER_CAP -> "分项超过分值（报错）";
            case FAILED -> "除以零（报错）";
            case NEGATIVE_COUNT -> "计数为负（报错）";
        };
    }
}
