package io.perfeval.core.analysis;

import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exact static analysis of a compiled pack, beyond the checks every pack passes when it is built: for each 三级指标 the
 * lowest and highest score over the declared input domain, deductions that can exceed the 分值, scores that can never
 * reach full marks or zero, regions of a measure no clause covers or two clauses cover differently, clauses that
 * never fire, jumps of the score at thresholds, a direction of the score against what the wording states, and
 * measures nothing uses.
 *
 * <p>Rules are piecewise linear in a few numbers and every measure is rounded to its declared scale, so each leaf is
 * decided by visiting every piece at its ends, not by sampling (see {@link LeafAnalyzer}). The lattice takes the
 * numbers as independent, which they need not be (two measures of the same data), so <b>every finding that claims a
 * score, a range, a gap, a jump, an overlap or a direction carries a {@link Witness}</b>: an input inside the declared
 * domains on which {@link RulePack#evaluate} was run and gave what the finding says. A claim the evaluator does not
 * confirm is not made; it is kept in {@link #unconfirmed()} and counted per indicator (W123). The analysis's work is
 * bounded ({@link #analyze(RulePack, long)}): measures are expanded once each, and past the limit it stops and says
 * where (W122).
 *
 * <p>Findings are {@link Problem}s with W11x/W12x codes, placed through the pack's source map; findings the pack's own
 * checks already made (W101, W102) are not repeated. Running it is the author's choice (the CLI's {@code check}
 * does), so it costs nothing at pack build.
 *
 * <pre>{@code
 * PackAnalysis a = PackAnalysis.analyze(pack);
 * a.findings();                       // W117 资金结余结转率：结转结余率在 50% 处得分由 0.2 分跳到 0 分 …
 * a.witnessed().get(0).witnesses();   // the inputs that show it, each scored by the evaluator
 * a.leaf("资金结余结转率").orElseThrow().min();   // 0.00
 * }</pre>
 */
public final class PackAnalysis {

    private final List<Problem> findings;
    private final List<Finding> witnessed;
    private final List<Problem> unconfirmed;
    private final List<LeafSummary> leaves;
    private final Map<String, Axis> axes;
    private final Map<String, LeafAnalyzer> analyzers;
    private final Map<String, DataDomain.Range> lattice;

    private PackAnalysis(Run r) {
        List<Problem> all = new ArrayList<>(r.pack.warnings());
        for (Finding f : r.witnessed) {
            all.add(f.problem());
        }
        this.findings = Problem.sorted(all);
        this.witnessed = List.copyOf(r.witnessed);
        this.unconfirmed = List.copyOf(r.unconfirmed);
        this.leaves = List.copyOf(r.leaves);
        this.axes = Collections.unmodifiableMap(new LinkedHashMap<>(r.axes));
        this.analyzers = r.analyzers;
        this.lattice = r.lattice;
        for (LeafAnalyzer a : analyzers.values()) {
            a.budget = Budget.unlimited();
        }
    }

    /** Analyses every leaf of {@code pack} within the default work limit. Pure: the same pack gives the same result. */
    public static PackAnalysis analyze(RulePack pack) {
        return analyze(pack, Budget.DEFAULT_LIMIT);
    }

    /**
     * Analyses every leaf of {@code pack}, stopping once the work exceeds {@code workLimit} steps (a rule node
     * evaluated, a datum solved for; an evaluation run to confirm a witness counts as many steps as the pack has
     * parts). Where it stopped is finding W122; the leaves after it are not exhaustive. The default limit is about a
     * hundred times what the 33 indicators of the Shijiazhuang pack take.
     */
    public static PackAnalysis analyze(RulePack pack, long workLimit) {
        Run r = new Run(pack, new Budget(workLimit));
        r.all();
        return new PackAnalysis(r);
    }

    /**
     * Every finding, sorted by place: the warnings the pack's own checks found when it was built (W101, W102, W104),
     * then the analysis's, so this is the whole list an author reads.
     */
    public List<Problem> findings() {
        return findings;
    }

    /** The analysis's own findings (not the pack's build warnings), each with the witnesses that show it. */
    public List<Finding> witnessed() {
        return witnessed;
    }

    /**
     * Claims the lattice suggested but the evaluator did not confirm on any input built for them (the lattice's
     * numbers were not jointly reachable, or the evaluator gives something else): not among the findings.
     */
    public List<Problem> unconfirmed() {
        return unconfirmed;
    }

    /** One summary per 三级指标, in table order. */
    public List<LeafSummary> leaves() {
        return leaves;
    }

    public Optional<LeafSummary> leaf(String name) {
        return leaves.stream().filter(l -> l.path().equals(name) || l.path().endsWith("/" + name)).findFirst();
    }

    /**
     * The lowest and highest score the rule of indicator {@code name} gives at the points of its lattice, as the rule's
     * semantics say (a formula without a cap that goes over the 分值 reaches it): what {@link LeafSummary#min()} and
     * {@link LeafSummary#max()} are once witnesses confirm them. Empty when the rule was not enumerated or gives no
     * score anywhere. This is the one place a range is given without a witness, for rules the evaluator cannot score
     * yet (levels, awards, bonuses, limited deductions, discretion within a tier) and for tests of the lattice.
     */
    public Optional<DataDomain.Range> latticeRange(String name) {
        for (Map.Entry<String, DataDomain.Range> e : lattice.entrySet()) {
            if (e.getKey().equals(name) || e.getKey().endsWith("/" + name)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
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
     * The score the rule of indicator {@code name} gives at {@code point} (a value for every one of its axes) with the
     * yes/no facts it reads answered by {@code answers}: a yes/no datum by its name (按时上报 → true for 是), a checklist
     * item as 「清单名#项号」 (资料#2 → true for 符合). Empty when something the rule reads is left out, it compares two
     * numbers with each other, or it gives no single score there.
     */
    public Optional<BigDecimal> predict(String name, Map<String, BigDecimal> point, Map<String, Boolean> answers) {
        LeafAnalyzer a = analyzers.get(name);
        if (a == null || !a.axes.keySet().equals(point.keySet())) {
            return Optional.empty();
        }
        Map<Object, Boolean> atoms = new HashMap<>();
        for (Object atom : a.atoms) {
            Boolean v = atom instanceof String key ? answers.get(answerName(key)) : null;
            if (v == null) {
                return Optional.empty();
            }
            atoms.put(atom, v);
        }
        Outcome o = new Evaluator(a, new Evaluator.Point(Map.copyOf(point), atoms)).evaluate();
        return o.single() ? Optional.of(o.lo()) : Optional.empty();
    }

    /**
     * The yes/no facts the rule of indicator {@code name} reads, named as {@link #predict(String, Map, Map)} takes
     * them (按时上报, 资料#2); a comparison of two numbers is no such fact and is left out. Empty for an unknown name.
     */
    public List<String> answers(String name) {
        LeafAnalyzer a = analyzers.get(name);
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (Object atom : a.atoms) {
                if (atom instanceof String key) {
                    out.add(answerName(key));
                }
            }
        }
        return out;
    }

    private static String answerName(String atom) {
        return atom.startsWith("yes:") ? atom.substring(4) : atom.substring(5);
    }

    /**
     * The direction indicator {@code name}'s wording states for number {@code axis}: 「…越高越好」 or 「…越少越好」 in its
     * 指标内容 or 评价标准, or else comparisons that give full marks one way and nothing the other (「≥95%得满分」), or
     * step deductions below or above a reference. Empty when the wording states none — a name alone never does.
     */
    public Optional<Trend> statedTrend(String name, String axis) {
        LeafAnalyzer a = analyzers.get(name);
        int d = a == null ? 0 : Wording.stated(a.leaf, axis);
        return d == 0 ? Optional.empty() : Optional.of(d > 0 ? Trend.NON_DECREASING : Trend.NON_INCREASING);
    }

    /**
     * A guess from a number's name alone: a higher 完成率, 执行率, 覆盖率, 满意度 or count of work done is better; a
     * higher 调整率, 结转结余率 or 控制率 is worse; empty when the name says nothing. The analysis does not use it —
     * W118 needs the wording to state a direction ({@link #statedTrend}); it is kept for callers that want the guess.
     */
    public static Optional<Trend> impliedTrend(String name) {
        int d = Names.implied(name);
        return d == 0 ? Optional.empty() : Optional.of(d > 0 ? Trend.NON_DECREASING : Trend.NON_INCREASING);
    }

    /** One analysis in progress: the pack, its work budget, and what has been found so far. */
    private static final class Run {
        final RulePack pack;
        final Budget budget;
        final Domains domains;
        final Witnesses witnesses;
        final Set<String> already = new HashSet<>();
        final List<Finding> witnessed = new ArrayList<>();
        final List<Problem> unconfirmed = new ArrayList<>();
        final List<LeafSummary> leaves = new ArrayList<>();
        final Map<String, Axis> axes = new LinkedHashMap<>();
        final Map<String, LeafAnalyzer> analyzers = new HashMap<>();
        final Map<String, DataDomain.Range> lattice = new LinkedHashMap<>();
        boolean stopped;

        Run(RulePack pack, Budget budget) {
            this.pack = pack;
            this.budget = budget;
            this.domains = new Domains(pack, budget);
            this.witnesses = new Witnesses(pack, budget);
            for (Problem w : pack.warnings()) {
                already.add(w.code() + "|" + w.subject());
            }
        }

        void all() {
            for (Map.Entry<String, Indicator.Leaf> e : paths(pack).entrySet()) {
                if (stopped) {
                    leaves.add(new LeafSummary(e.getKey(), e.getValue().maxScore(), false, null, null, Map.of(),
                            List.of()));
                    continue;
                }
                try {
                    leaf(e.getKey(), e.getValue());
                } catch (Budget.Exceeded x) {
                    stopped = true;
                    witnessed.add(new Finding(Problem.core("W122", Severity.INFO, e.getKey(),
                            pack.sourceMap().get(e.getKey()), budget.limit()), List.of()));
                    leaves.add(new LeafSummary(e.getKey(), e.getValue().maxScore(), false, null, null, Map.of(),
                            List.of()));
                }
            }
            if (!stopped) {
                unusedMeasures();
            }
        }

        private void leaf(String path, Indicator.Leaf leaf) {
            LeafAnalyzer a = new LeafAnalyzer(pack, leaf, domains, budget);
            a.collect();
            long total = a.combinations();
            List<String> names = new ArrayList<>(a.axes.keySet());
            if (total > LeafAnalyzer.LIMIT || a.atoms.size() > 30) {
                witnessed.add(new Finding(Problem.core("W121", Severity.INFO, path, pack.sourceMap().get(path), total,
                        LeafAnalyzer.LIMIT), List.of()));
                leaves.add(new LeafSummary(path, leaf.maxScore(), false, null, null, Map.of(), names));
            } else {
                LeafRun run = new LeafRun(a, path);
                run.run(total);
                LeafClaims claims = new LeafClaims(run, witnesses, already);
                leaves.add(claims.claim());
                if (claims.latticeMin != null) {
                    lattice.put(path, new DataDomain.Range(claims.latticeMin, claims.latticeMax));
                }
                witnessed.addAll(claims.findings);
                unconfirmed.addAll(claims.unconfirmed);
                if (!claims.unconfirmed.isEmpty()) {
                    Set<String> codes = new TreeSet<>();
                    claims.unconfirmed.forEach(p -> codes.add(p.code()));
                    witnessed.add(new Finding(Problem.core("W123", Severity.INFO, path, pack.sourceMap().get(path),
                            claims.unconfirmed.size(), String.join("、", codes)), List.of()));
                }
            }
            for (AxisBuilder b : a.axes.values()) {
                axes.merge(b.name, b.toAxis(), PackAnalysis::mergeAxes);
            }
            analyzers.put(leaf.name(), a);
        }

        /** Measures no rule compares and no used measure is computed from: shown to reviewers, or forgotten. */
        private void unusedMeasures() {
            Set<String> used = new HashSet<>();
            List<String> work = new ArrayList<>();
            for (Indicator.Leaf l : pack.leaves()) {
                work.addAll(Rules.refs(l.rule()));
            }
            while (!work.isEmpty()) {
                String n = work.remove(work.size() - 1);
                if (used.add(n)) {
                    pack.measure(n).ifPresent(m -> Rules.refs(m.formula(), work));
                }
            }
            for (Measure m : pack.measures()) {
                if (!used.contains(m.name())) {
                    witnessed.add(new Finding(Problem.core("W120", Severity.INFO, m.name(),
                            pack.sourceMap().get(m.name()), m.name()), List.of()));
                }
            }
        }
    }

    private static Axis mergeAxes(Axis a, Axis b) {
        TreeSet<BigDecimal> t = new TreeSet<>(a.thresholds());
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
}
