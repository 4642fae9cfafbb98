package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The library's one place for inexact arithmetic. Addition, subtraction and multiplication of {@link BigDecimal} are
 * exact; division is carried to {@link #DIVISION} (34 significant digits, half-even) and every declared measure and
 * score is then rounded to its own declared scale. Nothing else rounds.
 */
public final class Decimals {

    /** Precision of every division before a declared rounding applies. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() > 0 && divisor.precision() == 1 && divisor.unscaledValue().intValue() == 1
                && dividend.precision() <= DIVISION.getPrecision()) {
            // A power of ten (0.01 for %, 1E+4 for 万元): the exact quotient is the dividend's digits with the
            // preferred scale dividend.scale - divisor.scale, which is what both divisions below return.
            return dividend.scaleByPowerOfTen(divisor.scale());
        }
        if (terminates(dividend, divisor)) {
            // Same value and scale as divide(divisor, DIVISION) for an exact quotient of at most 34 digits, without
            // computing 34 digits and stripping the zeros one division by ten at a time (most of an evaluation's time).
            BigDecimal exact = dividend.divide(divisor);
            if (exact.precision() <= DIVISION.getPrecision()) {
                return exact;
            }
        }
        return dividend.divide(divisor, DIVISION);
    }

    /**
     * Whether the quotient has a finite decimal expansion, decided cheaply for the small numbers rules use: the
     * divisor's unscaled value, without its factors 2 and 5, must divide the dividend's. False when unsure.
     */
    private static boolean terminates(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0 || dividend.precision() > 18 || divisor.precision() > 18) {
            return false;
        }
        long d = Math.abs(divisor.unscaledValue().longValueExact());
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1 || dividend.unscaledValue().longValueExact() % d == 0;
    }

    /** Plain notation without exponent, keeping the scale it has (100.00 stays 100.00, 2 stays 2). */
    public static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** Plain notation without trailing zeros: 2.00 → 2, 1.50 → 1.5. For scores and counts in messages. */
    public static String trim(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    public static BigDecimal round(BigDecimal value, int scale, RoundingMode mode) {
        return value.setScale(scale, mode);
    }
}
