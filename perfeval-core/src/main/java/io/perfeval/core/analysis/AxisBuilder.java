package io.perfeval.core.analysis;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeSet;

/** One axis being discovered: its domain, thresholds and other critical points, in its own unit. */
final class AxisBuilder {
    final String name;
    final Unit unit;
    final BigDecimal step;
    final BigDecimal lower;
    final BigDecimal upper;
    final TreeSet<BigDecimal> thresholds = new TreeSet<>();
    final TreeSet<BigDecimal> extras = new TreeSet<>();
    List<BigDecimal> candidates;
    List<BigDecimal> crit;
    /** The far points added beyond the critical points on an unbounded side, or null. */
    BigDecimal farLow;
    BigDecimal farHigh;

    AxisBuilder(String name, Unit unit, BigDecimal step, BigDecimal lower, BigDecimal upper) {
        this.name = name;
        this.unit = unit;
        this.step = step;
        this.lower = lower;
        this.upper = upper;
    }

    boolean admits(BigDecimal v) {
        return (lower == null || v.compareTo(lower) >= 0) && (upper == null || v.compareTo(upper) <= 0);
    }

    BigDecimal snap(BigDecimal v, RoundingMode mode) {
        return v.divide(step, 0, mode).multiply(step);
    }

    void finish() {
        TreeSet<BigDecimal> c = new TreeSet<>();
        for (BigDecimal t : thresholds) {
            c.add(t.stripTrailingZeros());
        }
        for (BigDecimal t : extras) {
            c.add(t.stripTrailingZeros());
        }
        if (lower != null) {
            c.add(lower.stripTrailingZeros());
        }
        if (upper != null) {
            c.add(upper.stripTrailingZeros());
        }
        c.removeIf(v -> !admits(v));
        crit = List.copyOf(c);
        TreeSet<BigDecimal> out = new TreeSet<>();
        if (c.isEmpty()) {
            out.add(lower != null ? lower : BigDecimal.ZERO);
            out.add(out.first().add(step));
        }
        for (BigDecimal v : c) {
            for (int k = -2; k <= 2; k++) {
                out.add(v.add(step.multiply(BigDecimal.valueOf(k))).stripTrailingZeros());
            }
        }
        if (upper == null) {
            farHigh = out.last().add(LeafAnalyzer.FAR).stripTrailingZeros();
            out.add(farHigh);
        }
        if (lower == null) {
            farLow = out.first().subtract(LeafAnalyzer.FAR).stripTrailingZeros();
            out.add(farLow);
        }
        out.removeIf(v -> !admits(v));
        candidates = List.copyOf(out);
    }

    /** Whether {@code v} is one of the far points, not a value near a critical point. */
    boolean far(BigDecimal v) {
        return v.equals(farLow) || v.equals(farHigh);
    }

    /** Region index of a value: 2i+1 is the critical point i, 2i the open segment below it. */
    int region(BigDecimal v) {
        int below = 0;
        for (int i = 0; i < crit.size(); i++) {
            int cmp = v.compareTo(crit.get(i));
            if (cmp == 0) {
                return 2 * i + 1;
            }
            if (cmp > 0) {
                below = i + 1;
            }
        }
        return 2 * below;
    }

    String show(BigDecimal v) {
        return Decimals.trim(v) + unit.symbol();
    }

    /** A run of regions as an interval: ∈ (50%, +∞), = 50%, ∈ [0%, 5%). */
    String interval(int from, int to) {
        if (from == to && from % 2 == 1) {
            return "= " + show(crit.get(from / 2));
        }
        String start = from % 2 == 1 ? "[" + show(crit.get(from / 2))
                : "(" + (from == 0 ? "-∞" : show(crit.get(from / 2 - 1)));
        String end = to % 2 == 1 ? show(crit.get(to / 2)) + "]"
                : (to == 2 * crit.size() ? "+∞" : show(crit.get(to / 2))) + ")";
        return "∈ " + start + ", " + end;
    }

    Axis toAxis() {
        return new Axis(name, unit, step, List.copyOf(thresholds), java.util.Optional.ofNullable(lower),
                java.util.Optional.ofNullable(upper));
    }
}
