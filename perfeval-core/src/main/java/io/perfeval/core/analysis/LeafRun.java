package io.perfeval.core.analysis;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Enumerates one leaf's lattice and turns what it saw into a summary and findings. */
final class LeafRun {

    private final LeafAnalyzer a;
    private final String path;
    private final Set<String> already;
    private final SourceLocation where;
    private final List<LeafAnalyzer.AxisBuilder> axes;
    private final int atomCount;
    final List<Problem> findings = new ArrayList<>();

    private Outcome[] outcomes;
    private final Map<Rule.Cases, boolean[]> fired = new IdentityHashMap<>();
    private final Map<String, List<Integer>> overlapAt = new LinkedHashMap<>();
    private final Map<String, Evaluator.Overlap> overlapFirst = new HashMap<>();
    private int overflowAt = -1;
    private BigDecimal overflowAmount;

    LeafRun(LeafAnalyzer a, String path, Set<String> already) {
        this.a = a;
        this.path = path;
        this.already = already;
        this.where = a.pack.sourceMap().get(path);
        this.axes = new ArrayList<>(a.axes.values());
        this.atomCount = a.atoms.size();
    }

    LeafSummary run() {
        long total = a.combinations();
        if (total > LeafAnalyzer.LIMIT || atomCount > 30) {
            report("W121", Severity.INFO, total, LeafAnalyzer.LIMIT);
            return new LeafSummary(path, a.max, false, null, null, Map.of(), names());
        }
        outcomes = new Outcome[(int) total];
        for (int idx = 0; idx < total; idx++) {
            Evaluator ev = new Evaluator(a, point(idx));
            outcomes[idx] = ev.evaluate();
            for (Map.Entry<Rule.Cases, Integer> f : ev.firedClauses) {
                fired.computeIfAbsent(f.getKey(), k -> new boolean[k.cases().size() + 1])[f.getValue()] = true;
            }
            for (Evaluator.Overlap o : ev.overlaps) {
                String key = System.identityHashCode(o.cases()) + ":" + o.first() + ":" + o.later();
                overlapAt.computeIfAbsent(key, k -> new ArrayList<>()).add(idx);
                overlapFirst.putIfAbsent(key, o);
            }
            if (ev.overflow && overflowAt < 0) {
                overflowAt = idx;
                overflowAmount = ev.overflowAmount;
            }
        }
        BigDecimal min = null;
        BigDecimal max = null;
        List<Integer> noRule = new ArrayList<>();
        List<Integer> overCap = new ArrayList<>();
        for (int idx = 0; idx < outcomes.length; idx++) {
            Outcome o = outcomes[idx];
            if (o.reachable()) {
                min = min == null ? o.lo() : min.min(o.lo());
                max = max == null ? o.hi() : max.max(o.hi());
            } else if (o.kind() == Outcome.Kind.NO_RULE) {
                noRule.add(idx);
            } else if (o.kind() == Outcome.Kind.OVER_CAP) {
                overCap.add(idx);
            }
        }
        rangeFindings(min, max);
        if (!noRule.isEmpty()) {
            report("W114", Severity.WARNING, where(noRule));
        }
        if (!overCap.isEmpty()) {
            report("W119", Severity.WARNING, where(overCap), Decimals.trim(a.max));
        }
        for (Map.Entry<String, List<Integer>> e : overlapAt.entrySet()) {
            Evaluator.Overlap o = overlapFirst.get(e.getKey());
            report("W115", Severity.WARNING, o.first() + 1, o.later() + 1, where(e.getValue()),
                    o.firstOutcome().display(), o.laterOutcome().display());
        }
        deadClauses();
        Map<String, Trend> trends = new LinkedHashMap<>();
        for (int j = 0; j < axes.size(); j++) {
            trends.put(axes.get(j).name, trend(j));
            jumps(j);
            wording(axes.get(j).name, trends.get(axes.get(j).name));
        }
        return new LeafSummary(path, a.max, true, min, max, trends, names());
    }

    private List<String> names() {
        return axes.stream().map(x -> x.name).toList();
    }

    private void rangeFindings(BigDecimal min, BigDecimal max) {
        if (overflowAt >= 0 && !already.contains("W101|" + path)) {
            report("W111", Severity.WARNING, Decimals.trim(overflowAmount), Decimals.trim(a.max), describe(overflowAt));
        }
        if (max != null && max.compareTo(a.max) < 0) {
            report("W112", Severity.WARNING, Decimals.trim(max), Decimals.trim(a.max));
        }
        if (min != null && min.signum() > 0 && !already.contains("W102|" + path)) {
            report("W113", Severity.WARNING, Decimals.trim(min));
        }
    }

