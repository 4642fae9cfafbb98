package io.perfeval.core.analysis;

import java.math.BigDecimal;

/**
 * What a rule gives at one point of its input space: a score (lo == hi), a judgement range, or no score.
 * {@code raw} is the clamped, unrounded score, used to measure jumps without rounding noise.
 */
record Outcome(Kind kind, BigDecimal lo, BigDecimal hi, BigDecimal raw) {

    enum Kind {
        SCORED, JUDGED, VETOED, NOT_APPLICABLE, NO_RULE, OVER_CAP
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
            case SCORED, VETOED -> io.perfeval.core.rule.Decimals.trim(lo) + " 分";
            case JUDGED -> io.perfeval.core.rule.Decimals.trim(lo) + "–" + io.perfeval.core.rule.Decimals.trim(hi)
                    + " 分（酌情）";
            case NOT_APPLICABLE -> "不适用";
            case NO_RULE -> "无对应评分规则";
            case OVER_CAP -> "超过分值（报错）";
        };
    }
}
