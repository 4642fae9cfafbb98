package io.perfeval.core.analysis;

import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exact static analysis of a compiled pack, beyond the checks every pack passes when it is built: for each 三级指标 the
 * exact lowest and highest score over the declared input domain, deductions that can exceed the 分值, scores that can
 * never reach full marks or zero, regions of a measure no clause covers or two clauses cover differently, clauses that
 * never fire, jumps of the score at thresholds, the direction of the score in each measure against the indicator's
 * wording, and measures nothing uses.
 *
 * <p>Rules are piecewise linear in a few numbers and every measure is rounded to its declared scale, so this is
 * decided by visiting every piece at its ends, not by sampling (see {@link LeafAnalyzer}). Findings are
 * {@link Problem}s with W11x/W12x codes, placed through the pack's source map; findings the pack's own checks already
 * made (W101, W102) are not repeated. Running it is the author's choice (the CLI's {@code check} does), so it costs
 * nothing at pack build.
 *
 * <pre>{@code
 * PackAnalysis a = PackAnalysis.analyze(pack);
 * a.findings();                       // W117 资金结余结转率：结转结余率在 50% 处得分由 0.2 分跳到 0 分 …
 * a.leaf("资金结余结转率").orElseThrow().min();   // 0.00
 * }</pre>
 */
public final class PackAnalysis {

    private final List<Problem> findings;
    private final List<LeafSummary> leaves;
    private final Map<String, Axis> axes;
    private final Map<String, LeafAnalyzer> analyzers;

