package io.perfeval.core;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DerivedUnit;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The static checks every pack passes before it can be used, whether built by hand or compiled from the DSL: names
 * resolve and are unique, units agree, 分值 add up, grade bands tile the score range, measures are not circular.
 * Errors make the pack unusable; warnings (deductions that can exceed the 分值 without 扣完为止, unused data) are kept
 * on the pack and shown to its author.
 */
final class PackChecker extends RuleChecker {

    private final RulePack.Builder pack;

    private PackChecker(RulePack.Builder pack) {
        super(pack.sourceMap);
        this.pack = pack;
    }

    static List<Problem> check(RulePack.Builder pack) {
        PackChecker c = new PackChecker(pack);
        c.run();
        return Problem.sorted(c.problems);
    }

    private void run() {
        for (DataField f : pack.fields) {
            if (fields.putIfAbsent(f.name(), f) != null) {
                report("C010", Severity.ERROR, f.name(), f.name());
            }
        }
        for (Measure m : pack.measures) {
            if (fields.containsKey(m.name()) || measures.putIfAbsent(m.name(), m) != null) {
                report("C010", Severity.ERROR, m.name(), m.name());
            }
        }
        for (Measure m : pack.measures) {
            for (Expr e : RuleWalk.exprs(m.formula())) {
                if (e instanceof Expr.MaxScore) {
                    report("C016", Severity.ERROR, m.name(), m.name());
                }
            }
            DerivedUnit u = unitOf(m.formula(), m.name());
            if (u != null && !u.comparableWith(DerivedUnit.of(m.unit()))) {
                report("C013", Severity.ERROR, m.name(), m.name(), u, m.unit());
            }
        }
        checkCycles();
        Map<String, String> names = new HashMap<>();
        BigDecimal top = BigDecimal.ZERO;
        for (Indicator i : pack.indicators) {
            top = top.add(i.maxScore());
            indicator(i, i.name(), names);
        }
        if (pack.template != null) {
            top = top.add(pack.template.share()); // the project's own indicators divide the template's share
            TemplateChecks.check(pack.template, names, this::report);
        }
        if (top.compareTo(pack.totalScore) != 0) {
            report("C003", Severity.ERROR, "", Decimals.trim(top), Decimals.trim(pack.totalScore));
        }
        checkTotalCap();
        checkGrades();
        for (DataField f : pack.fields) {
            if (!used.contains(f.name())) {
                report("W104", Severity.WARNING, f.name(), f.name());
            }
        }
    }

    private void indicator(Indicator i, String path, Map<String, String> names) {
        String previous = names.putIfAbsent(i.name(), path);
        if (previous != null) {
            report("C001", Severity.ERROR, path, i.name(), previous);
        }
        if (i instanceof Indicator.Group g) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator c : g.children()) {
                sum = sum.add(c.maxScore());
                // concat, not +: the core is compiled with indy string concatenation, whose first use in a JVM
                // costs about 10 ms of method-handle set-up, paid by the first pack compile (BENCHMARKS.md, issue 8)
                indicator(c, path.concat("/").concat(c.name()), names);
            }
            if (sum.compareTo(g.maxScore()) != 0) {
                report("C002", Severity.ERROR, path, g.name(), Decimals.trim(g.maxScore()), Decimals.trim(sum));
            }
        } else {
            leaf((Indicator.Leaf) i, path);
        }
    }

    private void checkCycles() {
        Map<String, Integer> state = new HashMap<>();
        for (Measure m : pack.measures) {
            visit(m.name(), state, new ArrayList<>());
        }
    }

    private void visit(String name, Map<String, Integer> state, List<String> stack) {
        Measure m = measures.get(name);
        if (m == null) {
            return;
        }
        Integer s = state.get(name);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(name), stack.size()));
            cycle.add(name);
            report("C007", Severity.ERROR, name, String.join(" → ", cycle));
            return;
        }
        state.put(name, 1);
        stack.add(name);
        for (Expr e : RuleWalk.exprs(m.formula())) {
            if (e instanceof Expr.Ref r) {
                used.add(r.name());
                visit(r.name(), state, stack);
            }
        }
        stack.remove(stack.size() - 1);
        state.put(name, 2);
    }

    /** 总分上限 is for packs whose bonus points may lift the total, and lies at or above the 总分. */
    private void checkTotalCap() {
        if (pack.maxTotal == null) {
            return;
        }
        if (pack.bonusPolicy != BonusPolicy.ABOVE_MAX) {
            report("C021", Severity.ERROR, "", Decimals.trim(pack.maxTotal));
        }
        if (pack.maxTotal.compareTo(pack.totalScore) < 0) {
            report("C020", Severity.ERROR, "", Decimals.trim(pack.maxTotal), Decimals.trim(pack.totalScore));
        }
    }

    /**
     * Grade bands must cover every total exactly once: [0, 总分], and where bonus points may lift the total
     * ({@link BonusPolicy#ABOVE_MAX}) up to the 总分上限, or with no 总分上限 every total above the 总分 too (an open top
     * band). Bands are intervals, so it suffices to test every bound, a point between each pair of neighbouring
     * bounds and, for an open top, a point above them all.
     */
    private void checkGrades() {
        boolean above = pack.bonusPolicy == BonusPolicy.ABOVE_MAX;
        BigDecimal top = above && pack.maxTotal != null && pack.maxTotal.compareTo(pack.totalScore) > 0
                ? pack.maxTotal : pack.totalScore;
        TreeSet<BigDecimal> points = new TreeSet<>();
        points.add(BigDecimal.ZERO);
        points.add(top);
        BigDecimal highest = top;
        GradeScale scale = pack.gradeScale();
        if (scale.isEmpty()) {
            return; // no grades: nothing to tile
        }
        for (GradeBand b : scale.bands()) {
            for (BigDecimal bound : new BigDecimal[] {b.lower(), b.upper()}) {
                if (bound != null && bound.signum() >= 0 && bound.compareTo(top) <= 0) {
                    points.add(bound);
                }
                if (bound != null && bound.compareTo(highest) > 0) {
                    highest = bound;
                }
            }
        }
        List<BigDecimal> probes = new ArrayList<>();
        BigDecimal previous = null;
        for (BigDecimal p : points) {
            if (previous != null) {
                probes.add(previous.add(p).divide(BigDecimal.valueOf(2)));
            }
            probes.add(p);
            previous = p;
        }
        if (above && pack.maxTotal == null) {
            // no cap on the total: some band must take every total above the highest bound
            probes.add(highest.add(BigDecimal.ONE));
        }
        for (BigDecimal p : probes) {
            List<String> covering = new ArrayList<>();
            for (GradeBand b : scale.bands()) {
                if (b.contains(p)) {
                    covering.add(b.name());
                }
            }
            if (covering.size() != 1) {
                report("C008", Severity.ERROR, "等级", Decimals.trim(p),
                        covering.isEmpty() ? "无" : String.join("、", covering));
            }
        }
    }
}
