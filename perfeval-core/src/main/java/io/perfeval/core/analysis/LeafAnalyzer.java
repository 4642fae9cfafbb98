package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Decides one leaf's rule exactly. The rule is a function of a few numbers (axes) compared with written thresholds
 * and of yes/no facts (atoms). Between neighbouring thresholds and step bounds it is linear in each axis, and every
 * measure is rounded to its declared scale, so the input space is a lattice: evaluating every combination of
 * {threshold − 2·step … threshold + 2·step} per axis, the domain's ends and a far point, with every yes/no answer,
 * visits every piece at its ends — enough to know the exact minimum and maximum, every uncovered or overlapping
 * region, every jump at a threshold and the direction of the score in each axis.
 */
final class LeafAnalyzer {

    /** Above this many combinations the leaf is reported as not enumerated rather than analysed slowly. */
    static final int LIMIT = 200_000;
    private static final BigDecimal FAR = new BigDecimal("1000000");
    private static final int MAX_BANDS = 200;

    final RulePack pack;
    final Indicator.Leaf leaf;
    final BigDecimal max;
    final Map<String, AxisBuilder> axes = new LinkedHashMap<>();
    final List<Object> atoms = new ArrayList<>();

    /** Per Cases node (by identity): which clauses fired; index == size means otherwise. */
    final Map<Rule.Cases, boolean[]> fired = new IdentityHashMap<>();
    /** Per Cases node: overlapping clause pairs with different outcomes, by combination. */
    final Map<Rule.Cases, Map<Long, List<Integer>>> overlaps = new IdentityHashMap<>();
    final Map<Long, Outcome[]> overlapOutcomes = new LinkedHashMap<>();

    LeafAnalyzer(RulePack pack, Indicator.Leaf leaf) {
        this.pack = pack;
        this.leaf = leaf;
        this.max = leaf.maxScore();
    }

    /** One axis being discovered: its domain, thresholds and other critical points, in its own unit. */
    static final class AxisBuilder {
        final String name;
        final Unit unit;
        final BigDecimal step;
        final BigDecimal lower;
        final BigDecimal upper;
        final TreeSet<BigDecimal> thresholds = new TreeSet<>();
        final TreeSet<BigDecimal> extras = new TreeSet<>();
        List<BigDecimal> candidates;
        List<BigDecimal> crit;

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
                out.add(out.last().add(FAR).stripTrailingZeros());
            }
            if (lower == null) {
                out.add(out.first().subtract(FAR).stripTrailingZeros());
            }
            out.removeIf(v -> !admits(v));
            candidates = List.copyOf(out);
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

    // ---- discovery ----

    void collect() {
        collectRule(leaf.rule());
        for (Rule r : rules(leaf.rule())) {
            if (r instanceof Rule.Formula f) {
                crossing(f.score());
            }
        }
        for (AxisBuilder a : axes.values()) {
            a.finish();
        }
    }

    static List<Rule> rules(Rule rule) {
        List<Rule> out = new ArrayList<>();
        out.add(rule);
        if (rule instanceof Rule.Cases c) {
            for (Rule.Case k : c.cases()) {
                out.addAll(rules(k.then()));
            }
            out.addAll(rules(c.otherwise()));
        }
        return out;
    }

    private void collectRule(Rule rule) {
        if (rule instanceof Rule.Cases c) {
            for (Rule.Case k : c.cases()) {
                collectCondition(k.when());
                collectRule(k.then());
            }
            collectRule(c.otherwise());
        } else if (rule instanceof Rule.Formula f) {
            collectExpr(f.score());
        } else if (rule instanceof Rule.Deduct d) {
            for (DeductionTerm t : d.terms()) {
                if (t instanceof DeductionTerm.PerCount pc) {
                    collectExpr(pc.count());
                } else if (t instanceof DeductionTerm.PerStep ps) {
                    perStep(ps);
                }
            }
        }
    }

    private void perStep(DeductionTerm.PerStep ps) {
        AxisBuilder a = axisOf(ps.measure());
        if (a == null || !(ps.reference() instanceof Expr.Const ref)) {
            collectExpr(ps.measure());
            collectExpr(ps.reference());
            return;
        }
        BigDecimal r = ref.quantity().in(a.unit).value();
        a.thresholds.add(r);
        if (ps.counting() == DeductionTerm.StepCounting.PROPORTIONAL) {
            return;
        }
        BigDecimal step = ps.step().in(a.unit).value();
        BigDecimal each = ps.each().resolve(max);
        int bands = each.signum() == 0 ? 1
                : Math.min(MAX_BANDS, Decimals.divide(max, each).setScale(0, RoundingMode.CEILING).intValue() + 1);
        for (int k = 1; k <= bands; k++) {
            BigDecimal d = step.multiply(BigDecimal.valueOf(k));
            if (ps.direction() != DeductionTerm.Direction.BELOW) {
                a.extras.add(r.add(d));
            }
            if (ps.direction() != DeductionTerm.Direction.ABOVE) {
                a.extras.add(r.subtract(d));
            }
        }
    }