    private PackAnalysis(List<Problem> findings, List<LeafSummary> leaves, Map<String, Axis> axes,
                         Map<String, LeafAnalyzer> analyzers) {
        this.findings = Problem.sorted(findings);
        this.leaves = List.copyOf(leaves);
        this.axes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(axes));
        this.analyzers = analyzers;
    }

    /** Analyses every leaf of {@code pack}. Pure: the same pack always gives the same findings. */
    public static PackAnalysis analyze(RulePack pack) {
        Set<String> already = new HashSet<>();
        for (Problem w : pack.warnings()) {
            already.add(w.code() + "|" + w.subject());
        }
        List<Problem> findings = new ArrayList<>(pack.warnings());
        List<LeafSummary> leaves = new ArrayList<>();
        Map<String, Axis> axes = new LinkedHashMap<>();
        Map<String, LeafAnalyzer> analyzers = new HashMap<>();
        for (Map.Entry<String, Indicator.Leaf> e : paths(pack).entrySet()) {
            LeafAnalyzer a = new LeafAnalyzer(pack, e.getValue());
            a.collect();
            LeafRun run = new LeafRun(a, e.getKey(), already);
            leaves.add(run.run());
            findings.addAll(run.findings);
            for (LeafAnalyzer.AxisBuilder b : a.axes.values()) {
                axes.merge(b.name, b.toAxis(), PackAnalysis::mergeAxes);
            }
            analyzers.put(e.getValue().name(), a);
        }
        unusedMeasures(pack, findings);
        return new PackAnalysis(findings, leaves, axes, analyzers);
    }

    /**
     * Every finding, sorted by place: the warnings the pack's own checks found when it was built (W101, W102, W104),
     * then the analysis's, so this is the whole list an author reads.
     */
    public List<Problem> findings() {
        return findings;
    }

    /** One summary per 三级指标, in table order. */
    public List<LeafSummary> leaves() {
        return leaves;
    }

    public Optional<LeafSummary> leaf(String name) {
        return leaves.stream().filter(l -> l.path().equals(name) || l.path().endsWith("/" + name)).findFirst();
    }

    /** Every number the rules compare with thresholds, with all its thresholds, by name. */
    public Map<String, Axis> axes() {
        return axes;
    }

    /**
     * The score the rule of indicator {@code name} gives when its only axis {@code axis} has {@code value} (in the
     * axis's unit), as the evaluator would give it; empty when the rule depends on anything else (another number, a
     * yes/no answer, a judgement) or gives no score there.
     */
    public Optional<BigDecimal> predict(String name, String axis, BigDecimal value) {
        LeafAnalyzer a = analyzers.get(name);
        if (a == null || a.axes.size() != 1) {
            return Optional.empty();
        }
        return predict(name, Map.of(axis, value));
    }

    /**
     * The score the rule of indicator {@code name} gives at {@code point}, a value for every one of its axes (a rate and
     * the denominator its 不适用条件 tests, say); empty when the point leaves out an axis, the rule also depends on a
     * yes/no answer or a judgement, or it gives no single score there.
     */
    public Optional<BigDecimal> predict(String name, Map<String, BigDecimal> point) {
        LeafAnalyzer a = analyzers.get(name);
        if (a == null || !a.atoms.isEmpty() || !a.axes.keySet().equals(point.keySet())) {
            return Optional.empty();
        }
        Outcome o = new Evaluator(a, new Evaluator.Point(Map.copyOf(point), Map.of())).evaluate();
        return o.single() ? Optional.of(o.lo()) : Optional.empty();
    }

    /**
     * The direction an indicator's wording implies for a number named {@code name}: a higher 完成率, 执行率, 覆盖率,
     * 满意度 or count of work done is better ({@link Trend#NON_DECREASING}); a higher 调整率, 结转结余率 or 控制率 is
     * worse ({@link Trend#NON_INCREASING}); empty when the name says nothing.
     */
    public static Optional<Trend> impliedTrend(String name) {
        int d = LeafRun.implied(name);
        return d == 0 ? Optional.empty() : Optional.of(d > 0 ? Trend.NON_DECREASING : Trend.NON_INCREASING);
    }

    private static Axis mergeAxes(Axis a, Axis b) {
        java.util.TreeSet<BigDecimal> t = new java.util.TreeSet<>(a.thresholds());
        t.addAll(b.thresholds());
        return new Axis(a.name(), a.unit(), a.step(), List.copyOf(t), a.lower(), a.upper());
    }

    private static Map<String, Indicator.Leaf> paths(RulePack pack) {
        Map<String, Indicator.Leaf> out = new LinkedHashMap<>();
        for (Indicator i : pack.indicators()) {
            paths(i, i.name(), out);
        }
        return out;
    }

    private static void paths(Indicator i, String path, Map<String, Indicator.Leaf> out) {
        if (i instanceof Indicator.Group g) {
            for (Indicator c : g.children()) {
                paths(c, path + "/" + c.name(), out);
            }
        } else {
            out.put(path, (Indicator.Leaf) i);
        }
    }

    /** Measures no rule compares and no used measure is computed from: shown to reviewers, or forgotten. */
    private static void unusedMeasures(RulePack pack, List<Problem> findings) {
        Set<String> used = new HashSet<>();
        List<String> work = new ArrayList<>();
        for (Indicator.Leaf l : pack.leaves()) {
            for (Rule r : LeafAnalyzer.rules(l.rule())) {
                refs(r, work);
            }
        }
        while (!work.isEmpty()) {
            String n = work.remove(work.size() - 1);
            if (used.add(n)) {
                pack.measure(n).ifPresent(m -> refs(m.formula(), work));
            }
        }
        for (Measure m : pack.measures()) {
            if (!used.contains(m.name())) {
                findings.add(Problem.core("W120", Severity.INFO, m.name(), pack.sourceMap().get(m.name()), m.name()));
            }
        }
    }

    private static void refs(Rule r, List<String> out) {
        if (r instanceof Rule.Cases c) {
            c.cases().forEach(k -> refs(k.when(), out));
        } else if (r instanceof Rule.Formula f) {
            refs(f.score(), out);
        } else if (r instanceof Rule.Deduct d) {
            for (DeductionTerm t : d.terms()) {
                if (t instanceof DeductionTerm.PerCount pc) {
                    refs(pc.count(), out);
                } else if (t instanceof DeductionTerm.PerStep ps) {
                    refs(ps.measure(), out);
                    refs(ps.reference(), out);
                }
            }
        }
    }

    private static void refs(Condition c, List<String> out) {
        if (c instanceof Condition.Compare cmp) {
            refs(cmp.left(), out);
            refs(cmp.right(), out);
        } else if (c instanceof Condition.All a) {
            a.conditions().forEach(x -> refs(x, out));
        } else if (c instanceof Condition.Any a) {
            a.conditions().forEach(x -> refs(x, out));
        } else if (c instanceof Condition.Not n) {
            refs(n.condition(), out);
        }
    }

    private static void refs(Expr e, List<String> out) {
        if (e instanceof Expr.Ref r) {
            out.add(r.name());
        } else if (e instanceof Expr.Binary b) {
            refs(b.left(), out);
            refs(b.right(), out);
        } else if (e instanceof Expr.CountOf c) {
            c.conditions().forEach(x -> refs(x, out));
        }
    }
}
