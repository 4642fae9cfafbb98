package io.perfeval.core;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The static checks every pack passes before it can be used, whether built by hand or compiled from the DSL: names
 * resolve and are unique, units agree, 分值 add up, grade bands tile the score range, measures are not circular.
 * Errors make the pack unusable; warnings (deductions that can exceed the 分值 without 扣完为止, unused data) are kept
 * on the pack and shown to its author.
 */
final class PackChecker {

    private final RulePack.Builder pack;
    private final Map<String, SourceLocation> sources;
    private final Map<String, DataField> fields = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    private PackChecker(RulePack.Builder pack) {
        this.pack = pack;
        this.sources = pack.sourceMap;
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
            Unit u = unitOf(m.formula(), m.name());
            if (u != null && !u.comparableWith(m.unit())) {
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
        if (top.compareTo(pack.totalScore) != 0) {
            report("C003", Severity.ERROR, "", Decimals.trim(top), Decimals.trim(pack.totalScore));
        }
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

    private void leaf(Indicator.Leaf leaf, String path) {
        for (Condition c : RuleWalk.conditions(leaf.rule())) {
            checkCondition(c, path);
        }
        for (Rule r : RuleWalk.rules(leaf.rule())) {
            if (r instanceof Rule.Formula f) {
                Unit u = unitOf(f.score(), path);
                if (u != null && u.dimension() != Dimension.SCORE) {
                    report("C011", Severity.ERROR, path, ExprText.symbolic(f.score()), u);
                }
            } else if (r instanceof Rule.Deduct d) {
                deduct(d, leaf, path);
            } else if (r instanceof Rule.Judgement j) {
                BigDecimal lo = j.min().resolve(leaf.maxScore());
                BigDecimal hi = j.max().resolve(leaf.maxScore());
                if (lo.compareTo(hi) > 0 || hi.compareTo(leaf.maxScore()) > 0) {
                    report("C014", Severity.ERROR, path, Decimals.trim(lo), Decimals.trim(hi),
                            Decimals.trim(leaf.maxScore()));
                }
            }
        }
    }

    private void deduct(Rule.Deduct d, Indicator.Leaf leaf, String path) {
        BigDecimal most = BigDecimal.ZERO;
        boolean bounded = true;
        for (DeductionTerm t : d.terms()) {
            if (t instanceof DeductionTerm.PerCount pc) {
                Unit u = unitOf(pc.count(), path);
                if (u != null && u.dimension() != Dimension.COUNT && u.dimension() != Dimension.RATIO) {
                    report("C006", Severity.ERROR, path, ExprText.symbolic(pc.count()), "项");
                }
                Integer bound = countBound(pc.count());
                if (bound == null) {
                    bounded = false;
                } else {
                    most = most.add(pc.each().resolve(leaf.maxScore()).multiply(BigDecimal.valueOf(bound)));
                }
            } else if (t instanceof DeductionTerm.PerStep ps) {
                Unit m = unitOf(ps.measure(), path);
                Unit r = unitOf(ps.reference(), path);
                if (m != null && r != null && !m.comparableWith(r)) {
                    report("C006", Severity.ERROR, path, m, r);
                } else if (m != null && !m.comparableWith(ps.step().unit())) {
                    report("C006", Severity.ERROR, path, m, ps.step().unit());
                }
                bounded = false;
            }
        }
        if (!bounded) {
            return;
        }
        most = most.stripTrailingZeros();
        if (most.compareTo(leaf.maxScore()) > 0 && !d.floorAtZero()) {
            report("W101", Severity.WARNING, path, Decimals.trim(most), Decimals.trim(leaf.maxScore()));
        } else if (most.compareTo(leaf.maxScore()) < 0 && d.terms().size() == 1) {
            report("W102", Severity.WARNING, path, Decimals.trim(most),
                    Decimals.trim(leaf.maxScore().subtract(most)));
        }
    }

    /** The largest value a count can take, or null when the count is not bounded by the pack. */
    private Integer countBound(Expr count) {
        if (count instanceof Expr.CountOf c) {
            return c.conditions().size();
        } else if (count instanceof Expr.FailedItems f) {
            DataField field = fields.get(f.checklist());
            if (field == null) {
                return null;
            }
            return f.items().isEmpty() ? field.items().size() : f.items().size();
        }
        return null;
    }

    private void checkCondition(Condition c, String subject) {
        if (c instanceof Condition.Compare cmp) {
            Unit l = unitOf(cmp.left(), subject);
            Unit r = unitOf(cmp.right(), subject);
            if (l != null && r != null && !l.comparableWith(r)) {
                report("C006", Severity.ERROR, subject, ExprText.condition(c), l + " / " + r);
            }
        } else if (c instanceof Condition.IsYes y) {
            requireKind(y.name(), DataType.YES_NO, subject);
        } else if (c instanceof Condition.AllItemsMet a) {
            checkItems(a.checklist(), a.items(), subject);
        }
    }

    /** The unit an expression yields, reporting what is wrong with it; null when it cannot be known. */
    private Unit unitOf(Expr e, String subject) {
        if (e instanceof Expr.Const c) {
            return c.quantity().unit();
        } else if (e instanceof Expr.MaxScore) {
            return Unit.POINT;
        } else if (e instanceof Expr.Ref r) {
            used.add(r.name());
            DataField f = fields.get(r.name());
            if (f != null) {
                if (!f.type().isNumeric()) {
                    report("C005", Severity.ERROR, subject, r.name(), f.type().chinese(), "数值");
                    return null;
                }
                return f.unit();
            }
            Measure m = measures.get(r.name());
            if (m != null) {
                return m.unit();
            }
            unknown(r.name(), subject);
            return null;
        } else if (e instanceof Expr.PeriodValue p) {
            if (requireKind(p.series(), DataType.SERIES, subject)) {
                DataField f = fields.get(p.series());
                if (!f.periods().contains(p.period())) {
                    report("C012", Severity.ERROR, subject, p.series(), p.period(), String.join("、", f.periods()));
                }
                return f.unit();
            }
            return null;
        } else if (e instanceof Expr.Binary b) {
            Unit l = unitOf(b.left(), subject);
            Unit r = unitOf(b.right(), subject);
            if (l == null || r == null) {
                return null;
            }
            Unit u = UnitAlgebra.result(b.op(), l, r);
            if (u == null) {
                report("C006", Severity.ERROR, subject, ExprText.symbolic(b), l + " " + b.op().symbol() + " " + r);
            }
            return u;
        } else if (e instanceof Expr.CountOf c) {
            for (Condition x : c.conditions()) {
                for (Condition y : RuleWalk.conditions(x)) {
                    checkCondition(y, subject);
                }
            }
            return Unit.count("项");
        } else if (e instanceof Expr.FailedItems f) {
            checkItems(f.checklist(), f.items(), subject);
            return Unit.count("项");
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private void checkItems(String checklist, List<Integer> items, String subject) {
        if (!requireKind(checklist, DataType.CHECKLIST, subject)) {
            return;
        }
        int size = fields.get(checklist).items().size();
        for (Integer item : items) {
            if (item > size) {
                report("C009", Severity.ERROR, subject, checklist, item, size);
            }
        }
    }

    private boolean requireKind(String name, DataType type, String subject) {
        used.add(name);
        DataField f = fields.get(name);
        if (f == null) {
            unknown(name, subject);
            return false;
        }
        if (f.type() != type) {
            report("C005", Severity.ERROR, subject, name, f.type().chinese(), type.chinese());
            return false;
        }
        return true;
    }

    private void unknown(String name, String subject) {
        List<String> known = new ArrayList<>(fields.keySet());
        known.addAll(measures.keySet());
        report("C004", Severity.ERROR, subject, name, Suggestions.closest(name, known));
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

    /**
     * Grade bands must cover [0, total] exactly once. Bands are intervals, so it suffices to test every bound and a
     * point between each pair of neighbouring bounds.
     */
    private void checkGrades() {
        TreeSet<BigDecimal> points = new TreeSet<>();
        points.add(BigDecimal.ZERO);
        points.add(pack.totalScore);
        for (GradeBand b : pack.grades.bands()) {
            if (b.lower() != null && b.lower().signum() >= 0 && b.lower().compareTo(pack.totalScore) <= 0) {
                points.add(b.lower());
            }
            if (b.upper() != null && b.upper().signum() >= 0 && b.upper().compareTo(pack.totalScore) <= 0) {
                points.add(b.upper());
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
        for (BigDecimal p : probes) {
            List<String> covering = new ArrayList<>();
            for (GradeBand b : pack.grades.bands()) {
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

    private void report(String code, Severity severity, String subject, Object... args) {
        problems.add(Problem.core(code, severity, subject, sources.get(subject), args));
    }
}
