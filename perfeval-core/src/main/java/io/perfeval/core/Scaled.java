package io.perfeval.core;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on scaled {@code long}s (issue 21 item 3): a number is an unscaled long u and a scale s,
 * worth u × 10^-s, exactly as a {@link BigDecimal} with that unscaled value and scale is — so the value AND the scale
 * (which the trace's wording shows: 100.00% is not 100%) are the ones the {@link BigDecimal} route gives, and
 * {@link BigDecimal#valueOf(long, int)} turns one back into an equal number. Every operation here either gives that
 * exact result or throws {@link ArithmeticException} (overflow, a scale outside [0, 18], an inexact quotient), and the
 * caller then takes the {@link BigDecimal} route on the same operand values: never a different answer, only a slower
 * one. No doubles.
 *
 * <p>Scales are kept within [0, {@link #MAX_SCALE}] so that aligning two of them needs one power of ten that fits in a
 * long; a negative scale (1E+4) or a longer one is left to {@link BigDecimal}.
 */
final class Scaled {

    /** The scale {@link Engine#scale} holds when an expression has no long value; {@link Engine#big} has it then. */
    static final int NONE = Integer.MIN_VALUE;
    static final int MAX_SCALE = 18;
    /**
     * The system property that turns the long path off ({@code -Dperfeval.core.longArithmetic=false}), read when a
     * pack's plan is made: the differential test makes one plan each way and compares their sheets.
     */
    static final String PROPERTY = "perfeval.core.longArithmetic";

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Scaled() {
    }

    /** Whether a plan made now takes the long path (on unless the property says {@code false}). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
    }

    /**
     * The number an {@link ExprNode#scaled} result stands for (its unscaled value and scale, or {@code big} when the
     * scale is {@link #NONE}): equal to what {@code value} gives, value and scale.
     */
    static BigDecimal big(long unscaled, int scale, BigDecimal big) {
        return scale == NONE ? big : BigDecimal.valueOf(unscaled, scale);
    }

    /** Whether {@code v}'s unscaled value and scale fit this representation. */
    static boolean fits(BigDecimal v) {
        int s = v.scale();
        return s >= 0 && s <= MAX_SCALE && v.precision() <= 18;
    }

    /**
     * The unscaled value of a number that {@link #fits}, without the BigInteger {@code unscaledValue} makes (the
     * temporary number here does not escape, so the JIT need not allocate it).
     */
    static long unscaled(BigDecimal v) {
        int s = v.scale();
        return s == 0 ? v.longValue() : v.scaleByPowerOfTen(s).longValue();
    }

    /** 10^k for 0 ≤ k ≤ 18; beyond that no long holds it. */
    static long pow10(int k) {
        if (k < 0 || k >= POW10.length) {
            throw new ArithmeticException("10^" + k + " in a long");
        }
        return POW10[k];
    }

    /** {@code u} at scale {@code from} rewritten at scale {@code to ≥ from}: the same value, more digits. */
    static long widen(long u, int from, int to) {
        return to == from ? u : Math.multiplyExact(u, pow10(to - from));
    }

    /** A result's scale, checked to stay within [0, {@link #MAX_SCALE}]. */
    static int checked(int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new ArithmeticException("scale " + scale);
        }
        return scale;
    }

    /** a + b or a − b: {@link BigDecimal#add}'s value, at its scale max(as, bs). */
    static long add(long a, int as, long b, int bs, boolean subtract) {
        int s = Math.max(as, bs);
        long x = widen(a, as, s);
        long y = widen(b, bs, s);
        return subtract ? Math.subtractExact(x, y) : Math.addExact(x, y);
    }

    /** The sign of a − b, as {@link BigDecimal#compareTo} gives it. */
    static int compare(long a, int as, long b, int bs) {
        int s = Math.max(as, bs);
        return Long.compare(widen(a, as, s), widen(b, bs, s));
    }

    /**
     * {@code u} at scale {@code from} rounded half-up to scale {@code to}, as {@code setScale(to, HALF_UP)} gives it: the
     * digits dropped are looked at exactly, the half rounded away from zero.
     */
    static long halfUp(long u, int from, int to) {
        if (to >= from) {
            return widen(u, from, to);
        }
        long p = pow10(from - to);
        long q = u / p;
        long r = Math.abs(u % p);
        // r ≥ p - r, not 2r ≥ p, so that nothing overflows
        return r >= p - r ? q + Long.signum(u) : q;
    }

    /** {@code u} at scale {@code from} rounded to a whole number toward +∞ ({@code up}) or −∞, as setScale(0, …). */
    static long whole(long u, int from, boolean up) {
        if (from == 0) {
            return u;
        }
        long p = pow10(from);
        return up ? Math.negateExact(Math.floorDiv(Math.negateExact(u), p)) : Math.floorDiv(u, p);
    }

    /**
     * The unscaled value of the exact quotient (a at scale as) / (b at scale bs), at the scale {@link #quotientScale}
     * gives: {@link BigDecimal#divide(BigDecimal)}'s value and scale, max(as − bs, the least scale that holds it exactly).
     * Throws when the quotient does not terminate within a long, or b is 0.
     */
    static long quotient(long a, long b, int k) {
        long n = Math.multiplyExact(a, pow10(k));
        if (b == 0 || n % b != 0) {
            throw new ArithmeticException("inexact");
        }
        return n / b;
    }

    /**
     * The k ≥ 0 of {@link #quotient}: the fewest extra decimals past as − bs after which a × 10^k is a multiple of b
     * (none when a is). With k = 0 the scale is the preferred one, as − bs; with k > 0 no shorter one holds the
     * quotient, so BigDecimal strips its zeros to exactly that scale too.
     */
    static int extraDecimals(long a, long b) {
        long magnitude = Math.absExact(a);
        for (int k = 0; k < POW10.length && b != 0; k++) {
            if (magnitude <= Long.MAX_VALUE / POW10[k] && (a * POW10[k]) % b == 0) {
                return k;
            }
        }
        throw new ArithmeticException("no terminating quotient in a long");
    }
}
