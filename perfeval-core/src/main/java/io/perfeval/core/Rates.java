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

    private Rates() {
    }

    /**
     * A declared measure's value, rounded to its declared scale: a rate in one division ({@link #rate}), any other
     * formula evaluated and then rounded half-up. On the long path ({@link Engine#longs}) the operands come as scaled
     * longs and the rounding is done on them, so that a sum such as 调整后预算数 − 年初预算数 − 可剔除的预算调整数 makes
     * one number, not one per operation; where a long cannot hold it, the same operand values take the general route.
     */
    static BigDecimal measure(Engine e, EvaluationPlan.MeasurePlan mp, LeafScratch scratch) {
        Measure m = mp.measure;
        if (mp.quotient != null) {
            return quotient(e, mp, scratch);
        }
        BigDecimal raw;
        if (e.longs && mp.inUnit) {
            long u = mp.formula.scaled(e, scratch);
            int s = e.scale;
            if (s != Scaled.NONE && m.scale() >= 0 && m.scale() <= Scaled.MAX_SCALE) {
                try {
                    return BigDecimal.valueOf(Scaled.halfUp(u, s, m.scale()), m.scale());
                } catch (ArithmeticException tooLong) {
                    // the general route below, on the same value
                }
            }
            raw = Scaled.big(u, s, e.big);
        } else {
            raw = mp.formula.value(e, scratch);
        }
        BigDecimal inUnit = mp.inUnit ? raw : Decimals.divide(mp.formula.base(raw), m.unit().factor());
        return inUnit.setScale(m.scale(), RoundingMode.HALF_UP);
    }

    /** A rate 完成数 / 预算数 × 100%: {@link #rate} of the quotient's operands, as longs when they are. */
    private static BigDecimal quotient(Engine e, EvaluationPlan.MeasurePlan mp, LeafScratch scratch) {
        ExprNodes.Binary quotient = mp.quotient;
        int scale = mp.measure.scale();
        BigDecimal a;
        BigDecimal b;
        if (e.longs) {
            long au = quotient.left.scaled(e, scratch);
            int as = e.scale;
            BigDecimal ab = e.big;
            long bu = quotient.right.scaled(e, scratch);
            int bs = e.scale;
            if (as != Scaled.NONE && bs != Scaled.NONE && bu != 0) {
                BigDecimal fast = fast(au, as, bu, bs, mp.rateShift, scale);
                if (fast != null) {
                    return fast;
                }
            }
            a = Scaled.big(au, as, ab);
            b = Scaled.big(bu, bs, e.big);
        } else {
            a = quotient.left.value(e, scratch);
            b = quotient.right.value(e, scratch);
        }
        if (b.signum() == 0) {
            // the general route says which division by zero, with the same words
            quotient.value(e, scratch);
        }
        return rate(a, b, mp.rateShift, scale);
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

    /** Null when the long division cannot decide (digit 4, or operands or quotient too large for a long). */
    static BigDecimal fast(BigDecimal a, BigDecimal b, int shift, int scale) {
        if (a.precision() > 18 || b.precision() > 18) {
            return null;
        }
        return fast(Scaled.unscaled(a), a.scale(), Scaled.unscaled(b), b.scale(), shift, scale);
    }

    /** The route every other formula takes: the 34-digit quotient, shifted, then the declared rounding. */
    static BigDecimal general(BigDecimal a, BigDecimal b, int shift, int scale) {
        return Decimals.divide(a, b).scaleByPowerOfTen(shift).setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * The rate of num × 10^-as over den × 10^-bs (den not 0); null when the long division cannot decide (digit 4, or
     * operands or quotient too large for a long).
     */
    static BigDecimal fast(long num, int as, long den, int bs, int shift, int scale) {
        if (scale < 0 || num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
            return null;
        }
        // t = a / b × 10^(shift + scale + 1), in unscaled values
        int e = shift + scale + 1 - as + bs;
        if (e >= 0) {
            if (e > Scaled.MAX_SCALE || Math.abs(num) > Long.MAX_VALUE / Scaled.pow10(e)) {
                return null;
            }
            num *= Scaled.pow10(e);
        } else {
            if (-e > Scaled.MAX_SCALE || Math.abs(den) > Long.MAX_VALUE / Scaled.pow10(-e)) {
                return null;
            }
            den *= Scaled.pow10(-e);
        }
        long t = num / den;
        long d = Math.abs(t % 10);
        if (d == 4) {
            return null;
        }
        return BigDecimal.valueOf(t / 10 + (d >= 5 ? Long.signum(t) : 0), scale);
    }
}
