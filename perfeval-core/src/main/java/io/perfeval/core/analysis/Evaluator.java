package io.perfeval.core.analysis;

import io.perfeval.core.BonusPolicy;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a leaf's rule at one point of its axes and atoms with the evaluator's arithmetic (exact BigDecimal,
 * division to 34 digits, clamp to [0, 分值], the pack's rounding), recording which clauses fired, which held and which
 * overlapped. Every kind of rule, condition, deduction and expression is a visitor method here, so a kind the analysis
 * does not know is a compile error, not a silent gap; the kinds the evaluator does not score yet (levels, awards,
 * bonuses, limited deductions, discretion within a tier) follow their Javadoc.
 */
final class Evaluator implements Rule.Visitor<Outcome> {

    /** One point: axis values in each axis's unit, and the truth of each atom. */
    record Point(Map<String, BigDecimal> values, Map<Object, Boolean> atoms) {
    }

    /** An overlap: in {@code cases}, clause {@code first} decided although clause {@code later} also held. */
    record Overlap(Rule.Cases cases, int first, int later, Outcome firstOutcome, Outcome laterOutcome) {
    }

    /** Which clauses of {@code cases} held at the point (the last entry: none did). */
    record Held(Rule.Cases cases, boolean[] holds) {
    }

    /** The rule cannot be scored at the point: its arithmetic divided by zero, or a deduction counted below zero. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Outcome.Kind kind;

        Failure(Outcome.Kind kind) {
            super(null, null, false, false);
            this.kind = kind;
        }
    }

    private final LeafAnalyzer leaf;
    private final Point point;
    private final Numbers numbers = new Numbers();
    private final Truths truths = new Truths();
    private boolean recording = true;
    /** The 分值 the rule being evaluated resolves points against: the leaf's, or inside a sum the part's. */
    private BigDecimal max;
    /** How many sums' parts the rule being evaluated lies in (0: it is scored against the leaf's 分值). */
    private int partDepth;
    /** The highest score the rule may give: the 分值, or more under a bonus the pack lets exceed it. */
    private BigDecimal ceiling;
    final List<Map.Entry<Rule.Cases, Integer>> firedClauses = new ArrayList<>();
    final List<Held> held = new ArrayList<>();
    final List<Overlap> overlaps = new ArrayList<>();
    boolean overflow;
    BigDecimal overflowAmount;

    Evaluator(LeafAnalyzer leaf, Point point) {
        this.leaf = leaf;
        this.point = point;
        this.max = leaf.max;
        this.ceiling = leaf.max;
    }

    /**
     * The value of a one-axis expression with that axis at {@code value} (in the axis's unit), in base units, where
     * 分值 is {@code maxScore}.
     */
    BigDecimal exprAt(Expr e, String axis, BigDecimal value, BigDecimal maxScore) {
        Evaluator at = new Evaluator(leaf, new Point(Map.of(axis, value), Map.of()));
        at.max = maxScore;
        try {
            return e.accept(at.numbers);
        } catch (Failure z) {
            return null;
        }
    }

    Outcome evaluate() {
        try {
            return finish(leaf.leaf.rule().accept(this));
        } catch (Failure z) {
            return Outcome.of(z.kind);
        }
    }

    private Outcome finish(Outcome o) {
        if (o.kind() == Outcome.Kind.SCORED || o.kind() == Outcome.Kind.VETOED) {
            BigDecimal clamped = clamp(o.lo());
            BigDecimal r = round(clamped);
            return new Outcome(o.kind(), r, r, clamped);
        }
        if (o.kind() == Outcome.Kind.JUDGED) {
            // a judgement the evaluator accepts lies within the range: the range's ends at the score's scale, inward
            int scale = leaf.pack.rounding().scoreScale();
            BigDecimal lo = clamp(o.lo()).setScale(scale, RoundingMode.CEILING);
            BigDecimal hi = clamp(o.hi()).setScale(scale, RoundingMode.FLOOR);
            return new Outcome(o.kind(), lo, hi.max(lo), null, o.offset());
        }
        return o;
    }

    private BigDecimal clamp(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO : v.min(ceiling);
    }

    private BigDecimal round(BigDecimal v) {
        return v.setScale(leaf.pack.rounding().scoreScale(), leaf.pack.rounding().mode());
    }

    private static Outcome scored(BigDecimal v) {
        return new Outcome(Outcome.Kind.SCORED, v, v, v);
    }

    private void spend() {
        leaf.budget.spend(1);
    }

    // ---- rules ----

    @Override
    public Outcome fullMarks(Rule.FullMarks r) {
        spend();
        return scored(max);
    }

    @Override
    public Outcome fixedScore(Rule.FixedScore r) {
        spend();
        return scored(r.points());
    }

    @Override
    public Outcome deduct(Rule.Deduct d) {
        spend();
        BigDecimal total = deductions(d);
        BigDecimal score = max.subtract(total);
        if (score.signum() < 0) {
            // a part's deductions beyond its own 分值 say nothing of the indicator's (W111 speaks of that)
            if (!d.floorAtZero() && recording && partDepth == 0) {
                overflow = true;
                overflowAmount = total;
            }
            score = BigDecimal.ZERO;
        }
        return scored(score);
    }

    private BigDecimal deductions(Rule.Deduct d) {
        BigDecimal total = BigDecimal.ZERO;
        for (DeductionTerm t : d.terms()) {
            total = total.add(t.accept(numbers.terms));
        }
        return total;
    }

    @Override
    public Outcome limitedDeduct(Rule.LimitedDeduct r) {
        spend();
        BigDecimal limit = r.limit().resolve(max);
        BigDecimal score = max.subtract(deductions(r.deduct()).min(limit));
        return scored(score.max(BigDecimal.ZERO));
    }

    @Override
    public Outcome formula(Rule.Formula f) {
        spend();
        BigDecimal points = f.score().accept(numbers);
        if (points.compareTo(max) > 0) {
            return f.capAtMax() ? scored(max) : Outcome.of(Outcome.Kind.OVER_CAP);
        }
        return scored(points);
    }

    @Override
    public Outcome cases(Rule.Cases c) {
        spend();
        int n = c.cases().size();
        if (!recording) {
            for (int i = 0; i < n; i++) {
                if (c.cases().get(i).when().accept(truths)) {
                    return c.cases().get(i).then().accept(this);
                }
            }
            return c.otherwise().accept(this);
        }
        boolean[] holds = new boolean[n + 1];
        int chosen = n;
        for (int i = 0; i < n; i++) {
            holds[i] = holdsQuietly(c.cases().get(i).when());
            if (holds[i] && chosen == n) {
                chosen = i;
            }
        }
        holds[n] = chosen == n;
        Outcome result = (chosen < n ? c.cases().get(chosen).then() : c.otherwise()).accept(this);
        for (int i = chosen + 1; i < n; i++) {
            if (holds[i]) {
                Outcome later = quietly(c.cases().get(i).then());
                if (!finish(later).sameAs(finish(result))) {
                    overlaps.add(new Overlap(c, chosen, i, finish(result), finish(later)));
                }
            }
        }
        firedClauses.add(Map.entry(c, chosen));
        held.add(new Held(c, holds));
        return result;
    }

    /** A later clause's condition, tested only to see whether it also holds: an error there means it does not. */
    private boolean holdsQuietly(Condition c) {
        try {
            return c.accept(truths);
        } catch (Failure z) {
            return false;
        }
    }

    /** What a later clause would give, without recording anything it does. */
    private Outcome quietly(Rule r) {
        boolean was = recording;
        recording = false;
        try {
            return r.accept(this);
        } catch (Failure z) {
            return Outcome.of(z.kind);
        } finally {
            recording = was;
        }
    }

    @Override
    public Outcome judgement(Rule.Judgement j) {
        spend();
        return new Outcome(Outcome.Kind.JUDGED, j.min().resolve(max), j.max().resolve(max), null);
    }

    @Override
    public Outcome judgementWithin(Rule.JudgementWithin r) {
        spend();
        Outcome tier = finish(r.tier().accept(this));
        if (tier.kind() == Outcome.Kind.SCORED) {
            return new Outcome(Outcome.Kind.JUDGED, BigDecimal.ZERO, tier.lo(), null);
        }
        if (tier.kind() == Outcome.Kind.JUDGED) {
            return new Outcome(Outcome.Kind.JUDGED, BigDecimal.ZERO, tier.hi(), null);
        }
        return tier;
    }

    @Override
    public Outcome levels(Rule.Levels r) {
        spend();
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (Rule.Level l : r.levels()) {
            BigDecimal a = l.min().resolve(max);
            BigDecimal b = l.max().resolve(max);
            lo = lo == null ? a.min(b) : lo.min(a).min(b);
            hi = hi == null ? a.max(b) : hi.max(a).max(b);
        }
        return new Outcome(Outcome.Kind.JUDGED, lo, hi, null);
    }

    @Override
    public Outcome awards(Rule.Awards r) {
        spend();
        return scored(awarded(r.awards()).min(max));
    }

    private BigDecimal awarded(List<Rule.Award> awards) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Rule.Award a : awards) {
            if (a.when().accept(truths)) {
                sum = sum.add(a.points().resolve(max));
            }
        }
        return sum;
    }

    @Override
    public Outcome bonus(Rule.Bonus r) {
        spend();
        Outcome base = finish(r.base().accept(this));
        BigDecimal cap = r.cap().resolve(max);
        BigDecimal added = awarded(r.awards());
        for (DeductionTerm t : r.terms()) {
            added = added.add(t.accept(numbers.terms));
        }
        BigDecimal extra = added.min(cap);
        if (leaf.pack.bonusPolicy() == BonusPolicy.ABOVE_MAX) {
            ceiling = max.add(cap);
        }
        return switch (base.kind()) {
            case SCORED -> scored(base.lo().add(extra));
            case JUDGED -> new Outcome(Outcome.Kind.JUDGED, base.lo().add(extra), base.hi().add(extra), null);
            default -> base;
        };
    }

    /**
     * Each part against its own 分值, added as {@link PartOutcomes} says. Every part is evaluated, also after one that
     * gives no score, so that the clauses of each are seen at every point; a part's arithmetic failing ends only that
     * part. The first part that gives no score decides the outcome, as the evaluator stops there.
     */
    @Override
    public Outcome sum(Rule.Sum r) {
        spend();
        BigDecimal outerMax = max;
        BigDecimal outerCeiling = ceiling;
        PartOutcomes parts = new PartOutcomes();
        partDepth++;
        try {
            for (Rule.Part p : r.parts()) {
                max = p.max();
                ceiling = p.max();
                parts.add(part(p.rule()), p.max());
            }
        } finally {
            max = outerMax;
            ceiling = outerCeiling;
            partDepth--;
        }
        Outcome o = parts.total();
        if (o.kind() == Outcome.Kind.FAILED || o.kind() == Outcome.Kind.NEGATIVE_COUNT) {
            throw new Failure(o.kind());
        }
        return o;
    }

    /** A part's rule's outcome; its arithmetic failing is that outcome, not the end of the sum's evaluation. */
    private Outcome part(Rule rule) {
        try {
            return rule.accept(this);
        } catch (Failure z) {
            return Outcome.of(z.kind);
        }
    }

    @Override
    public Outcome veto(Rule.Veto r) {
        spend();
        return new Outcome(Outcome.Kind.VETOED, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Override
    public Outcome notApplicable(Rule.NotApplicable r) {
        return Outcome.of(Outcome.Kind.NOT_APPLICABLE);
    }

    @Override
    public Outcome noRule(Rule.NoRule r) {
        return Outcome.of(Outcome.Kind.NO_RULE);
    }

    /** Whether {@code c} holds at the point (atoms as the point says, numbers compared as the evaluator does). */
    boolean condition(Condition c) {
        return c.accept(truths);
    }

    /** An expression's value in base units (percent as a ratio, 万元 as 元), as the evaluator compares them. */
    BigDecimal expr(Expr e) {
        return e.accept(numbers);
    }

    // ---- conditions ----

    private final class Truths implements Condition.Visitor<Boolean> {
        @Override
        public Boolean compare(Condition.Compare c) {
            spend();
            Boolean atom = point.atoms().get(c);
            if (atom != null) {
                return atom;
            }
            return c.op().test(c.left().accept(numbers).compareTo(c.right().accept(numbers)));
        }

        @Override
        public Boolean isYes(Condition.IsYes y) {
            spend();
            return point.atoms().getOrDefault(LeafAnalyzer.yesAtom(y.name()), Boolean.TRUE);
        }

        @Override
        public Boolean allItemsMet(Condition.AllItemsMet a) {
            spend();
            return failed(a.checklist(), a.items()) == 0;
        }

        @Override
        public Boolean all(Condition.All a) {
            for (Condition x : a.conditions()) {
                if (!x.accept(this)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Boolean any(Condition.Any a) {
            for (Condition x : a.conditions()) {
                if (x.accept(this)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Boolean not(Condition.Not n) {
            return !n.condition().accept(this);
        }
    }

    private int failed(String checklist, List<Integer> items) {
        int n = 0;
        for (int i : leaf.items(checklist, items)) {
            if (!point.atoms().getOrDefault(LeafAnalyzer.itemAtom(checklist, i), Boolean.TRUE)) {
                n++;
            }
        }
        return n;
    }

    // ---- numbers ----

    private final class Numbers implements Expr.Visitor<BigDecimal> {
        final Terms terms = new Terms();

        @Override
        public BigDecimal constant(Expr.Const e) {
            return e.quantity().base();
        }

        @Override
        public BigDecimal ref(Expr.Ref e) {
            return axisValue(e.name());
        }

        @Override
        public BigDecimal periodValue(Expr.PeriodValue e) {
            return axisValue(LeafAnalyzer.axisName(e));
        }

        private BigDecimal axisValue(String name) {
            spend();
            BigDecimal v = point.values().get(name);
            AxisBuilder a = leaf.axes.get(name);
            if (v == null || a == null) {
                return v == null ? BigDecimal.ZERO : v;
            }
            return a.unit.factor().compareTo(BigDecimal.ONE) == 0 ? v : v.multiply(a.unit.factor());
        }

        @Override
        public BigDecimal maxScore(Expr.MaxScore e) {
            return max;
        }

        @Override
        public BigDecimal binary(Expr.Binary b) {
            spend();
            BigDecimal l = b.left().accept(this);
            BigDecimal r = b.right().accept(this);
            return switch (b.op()) {
                case ADD -> l.add(r);
                case SUBTRACT -> l.subtract(r);
                case MULTIPLY -> l.multiply(r);
                case DIVIDE -> {
                    if (r.signum() == 0) {
                        throw new Failure(Outcome.Kind.FAILED);
                    }
                    yield Decimals.divide(l, r);
                }
            };
        }

        @Override
        public BigDecimal countOf(Expr.CountOf c) {
            spend();
            int n = 0;
            for (Condition x : c.conditions()) {
                if (x.accept(truths)) {
                    n++;
                }
            }
            return BigDecimal.valueOf(n);
        }

        @Override
        public BigDecimal failedItems(Expr.FailedItems f) {
            spend();
            return BigDecimal.valueOf(failed(f.checklist(), f.items()));
        }

        @Override
        public BigDecimal min(Expr.Min e) {
            spend();
            return e.left().accept(this).min(e.right().accept(this));
        }

        @Override
        public BigDecimal max(Expr.Max e) {
            spend();
            return e.left().accept(this).max(e.right().accept(this));
        }

        @Override
        public BigDecimal abs(Expr.Abs e) {
            spend();
            return e.value().accept(this).abs();
        }
    }

    private final class Terms implements DeductionTerm.Visitor<BigDecimal> {
        @Override
        public BigDecimal perCount(DeductionTerm.PerCount pc) {
            spend();
            BigDecimal count = pc.count().accept(numbers);
            if (count.signum() < 0) {
                throw new Failure(Outcome.Kind.NEGATIVE_COUNT);
            }
            return count.multiply(pc.each().resolve(max));
        }

        @Override
        public BigDecimal perStep(DeductionTerm.PerStep ps) {
            spend();
            BigDecimal deviation = ps.deviation(ps.measure().accept(numbers), ps.reference().accept(numbers));
            return ps.steps(deviation).multiply(ps.each().resolve(max));
        }
    }
}
