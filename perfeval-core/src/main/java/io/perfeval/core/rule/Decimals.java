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
        return dividend.divide(divisor, DIVISION);
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
