package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    static final BigDecimal FAR = new BigDecimal("1000000");
    private static final int MAX_BANDS = 200;

    final RulePack pack;
    final Indicator.Leaf leaf;
    final BigDecimal max;
    /** The work limit of the analysis; unlimited once it is done and only predictions are asked. */
    Budget budget;
    private final Domains domains;
    /** Expressions whose sign change is a kink of the rule (inside |…|, min, max): critical points where they are 0. */
    private final List<Kink> kinks = new ArrayList<>();
    /** The 分值 of the rule being collected: the leaf's, or inside a sum its part's. */
    private BigDecimal scope;
    final Map<String, AxisBuilder> axes = new LinkedHashMap<>();
    final List<Object> atoms = new ArrayList<>();

    LeafAnalyzer(RulePack pack, Indicator.Leaf leaf, Domains domains, Budget budget) {
        this.pack = pack;
        this.leaf = leaf;
        this.max = leaf.maxScore();
        this.scope = max;
        this.domains = domains;
        this.budget = budget;
    }

    // ---- discovery ----

    /** An expression whose sign change is a kink, with the 分值 of the rule it is in (for a 分值 inside it). */
    private record Kink(Expr expr, BigDecimal max) {
    }

    void collect() {
        List<Rules.Scoped> rules = Rules.scoped(leaf.rule(), max);
        for (Rules.Scoped scoped : rules) {
            scope = scoped.max();
            Rule r = scoped.rule();
            Rules.Parts parts = Rules.parts(r);
            parts.conditions().forEach(this::collectCondition);
            if (r instanceof Rule.Deduct d) {
                for (DeductionTerm t : d.terms()) {
                    t.accept(terms);
                }
            } else if (r instanceof Rule.Bonus b && !b.terms().isEmpty()) {
                // a bonus term's reference, bands and counts are critical points, as a deduction term's
                for (DeductionTerm t : b.terms()) {
                    t.accept(terms);
                }
            } else {
                parts.exprs().forEach(this::collectExpr);
            }
        }
        for (Rules.Scoped scoped : rules) {
            if (scoped.rule() instanceof Rule.Formula f) {
                // where the score meets the 分值 (the cap matters) and 0 (the clamp does): thresholds in their own right
                scope = scoped.max();
                crossing(f.score(), scope, true);
                crossing(f.score(), BigDecimal.ZERO, true);
            }
        }
        for (Kink k : kinks) {
            scope = k.max();
            crossing(k.expr(), BigDecimal.ZERO, false);
        }
        scope = max;
        for (AxisBuilder a : axes.values()) {
            a.finish();
        }
    }

    /** The axes a deduction term reads; a step deduction's reference and bands are critical points of its measure. */
    private final DeductionTerm.Visitor<Void> terms = new DeductionTerm.Visitor<>() {
        @Override
        public Void perCount(DeductionTerm.PerCount pc) {
            collectExpr(pc.count());
            // below zero the evaluator refuses the count (R009): 0 is where that starts
            AxisBuilder a = axisOf(pc.count());
            if (a != null) {
                a.extras.add(BigDecimal.ZERO);
                BigDecimal each = pc.each().resolve(scope);
                if (each.signum() > 0) {
                    // where the count alone takes the whole 分值
                    a.extras.add(a.snap(Decimals.divide(scope, each), RoundingMode.CEILING));
                }
            } else {
                kinks.add(new Kink(pc.count(), scope));
            }
            return null;
        }

        @Override
        public Void perStep(DeductionTerm.PerStep ps) {
            LeafAnalyzer.this.perStep(ps);
            return null;
        }
    };

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
        BigDecimal each = ps.each().resolve(scope);
        int bands = each.signum() == 0 ? 1
                : Math.min(MAX_BANDS, Decimals.divide(scope, each).setScale(0, RoundingMode.CEILING).intValue() + 1);
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
        c.accept(conditions);
    }

    private final Condition.Visitor<Void> conditions = new Condition.Visitor<>() {
        @Override
        public Void compare(Condition.Compare cmp) {
            // A number compared with a written bound is an axis with a threshold; a one-axis formula compared with a
            // bound has one where the formula meets it; two data compared with each other are a yes/no fact.
            AxisBuilder l = cmp.right() instanceof Expr.Const ? axisOf(cmp.left()) : null;
            AxisBuilder r = cmp.left() instanceof Expr.Const ? axisOf(cmp.right()) : null;
            if (l != null && cmp.right() instanceof Expr.Const k) {
                l.thresholds.add(k.quantity().in(l.unit).value());
            } else if (r != null && cmp.left() instanceof Expr.Const k) {
                r.thresholds.add(k.quantity().in(r.unit).value());
            } else if (cmp.left() instanceof Expr.Const && cmp.right() instanceof Expr.Const) {
                return null;
            } else if (!boundedFormula(cmp)) {
                // two numbers compared with each other (quarterly progress against the schedule): the comparison is
                // the fact the rule reads, an atom of its own; a witness makes it hold or fail by solving both sides
                atom(cmp);
            }
            return null;
        }

        @Override
        public Void isYes(Condition.IsYes y) {
            atom(yesAtom(y.name()));
            return null;
        }

        @Override
        public Void allItemsMet(Condition.AllItemsMet a) {
            for (int i : items(a.checklist(), a.items())) {
                atom(itemAtom(a.checklist(), i));
            }
            return null;
        }

        @Override
        public Void all(Condition.All a) {
            a.conditions().forEach(LeafAnalyzer.this::collectCondition);
            return null;
        }

        @Override
        public Void any(Condition.Any a) {
            a.conditions().forEach(LeafAnalyzer.this::collectCondition);
            return null;
        }

        @Override
        public Void not(Condition.Not n) {
            collectCondition(n.condition());
            return null;
        }
    };

    /**
     * A formula compared with a written bound: one affine in one axis (完成率 × 2 ≥ 100%) has a threshold where they
     * meet, one that reads no axis (个数(…) ≥ 2) is computed from the atoms it counts; either way it is no atom.
     */
    private boolean boundedFormula(Condition.Compare cmp) {
        Expr side = cmp.right() instanceof Expr.Const ? cmp.left() : cmp.left() instanceof Expr.Const ? cmp.right()
                : null;
        if (side == null) {
            return false;
        }
        collectExpr(side);
        List<AxisBuilder> used = new ArrayList<>();
        walk(side, used, new boolean[] {true});
        Expr.Const bound = (Expr.Const) (side == cmp.left() ? cmp.right() : cmp.left());
        return used.isEmpty() || crossing(side, bound.quantity().base(), true);
    }

    private void collectExpr(Expr e) {
        e.accept(exprs);
    }

    private final Expr.Visitor<Void> exprs = new Expr.Visitor<>() {
        @Override
        public Void constant(Expr.Const e) {
            return null;
        }

        @Override
        public Void ref(Expr.Ref e) {
            axisOf(e);
            return null;
        }

        @Override
        public Void periodValue(Expr.PeriodValue e) {
            axisOf(e);
            return null;
        }

        @Override
        public Void maxScore(Expr.MaxScore e) {
            return null;
        }

        @Override
        public Void binary(Expr.Binary b) {
            collectExpr(b.left());
            collectExpr(b.right());
            return null;
        }

        @Override
        public Void countOf(Expr.CountOf c) {
            c.conditions().forEach(LeafAnalyzer.this::collectCondition);
            return null;
        }

        @Override
        public Void failedItems(Expr.FailedItems f) {
            for (int i : items(f.checklist(), f.items())) {
                atom(itemAtom(f.checklist(), i));
            }
            return null;
        }

        @Override
        public Void min(Expr.Min e) {
            collectExpr(e.left());
            collectExpr(e.right());
            kinks.add(new Kink(new Expr.Binary(Expr.ArithmeticOp.SUBTRACT, e.left(), e.right()), scope));
            return null;
        }

        @Override
        public Void max(Expr.Max e) {
            collectExpr(e.left());
            collectExpr(e.right());
            kinks.add(new Kink(new Expr.Binary(Expr.ArithmeticOp.SUBTRACT, e.left(), e.right()), scope));
            return null;
        }

        @Override
        public Void abs(Expr.Abs e) {
            collectExpr(e.value());
            kinks.add(new Kink(e.value(), scope));
            return null;
        }
    };

    static String yesAtom(String name) {
        return "yes:" + name;
    }

    static String itemAtom(String checklist, int item) {
        return "item:" + checklist + "#" + item;
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
            a = new AxisBuilder(name, f.unit(), DataDomain.step(f), DataDomain.lower(f).orElse(null),
                    DataDomain.upper(f).orElse(null));
        } else {
            String ref = ((Expr.Ref) e).name();
            var field = pack.field(ref);
            if (field.isPresent()) {
                DataField f = field.get();
                a = new AxisBuilder(name, f.unit(), DataDomain.step(f), DataDomain.lower(f).orElse(null),
                        DataDomain.upper(f).orElse(null));
            } else {
                Measure m = pack.measure(ref).orElseThrow();
                Interval d = domains.of(m);
                BigDecimal step = BigDecimal.ONE.movePointLeft(m.scale());
                a = new AxisBuilder(name, m.unit(), step, inUnit(d.lo(), m, RoundingMode.FLOOR),
                        inUnit(d.hi(), m, RoundingMode.CEILING));
            }
        }
        axes.put(name, a);
        return a;
    }

    private static BigDecimal inUnit(BigDecimal base, Measure m, RoundingMode mode) {
        if (base == null) {
            return null;
        }
        return Decimals.divide(base, m.unit().factor()).setScale(m.scale(), mode);
    }

    /**
     * Where a one-axis expression that is affine in its axis meets {@code level} (base units; 分值 in it is the 分值 of
     * the rule being collected): added to the axis's
     * thresholds ({@code threshold}) or to its other critical points. False when the expression reads more than one
     * axis, counts anything or is not affine.
     */
    boolean crossing(Expr e, BigDecimal level, boolean threshold) {
        List<AxisBuilder> used = new ArrayList<>();
        boolean[] plain = {true};
        walk(e, used, plain);
        if (used.size() != 1 || !plain[0]) {
            return false;
        }
        AxisBuilder a = used.get(0);
        Evaluator ev = new Evaluator(this, null);
        BigDecimal x0 = a.lower != null ? a.lower : BigDecimal.ZERO;
        BigDecimal f0 = ev.exprAt(e, a.name, x0, scope);
        BigDecimal f1 = ev.exprAt(e, a.name, x0.add(BigDecimal.ONE), scope);
        BigDecimal f2 = ev.exprAt(e, a.name, x0.add(BigDecimal.valueOf(2)), scope);
        if (f0 == null || f1 == null || f2 == null) {
            return false;
        }
        BigDecimal slope = f1.subtract(f0);
        if (slope.signum() == 0 || f2.subtract(f1).compareTo(slope) != 0) {
            return false;
        }
        BigDecimal x = x0.add(Decimals.divide(level.subtract(f0), slope));
        java.util.TreeSet<BigDecimal> into = threshold ? a.thresholds : a.extras;
        into.add(a.snap(x, RoundingMode.FLOOR));
        into.add(a.snap(x, RoundingMode.CEILING));
        return true;
    }

    private void walk(Expr e, List<AxisBuilder> used, boolean[] plain) {
        String name = axisName(e);
        if (name != null) {
            AxisBuilder a = axes.get(name);
            if (a != null && !used.contains(a)) {
                used.add(a);
            }
            return;
        }
        Rules.Parts parts = Rules.parts(e);
        if (!parts.conditions().isEmpty() || e instanceof Expr.FailedItems) {
            plain[0] = false;
        }
        for (Expr x : parts.exprs()) {
            walk(x, used, plain);
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
