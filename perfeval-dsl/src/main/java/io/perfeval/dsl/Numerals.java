package io.perfeval.dsl;

import java.math.BigDecimal;

/** Chinese numerals as officials write them: 一, 十, 二十五, 一百, 两, 零. */
final class Numerals {

    private Numerals() {
    }

    static final String DIGITS = "零〇一二两三四五六七八九";
    static final String CHARS = DIGITS + "十百千万";

    /** Whether every character of {@code s} is a digit ({@link Character#isDigit}); true for "". */
    static boolean allDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumeral(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The value of a run of numeral characters, or null when it is not a well-formed number. */
    static BigDecimal parse(String s) {
        if (s.isEmpty() || s.length() > 12) {
            return null;
        }
        long total = 0;
        long section = 0;
        long current = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = current < 0 ? d : current * 10 + d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> 0;
            };
            if (unit == 0) {
                return null;
            }
            if (unit == 10000) {
                total += (section + Math.max(current, 0)) * unit;
                section = 0;
            } else {
                section += (current < 0 ? 1 : current) * unit;
            }
            current = -1;
        }
        return BigDecimal.valueOf(total + section + Math.max(current, 0));
    }

    /** A number as officials write it: no trailing zeros, no exponent (2.50 → 2.5, 10 → 10). */
    static String trim(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** Full-width digits and point to half-width: ０.５ → 0.5. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
