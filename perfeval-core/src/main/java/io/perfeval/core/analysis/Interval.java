package io.perfeval.core.analysis;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;

/**
 * A closed interval of base-unit values with possibly infinite ends (null), for the domain of a derived measure.
 * Sound, not tight: it may be wider than the true range, never narrower.
 */
record Interval(BigDecimal lo, BigDecimal hi) {

    static final Interval ALL = new Interval(null, null);

    static Interval point(BigDecimal v) {
        return new Interval(v, v);
    }

    boolean nonNegative() {
        return lo != null && lo.signum() >= 0;
    }

    Interval add(Interval o) {
        return new Interval(lo == null || o.lo == null ? null : lo.add(o.lo),
                hi == null || o.hi == null ? null : hi.add(o.hi));
    }

    Interval negate() {
        return new Interval(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
    }

    Interval subtract(Interval o) {
        return add(o.negate());
    }

    Interval multiply(Interval o) {
        if (lo != null && hi != null && o.lo != null && o.hi != null) {
            BigDecimal a = lo.multiply(o.lo);
            BigDecimal b = lo.multiply(o.hi);
            BigDecimal c = hi.multiply(o.lo);
            BigDecimal d = hi.multiply(o.hi);
            return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
        }
        if (o.isPositivePoint()) {
            return scale(o.lo);
        }
        if (isPositivePoint()) {
            return o.scale(lo);
        }
        if (nonNegative() && o.nonNegative()) {
            return new Interval(lo.multiply(o.lo), null);
        }
        return ALL;
    }

    Interval divide(Interval o) {
        if (o.isPositivePoint()) {
            return scale(Decimals.divide(BigDecimal.ONE, o.lo));
        }
        if (nonNegative() && o.nonNegative()) {
            BigDecimal low = o.hi != null && o.hi.signum() > 0 ? Decimals.divide(lo, o.hi) : BigDecimal.ZERO;
            BigDecimal high = o.lo.signum() > 0 && hi != null ? Decimals.divide(hi, o.lo) : null;
            return new Interval(low, high);
        }
        return ALL;
    }

    /** The smaller of a value in this interval and one in {@code o}: null (unbounded) below wins below. */
    Interval min(Interval o) {
        BigDecimal low = lo == null || o.lo == null ? null : lo.min(o.lo);
        BigDecimal high = hi == null ? o.hi : o.hi == null ? hi : hi.min(o.hi);
        return new Interval(low, high);
    }

    /** The larger of a value in this interval and one in {@code o}. */
    Interval max(Interval o) {
        BigDecimal low = lo == null ? o.lo : o.lo == null ? lo : lo.max(o.lo);
        BigDecimal high = hi == null || o.hi == null ? null : hi.max(o.hi);
        return new Interval(low, high);
    }

    /** The absolute value of a value in this interval. */
    Interval abs() {
        if (nonNegative()) {
            return this;
        }
        if (hi != null && hi.signum() <= 0) {
            return negate();
        }
        BigDecimal high = lo == null || hi == null ? null : lo.negate().max(hi);
        return new Interval(BigDecimal.ZERO, high);
    }

    private boolean isPositivePoint() {
        return lo != null && hi != null && lo.compareTo(hi) == 0 && lo.signum() > 0;
    }

    /** Multiplication by a positive number. */
    Interval scale(BigDecimal k) {
        return new Interval(lo == null ? null : lo.multiply(k), hi == null ? null : hi.multiply(k));
    }
}