    private void collectCondition(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            // Only a number compared with a written bound is an axis; anything else is a yes/no fact.
            AxisBuilder l = cmp.right() instanceof Expr.Const ? axisOf(cmp.left()) : null;
            AxisBuilder r = cmp.left() instanceof Expr.Const ? axisOf(cmp.right()) : null;
            if (l != null && cmp.right() instanceof Expr.Const k) {
                l.thresholds.add(k.quantity().in(l.unit).value());
            } else if (r != null && cmp.left() instanceof Expr.Const k) {
                r.thresholds.add(k.quantity().in(r.unit).value());
            } else if (!(cmp.left() instanceof Expr.Const && cmp.right() instanceof Expr.Const)) {
                // Two data compared with each other: an independent yes/no fact (quarterly progress vs schedule).
                atom(c);
            }
        } else if (c instanceof Condition.IsYes y) {
            atom("yes:" + y.name());
        } else if (c instanceof Condition.AllItemsMet a) {
            for (int i : items(a.checklist(), a.items())) {
                atom("item:" + a.checklist() + "#" + i);
            }
        } else if (c instanceof Condition.All a) {
            a.conditions().forEach(this::collectCondition);
        } else if (c instanceof Condition.Any a) {
            a.conditions().forEach(this::collectCondition);
        } else if (c instanceof Condition.Not n) {
            collectCondition(n.condition());
        }
    }

    private void collectExpr(Expr e) {
        if (e instanceof Expr.Ref || e instanceof Expr.PeriodValue) {
            axisOf(e);
        } else if (e instanceof Expr.Binary b) {
            collectExpr(b.left());
            collectExpr(b.right());
        } else if (e instanceof Expr.CountOf c) {
            c.conditions().forEach(this::collectCondition);
        } else if (e instanceof Expr.FailedItems f) {
            for (int i : items(f.checklist(), f.items())) {
                atom("item:" + f.checklist() + "#" + i);
            }
        }
    }

    private void atom(Object key) {
        if (!atoms.contains(key)) {
            atoms.add(key);
        }
    }

    List<Integer> items(String checklist, List<Integer> items) {
        if (!items.isEmpty()) {
            return items;
        }
        int n = pack.field(checklist).map(f -> f.items().size()).orElse(0);
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(i);
        }
        return all;
    }

    static String axisName(Expr e) {
        if (e instanceof Expr.Ref r) {
            return r.name();
        }
        if (e instanceof Expr.PeriodValue p) {
            return p.series() + "[" + p.period() + "]";
        }
        return null;
    }

    /** The axis an expression is, creating it on first sight; null when the expression is not a single number. */
    AxisBuilder axisOf(Expr e) {
        String name = axisName(e);
        if (name == null) {
            return null;
        }
        AxisBuilder a = axes.get(name);
        if (a != null) {
            return a;
        }
        if (e instanceof Expr.PeriodValue p) {
            DataField f = pack.field(p.series()).orElseThrow();
            a = new AxisBuilder(name, f.unit(), new BigDecimal("0.01"), f.nonNegative() ? zeroOr(f.min()) : f.min(),
                    f.max());
        } else {
            String ref = ((Expr.Ref) e).name();
            var field = pack.field(ref);
            if (field.isPresent()) {
                DataField f = field.get();
                BigDecimal step = f.type() == DataType.COUNT ? BigDecimal.ONE : new BigDecimal("0.01");
                a = new AxisBuilder(name, f.unit(), step, f.nonNegative() ? zeroOr(f.min()) : f.min(), f.max());
            } else {
                Measure m = pack.measure(ref).orElseThrow();
                Interval d = Domains.of(pack, m);
                BigDecimal step = BigDecimal.ONE.movePointLeft(m.scale());
                a = new AxisBuilder(name, m.unit(), step, inUnit(d.lo(), m, RoundingMode.FLOOR),
                        inUnit(d.hi(), m, RoundingMode.CEILING));
            }
        }
        axes.put(name, a);
        return a;
    }

    private static BigDecimal zeroOr(BigDecimal min) {
        return min == null || min.signum() < 0 ? BigDecimal.ZERO : min;
    }

    private static BigDecimal inUnit(BigDecimal base, Measure m, RoundingMode mode) {
        if (base == null) {
            return null;
        }
        return Decimals.divide(base, m.unit().factor()).setScale(m.scale(), mode);
    }

    /** Where a one-axis score formula meets the 分值: the edge of the region a cap (or its absence) matters. */
    private void crossing(Expr score) {
        List<AxisBuilder> used = new ArrayList<>();
        boolean[] plain = {true};
        walk(score, used, plain);
        if (used.size() != 1 || !plain[0]) {
            return;
        }
        AxisBuilder a = used.get(0);
        Evaluator ev = new Evaluator(this, null);
        BigDecimal x0 = a.lower != null ? a.lower : BigDecimal.ZERO;
        BigDecimal f0 = ev.exprAt(score, a.name, x0);
        BigDecimal f1 = ev.exprAt(score, a.name, x0.add(BigDecimal.ONE));
        BigDecimal slope = f1.subtract(f0);
        if (slope.signum() == 0) {
            return;
        }
        BigDecimal x = x0.add(Decimals.divide(max.subtract(f0), slope));
        // A threshold in its own right: where the cap (or its absence) starts to matter.
        a.thresholds.add(a.snap(x, RoundingMode.FLOOR));
        a.thresholds.add(a.snap(x, RoundingMode.CEILING));
    }

    private void walk(Expr e, List<AxisBuilder> used, boolean[] plain) {
        String name = axisName(e);
        if (name != null) {
            AxisBuilder a = axes.get(name);
            if (a != null && !used.contains(a)) {
                used.add(a);
            }
        } else if (e instanceof Expr.Binary b) {
            walk(b.left(), used, plain);
            walk(b.right(), used, plain);
        } else if (e instanceof Expr.CountOf || e instanceof Expr.FailedItems) {
            plain[0] = false;
        }
    }

    // ---- enumeration ----

    long combinations() {
        long n = 1L << Math.min(atoms.size(), 40);
        for (AxisBuilder a : axes.values()) {
            n *= a.candidates.size();
            if (n > LIMIT) {
                return n;
            }
        }
        return n;
    }
}
