package io.perfeval.core;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A declared rate such as 收入预算完成率 = 收入预算完成数 / 收入预算数 × 100%，保留两位小数, computed in one long division
 * where that gives exactly what the general route gives: the quotient carried to {@link Decimals#DIVISION} (34
 * digits, half-even), shifted into the unit, then rounded half-up to the declared scale. Most of an evaluation's
 * arithmetic time went to those 34-digit quotients, of which two decimals are kept.
 */
final class Rates {

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Rates() {
    }

    /**
     * {@code a / b × 10^shift} rounded half-up to {@code scale}, as {@link #general} computes it; {@code b} is not
     * zero.
     *
     * <p>Why one division is enough: with t the quotient truncated one digit below {@code scale}, half-up rounding of
     * the exact quotient looks only at t's last digit d. Rounding first to 34 digits can change that outcome only
     * where the exact quotient is just below a half (d = 4 followed by nines past the 34th digit), which it rounds up
     * to the half. So d = 4 goes the general route; when t fits in a long its 34-digit rounding lies past d.
     */
    static BigDecimal rate(BigDecimal a, BigDecimal b, int shift, int scale) {
        BigDecimal fast = fast(a, b, shift, scale);
        return fast != null ? fast : general(a, b, shift, scale);
    }

    /** The route every other formula takes: the 34-digit quotient, shifted, then the declared rounding. */
    static BigDecimal general(BigDecimal a, BigDecimal b, int shift, int scale) {
        return Decimals.divide(a, b).scaleByPowerOfTen(shift).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Null when the long division cannot decide (digit 4, or operands or quotient too large for a long). */
    static BigDecimal fast(BigDecimal a, BigDecimal b, int shift, int scale) {
        if (a.precision() > 18 || b.precision() > 18 || scale < 0) {
            return null;
        }
        long num = unscaled(a);
        long den = unscaled(b);
        // t = a / b × 10^(shift + scale + 1), in unscaled values
        int e = shift + scale + 1 - a.scale() + b.scale();
        if (e >= 0) {
            if (e >= POW10.length || Math.abs(num) > Long.MAX_VALUE / POW10[e]) {
                return null;
            }
            num *= POW10[e];
        } else {
            if (-e >= POW10.length || Math.abs(den) > Long.MAX_VALUE / POW10[-e]) {
                return null;
            }
            den *= POW10[-e];
        }
        long t = num / den;
        long d = Math.abs(t % 10);
        if (d == 4) {
            return null;
        }
        return BigDecimal.valueOf(t / 10 + (d >= 5 ? Long.signum(t) : 0), scale);
    }

    /** The unscaled value of a number of at most 18 digits, without the BigInteger {@code unscaledValue} makes. */
    static long unscaled(BigDecimal x) {
        return x.scaleByPowerOfTen(x.scale()).longValue();
    }
}
