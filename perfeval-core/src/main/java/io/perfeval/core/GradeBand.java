package io.perfeval.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One grade (等级) and the total scores it covers, e.g. 良好 for 75 ≤ 得分 &lt; 85. A {@code null} bound is open
 * (−∞ or +∞).
 */
public record GradeBand(String name, BigDecimal lower, boolean lowerInclusive, BigDecimal upper,
                        boolean upperInclusive) {

    public GradeBand {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a grade needs a name");
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("grade " + name + ": lower bound above upper bound");
        }
    }

    /** {@code lower ≤ score < upper}, the usual official form. */
    public static GradeBand halfOpen(String name, String lower, String upper) {
        return new GradeBand(name, lower == null ? null : new BigDecimal(lower), true,
                upper == null ? null : new BigDecimal(upper), false);
    }

    public boolean contains(BigDecimal score) {
        if (lower != null) {
            int c = score.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = score.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    /** The range as the templates write it: {@code 75 ≤ 得分 < 85}, {@code 得分 < 60}. */
    public String display() {
        StringBuilder s = new StringBuilder();
        if (lower != null) {
            s.append(lower.toPlainString()).append(lowerInclusive ? " ≤ " : " < ");
        }
        s.append("得分");
        if (upper != null) {
            s.append(upperInclusive ? " ≤ " : " < ").append(upper.toPlainString());
        }
        return s.toString();
    }
}
