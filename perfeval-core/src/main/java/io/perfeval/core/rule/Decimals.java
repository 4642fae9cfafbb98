package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * The library's one place for inexact arithmetic. Addition, subtraction and multiplication of {@link BigDecimal} are
 * exact; division is carried to {@link #DIVISION} (34 significant digits, half-even) and every declared measure and
 * score is then rounded to its own declared scale. Nothing else rounds.
 */
public final class Decimals {

    /** Precision of every division before a declared rounding applies. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    /**
     * Numbers of at most this many digits and decimals are written by {@link #format}; anything else by
     * {@link BigDecimal#toPlainString()}, which gives the same text. Trace lines word a number or two per step, and the
     * JDK's route makes three strings and a builder for each.
     */
    private static final int MAX_FAST_DIGITS = 18;

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
        int scale = value.scale();
        if (scale < 0 || scale > MAX_FAST_DIGITS || value.precision() > MAX_FAST_DIGITS) {
            return value.toPlainString();
        }
        return format(scale == 0 ? value.longValue() : value.scaleByPowerOfTen(scale).longValue(), scale);
    }

    /** Plain notation without trailing zeros: 2.00 → 2, 1.50 → 1.5. For scores and counts in messages. */
    public static String trim(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        int scale = value.scale();
        if (scale < 0 || scale > MAX_FAST_DIGITS || value.precision() > MAX_FAST_DIGITS) {
            return value.stripTrailingZeros().toPlainString();
        }
        long unscaled = scale == 0 ? value.longValue() : value.scaleByPowerOfTen(scale).longValue();
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return format(unscaled, scale);
    }

    /** {@code unscaled} × 10^-{@code scale} in plain notation: the digits, with a point {@code scale} from the right. */
    private static String format(long unscaled, int scale) {
        // the usual scales in one concatenation, which sizes its one array exactly
        if (scale == 0) {
            return Long.toString(unscaled);
        }
        if (scale <= 2 && unscaled >= 0) {
            long unit = scale == 1 ? 10 : 100;
            long fraction = unscaled % unit;
            return unscaled / unit + (scale == 2 && fraction < 10 ? ".0" : ".") + fraction;
        }
        boolean negative = unscaled < 0;
        long magnitude = Math.abs(unscaled);
        int digits = 1;
        for (long m = magnitude / 10; m != 0; m /= 10) {
            digits++;
        }
        // leading zeros make at least one digit before the point: 0.05
        int shown = Math.max(digits, scale + 1);
        int length = (negative ? 1 : 0) + shown + (scale > 0 ? 1 : 0);
        byte[] out = new byte[length];
        int at = length;
        for (int i = 0; i < shown; i++) {
            if (i == scale && scale > 0) {
                out[--at] = '.';
            }
            out[--at] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        }
        if (negative) {
            out[0] = '-';
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** The most characters of a number's digits {@link #shown} quotes before it says how long the number is. */
    private static final int SHOWN_DIGITS = 30;

    /**
     * A number for a message, never longer than about 50 characters whatever it is: a number of at most 30 digits
     * and a scale within ±30 in plain notation ({@code -9.738}, {@code 906.09}); a short number with a far exponent in
     * scientific notation ({@code -1E+999999999}); a longer one as its first 30 digits and its length
     * ({@code 123456789012345678901234567890…（共 100000 位）×10^-3}). Safe for any {@link BigDecimal}: it never expands
     * the exponent and converts only the leading digits, so a hostile input costs no more to quote than to refuse.
     */
    public static String shown(BigDecimal value) {
        java.math.BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        if (unscaled.bitLength() <= 100) { // at most 31 digits
            return scale >= -SHOWN_DIGITS && scale <= SHOWN_DIGITS ? value.toPlainString() : value.toString();
        }
        // the digit count from the bit length, exact up to one; the leading digits from a shift, not a full conversion
        int digits = digitCount(unscaled.abs());
        java.math.BigInteger leading = unscaled.abs().divide(java.math.BigInteger.TEN.pow(digits - SHOWN_DIGITS));
        return (value.signum() < 0 ? "-" : "") + leading + "…（共 " + digits + " 位）"
                + (scale == 0 ? "" : "×10^" + (scale > 0 ? "-" + scale : "+" + -(long) scale));
    }

    /** A text that should be a number, for a message: at most 30 characters and its length beyond that. */
    public static String shown(String text) {
        return text.length() <= SHOWN_DIGITS + 10 ? text
                : text.substring(0, SHOWN_DIGITS) + "…（共 " + text.length() + " 个字符）";
    }

    private static int digitCount(java.math.BigInteger magnitude) {
        // log10(2) ≈ 0.30103: the estimate is exact or one short
        int estimate = (int) ((magnitude.bitLength() - 1) * 0.30102999566398120) + 1;
        return magnitude.compareTo(java.math.BigInteger.TEN.pow(estimate)) >= 0 ? estimate + 1 : estimate;
    }

    public static BigDecimal round(BigDecimal value, int scale, RoundingMode mode) {
        return value.setScale(scale, mode);
    }
}