    private void deadClauses() {
        for (Rule r : LeafAnalyzer.rules(a.leaf.rule())) {
            if (!(r instanceof Rule.Cases c)) {
                continue;
            }
            boolean[] f = fired.get(c);
            if (f == null) {
                continue; // never reached at all: the clause above it is the one reported
            }
            for (int i = 0; i < c.cases().size(); i++) {
                if (!f[i]) {
                    report("W116", Severity.WARNING, i + 1, text(c.cases().get(i).when()));
                }
            }
            if (!f[c.cases().size()] && !(c.otherwise() instanceof Rule.NoRule)) {
                report("W116", Severity.WARNING, c.cases().size() + 1, "否则");
            }
        }
    }

    // ---- lattice indexing ----

    private int position(int idx, int axis) {
        int rest = idx >> atomCount;
        for (int j = 0; j < axis; j++) {
            rest /= axes.get(j).candidates.size();
        }
        return rest % axes.get(axis).candidates.size();
    }

    private int stride(int axis) {
        int s = 1 << atomCount;
        for (int j = 0; j < axis; j++) {
            s *= axes.get(j).candidates.size();
        }
        return s;
    }

    private Evaluator.Point point(int idx) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int j = 0; j < axes.size(); j++) {
            values.put(axes.get(j).name, axes.get(j).candidates.get(position(idx, j)));
        }
        Map<Object, Boolean> atoms = new HashMap<>();
        for (int k = 0; k < atomCount; k++) {
            atoms.put(a.atoms.get(k), ((idx >> k) & 1) == 0);
        }
        return new Evaluator.Point(values, atoms);
    }

    /** Indices of every slice start along {@code axis}: all combinations with that axis at its first candidate. */
    private List<Integer> sliceStarts(int axis) {
        List<Integer> out = new ArrayList<>();
        for (int idx = 0; idx < outcomes.length; idx++) {
            if (position(idx, axis) == 0) {
                out.add(idx);
            }
        }
        return out;
    }

    // ---- trends, jumps, wording ----

    private Trend trend(int axis) {
        boolean up = false;
        boolean down = false;
        int n = axes.get(axis).candidates.size();
        int s = stride(axis);
        for (int start : sliceStarts(axis)) {
            for (int p = 1; p < n; p++) {
                Outcome x = outcomes[start + (p - 1) * s];
                Outcome y = outcomes[start + p * s];
                if (!x.reachable() || !y.reachable()) {
                    continue;
                }
                up |= y.lo().compareTo(x.lo()) > 0 || y.hi().compareTo(x.hi()) > 0;
                down |= y.lo().compareTo(x.lo()) < 0 || y.hi().compareTo(x.hi()) < 0;
            }
        }
        return Trend.of(up, down);
    }

    private void jumps(int axis) {
        LeafAnalyzer.AxisBuilder ax = axes.get(axis);
        int s = stride(axis);
        for (BigDecimal t : ax.thresholds) {
            int p = indexOf(ax.candidates, t);
            if (p < 2 || p + 2 >= ax.candidates.size()
                    || ax.candidates.get(p - 2).compareTo(t.subtract(ax.step.multiply(BigDecimal.valueOf(2)))) != 0
                    || ax.candidates.get(p + 2).compareTo(t.add(ax.step.multiply(BigDecimal.valueOf(2)))) != 0) {
                continue;
            }
            for (int start : sliceStarts(axis)) {
                Outcome[] o = new Outcome[5];
                boolean ok = true;
                for (int k = 0; k < 5; k++) {
                    o[k] = outcomes[start + (p - 2 + k) * s];
                    ok &= o[k].single();
                }
                if (!ok) {
                    continue;
                }
                BigDecimal left = o[2].raw().subtract(o[1].raw()).abs();
                BigDecimal right = o[3].raw().subtract(o[2].raw()).abs();
                BigDecimal usual = o[1].raw().subtract(o[0].raw()).abs().max(o[4].raw().subtract(o[3].raw()).abs());
                int from = left.compareTo(usual) > 0 ? 1 : right.compareTo(usual) > 0 ? 2 : -1;
                if (from < 0 || o[from].lo().compareTo(o[from + 1].lo()) == 0) {
                    continue;
                }
                report("W117", Severity.WARNING, ax.name, ax.show(t), ax.show(ax.candidates.get(p - 2 + from)),
                        o[from].display(), ax.show(ax.candidates.get(p - 1 + from)), o[from + 1].display(),
                        Decimals.trim(o[from + 1].lo().subtract(o[from].lo()).abs()));
                break;
            }
        }
    }

    private static int indexOf(List<BigDecimal> values, BigDecimal v) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).compareTo(v) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static final List<String> HIGHER_BETTER = List.of("完成率", "执行率", "覆盖率", "应用率", "满意度", "达标率",
            "合格率", "完成数", "件数", "次数", "篇数", "条数", "工单数");
    private static final List<String> LOWER_BETTER = List.of("调整率", "结余率", "结转率", "控制率", "偏差", "超支",
            "不合格", "投诉");

    /** The direction the wording implies: 1 higher is better, -1 lower is better, 0 unknown. */
    static int implied(String name) {
        for (String w : LOWER_BETTER) {
            if (name.contains(w)) {
                return -1;
            }
        }
        for (String w : HIGHER_BETTER) {
            if (name.contains(w)) {
                return 1;
            }
        }
        return 0;
    }

    private void wording(String axis, Trend trend) {
        int want = implied(axis);
        if (want > 0 && (trend == Trend.NON_INCREASING || trend == Trend.MIXED)) {
            report("W118", Severity.WARNING, axis, trend.chinese(), trend.english(), "高", "higher");
        } else if (want < 0 && (trend == Trend.NON_DECREASING || trend == Trend.MIXED)) {
            report("W118", Severity.WARNING, axis, trend.chinese(), trend.english(), "低", "lower");
        }
    }

    // ---- naming regions ----

    /** Where a set of lattice points lies: intervals of the only axis, or one example combination. */
    private String where(List<Integer> idxs) {
        if (axes.size() != 1) {
            return "例如 " + describe(idxs.get(0));
        }
        LeafAnalyzer.AxisBuilder ax = axes.get(0);
        int regions = 2 * ax.crit.size() + 1;
        boolean[] flagged = new boolean[regions];
        boolean[] present = new boolean[regions];
        for (BigDecimal c : ax.candidates) {
            present[ax.region(c)] = true;
        }
        for (int idx : idxs) {
            flagged[ax.region(ax.candidates.get(position(idx, 0)))] = true;
        }
        List<String> parts = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int r = 0; r < regions; r++) {
            if (flagged[r]) {
                if (start < 0) {
                    start = r;
                }
                last = r;
            } else if (present[r] && start >= 0) {
                parts.add(ax.interval(start, last));
                start = -1;
            }
        }
        if (start >= 0) {
            parts.add(ax.interval(start, last));
        }
        String text = ax.name + " " + String.join(" 或 ", parts);
        if (atomCount > 0) {
            text += "（在某些是否类答案下）";
        }
        return text;
    }

    private String describe(int idx) {
        Evaluator.Point p = point(idx);
        List<String> parts = new ArrayList<>();
        for (LeafAnalyzer.AxisBuilder ax : axes) {
            parts.add(ax.name + " = " + ax.show(p.values().get(ax.name)));
        }
        for (Object atom : a.atoms) {
            boolean yes = p.atoms().get(atom);
            if (atom instanceof String s && s.startsWith("yes:")) {
                parts.add(s.substring(4) + "：" + (yes ? "是" : "否"));
            } else if (atom instanceof String s && s.startsWith("item:")) {
                if (!yes) {
                    int hash = s.lastIndexOf('#');
                    parts.add(s.substring(5, hash) + "第" + s.substring(hash + 1) + "项不符合");
                }
            } else if (atom instanceof Condition c) {
                parts.add(text(c) + "：" + (yes ? "成立" : "不成立"));
            }
        }
        return String.join("，", parts);
    }

    static String text(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            return text(cmp.left()) + " " + cmp.op().symbol() + " " + text(cmp.right());
        } else if (c instanceof Condition.IsYes y) {
            return y.name();
        } else if (c instanceof Condition.AllItemsMet m) {
            return m.checklist() + (m.items().isEmpty() ? "全部" : "第" + m.items() + "项") + "符合";
        } else if (c instanceof Condition.All x) {
            return String.join(" 且 ", x.conditions().stream().map(LeafRun::text).toList());
        } else if (c instanceof Condition.Any x) {
            return String.join(" 或 ", x.conditions().stream().map(LeafRun::text).toList());
        } else if (c instanceof Condition.Not n) {
            return "非（" + text(n.condition()) + "）";
        }
        return c.toString();
    }

    private static String text(Expr e) {
        if (e instanceof Expr.Const k) {
            return k.quantity().display();
        } else if (e instanceof Expr.MaxScore) {
            return "分值";
        } else if (e instanceof Expr.Binary b) {
            return "(" + text(b.left()) + " " + b.op().symbol() + " " + text(b.right()) + ")";
        }
        String name = LeafAnalyzer.axisName(e);
        return name != null ? name : "…";
    }

    private void report(String code, Severity severity, Object... args) {
        findings.add(Problem.core(code, severity, path, where, args));
    }
}
