package io.perfeval.core.analysis;

import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a leaf's score moves along each axis: its trend over the lattice, jumps at thresholds (W117) and a direction
 * against what the wording states (W118). Both claims compare two inputs, so each has two witnesses — the two sides —
 * that differ in that axis, each confirmed by the evaluator.
 */
final class SlopeClaims {

    private final LeafClaims claims;
    private final LeafRun run;
    final Map<String, Trend> trends = new LinkedHashMap<>();

    SlopeClaims(LeafClaims claims) {
        this.claims = claims;
        this.run = claims.run;
    }

    void claim() {
        for (int j = 0; j < run.axes.size(); j++) {
            Trend t = trend(j);
            trends.put(run.axes.get(j).name, t);
            jumps(j);
            direction(j, t);
        }
    }

    private Trend trend(int axis) {
        boolean up = false;
        boolean down = false;
        int n = run.axes.get(axis).candidates.size();
        int s = run.stride(axis);
        for (int start : run.sliceStarts(axis)) {
            for (int p = 1; p < n; p++) {
                Outcome x = run.outcomes[start + (p - 1) * s];
                Outcome y = run.outcomes[start + p * s];
                if (!x.reachable() || !y.reachable()) {
                    continue;
                }
                up |= y.lo().compareTo(x.lo()) > 0 || y.hi().compareTo(x.hi()) > 0;
                down |= y.lo().compareTo(x.lo()) < 0 || y.hi().compareTo(x.hi()) < 0;
            }
        }
        return Trend.of(up, down);
    }

    /** W117 at each threshold where some slice jumps, shown by the first slice whose two sides are confirmed. */
    private void jumps(int axis) {
        AxisBuilder ax = run.axes.get(axis);
        int s = run.stride(axis);
        BigDecimal two = ax.step.multiply(BigDecimal.valueOf(2));
        for (BigDecimal t : ax.thresholds) {
            int p = indexOf(ax.candidates, t);
            if (p < 2 || p + 2 >= ax.candidates.size() || ax.candidates.get(p - 2).compareTo(t.subtract(two)) != 0
                    || ax.candidates.get(p + 2).compareTo(t.add(two)) != 0) {
                continue;
            }
            List<int[]> pairs = new ArrayList<>();
            for (int start : run.sliceStarts(axis)) {
                int from = jumpAt(start, p, s);
                if (from >= 0) {
                    pairs.add(new int[] {start + (p - 2 + from) * s, start + (p - 1 + from) * s});
                }
            }
            if (!pairs.isEmpty()) {
                jump(ax, t, pairs);
            }
        }
    }

    /** 1 or 2 when the step into or out of the threshold is larger than the steps beside it; -1 for no jump. */
    private int jumpAt(int start, int p, int s) {
        Outcome[] o = new Outcome[5];
        for (int k = 0; k < 5; k++) {
            o[k] = run.outcomes[start + (p - 2 + k) * s];
            if (!o[k].single()) {
                return -1;
            }
        }
        BigDecimal left = o[2].raw().subtract(o[1].raw()).abs();
        BigDecimal right = o[3].raw().subtract(o[2].raw()).abs();
        BigDecimal usual = o[1].raw().subtract(o[0].raw()).abs().max(o[4].raw().subtract(o[3].raw()).abs());
        int from = left.compareTo(usual) > 0 ? 1 : right.compareTo(usual) > 0 ? 2 : -1;
        return from < 0 || o[from].lo().compareTo(o[from + 1].lo()) == 0 ? -1 : from;
    }

    private void jump(AxisBuilder ax, BigDecimal t, List<int[]> pairs) {
        pairs.sort(java.util.Comparator.comparingInt(x -> run.farness(x[0])));
        int tries = 0;
        for (int[] pair : pairs) {
            if (tries++ >= Witnesses.TRIES) {
                break;
            }
            Witness before = claims.at(pair[0], false, ax.name, null, List.of());
            Witness after = before == null ? null : claims.at(pair[1], false, ax.name, null, List.of());
            if (after != null) {
                Outcome a = run.outcomes[pair[0]];
                Outcome b = run.outcomes[pair[1]];
                claims.report("W117", Severity.WARNING, List.of(before, after), ax.name, ax.show(t),
                        ax.show(ax.candidates.get(run.position(pair[0], run.axes.indexOf(ax)))), a.display(),
                        ax.show(ax.candidates.get(run.position(pair[1], run.axes.indexOf(ax)))), b.display(),
                        Decimals.trim(b.lo().subtract(a.lo()).abs()), context(before, ax.name, pair[0]));
                return;
            }
        }
        Outcome a = run.outcomes[pairs.get(0)[0]];
        Outcome b = run.outcomes[pairs.get(0)[1]];
        claims.drop("W117", ax.name, ax.show(t), "?", a.display(), "?", b.display(), "?", "");
    }

    /** For a rule of several numbers or answers: what else the two sides share, （其余：…）; else nothing. */
    private String context(Witness w, String axis, int idx) {
        if (run.axes.size() == 1 && run.atomCount == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        w.values().forEach((k, q) -> {
            if (!k.equals(axis)) {
                parts.add(k + " = " + Decimals.trim(q.value()) + q.unit().symbol());
            }
        });
        parts.addAll(run.answers(run.point(idx)));
        return parts.isEmpty() ? "" : "（其余：" + String.join("，", parts) + "）";
    }

    /**
     * W118 where the wording states a direction for the axis ({@link Wording}) and the score moves against it
     * somewhere: shown by two inputs a step apart whose scores move the wrong way.
     */
    private void direction(int axis, Trend trend) {
        AxisBuilder ax = run.axes.get(axis);
        int want = Wording.stated(run.a.leaf, ax.name);
        boolean against = want > 0 ? trend == Trend.NON_INCREASING || trend == Trend.MIXED
                : want < 0 && (trend == Trend.NON_DECREASING || trend == Trend.MIXED);
        if (!against) {
            return;
        }
        List<int[]> pairs = new ArrayList<>();
        int n = ax.candidates.size();
        int s = run.stride(axis);
        for (int start : run.sliceStarts(axis)) {
            for (int p = 1; p < n; p++) {
                Outcome x = run.outcomes[start + (p - 1) * s];
                Outcome y = run.outcomes[start + p * s];
                if (x.single() && y.single() && y.lo().compareTo(x.lo()) * want < 0) {
                    pairs.add(new int[] {start + (p - 1) * s, start + p * s});
                }
            }
        }
        Object[] args = {ax.name, trend.chinese(), trend.english(), want > 0 ? "高" : "低", want > 0 ? "higher" : "lower"};
        pairs.sort(java.util.Comparator.comparingInt(x -> run.farness(x[0]) + run.farness(x[1])));
        int tries = 0;
        for (int[] pair : pairs) {
            if (tries++ >= Witnesses.TRIES) {
                break;
            }
            Witness lower = claims.at(pair[0], false, ax.name, null, List.of());
            Witness higher = lower == null ? null : claims.at(pair[1], false, ax.name, null, List.of());
            if (higher != null) {
                claims.report("W118", Severity.WARNING, List.of(lower, higher), args);
                return;
            }
        }
        claims.drop("W118", args);
    }

    private static int indexOf(List<BigDecimal> values, BigDecimal v) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).compareTo(v) == 0) {
                return i;
            }
        }
        return -1;
    }
}
