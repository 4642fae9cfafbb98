package io.perfeval.core.analysis;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a leaf's rule at one point of its axes and atoms with the evaluator's arithmetic (exact BigDecimal,
 * division to 34 digits, clamp to [0, 分值], the pack's rounding), recording which clauses fired and which overlapped.
 */
final class Evaluator {

    /** One point: axis values in each axis's unit, and the truth of each atom. */
    record Point(Map<String, BigDecimal> values, Map<Object, Boolean> atoms) {
    }

    /** An overlap: in {@code cases}, clause {@code first} decided although clause {@code later} also held. */
    record Overlap(Rule.Cases cases, int first, int later, Outcome firstOutcome, Outcome laterOutcome) {
    }

    private final LeafAnalyzer leaf;
    private final Point point;
    final List<Map.Entry<Rule.Cases, Integer>> firedClauses = new ArrayList<>();
    final List<Overlap> overlaps = new ArrayList<>();
    boolean overflow;
    BigDecimal overflowAmount;

    Evaluator(LeafAnalyzer leaf, Point point) {
        this.leaf = leaf;
        this.point = point;
    }

    /** The value of a one-axis expression with that axis at {@code value} (base units). */
    BigDecimal exprAt(Expr e, String axis, BigDecimal value) {
        return new Evaluator(leaf, new Point(Map.of(axis, value), Map.of())).expr(e);
    }

    Outcome evaluate() {
        return finish(rule(leaf.leaf.rule(), true));
    }

    private Outcome finish(Outcome o) {
        if (o.kind() == Outcome.Kind.SCORED || o.kind() == Outcome.Kind.VETOED) {
            BigDecimal clamped = clamp(o.lo());
            BigDecimal r = round(clamped);
            return new Outcome(o.kind(), r, r, clamped);
        }
        if (o.kind() == Outcome.Kind.JUDGED) {
            return new Outcome(o.kind(), round(clamp(o.lo())), round(clamp(o.hi())), null);
        }
        return o;
    }

    private BigDecimal clamp(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO : v.min(leaf.max);
    }

    private BigDecimal round(BigDecimal v) {
        return v.setScale(leaf.pack.rounding().scoreScale(), leaf.pack.rounding().mode());
    }

    private static Outcome scored(BigDecimal v) {
        return new Outcome(Outcome.Kind.SCORED, v, v, v);
    }

    private Outcome rule(Rule rule, boolean record) {
        BigDecimal max = leaf.max;
        if (rule instanceof Rule.FullMarks) {
            return scored(max);
        } else if (rule instanceof Rule.FixedScore f) {
            return scored(f.points());
        } else if (rule instanceof Rule.Deduct d) {
            BigDecimal total = BigDecimal.ZERO;
            for (DeductionTerm t : d.terms()) {
                total = total.add(term(t));
            }
            BigDecimal score = max.subtract(total);
            if (score.signum() < 0) {
                if (!d.floorAtZero() && record) {
                    overflow = true;
                    overflowAmount = total;
                }
                score = BigDecimal.ZERO;
            }
            return scored(score);
        } else if (rule instanceof Rule.Formula f) {
            BigDecimal points = expr(f.score());
            if (points.compareTo(max) > 0) {
                return f.capAtMax() ? scored(max) : new Outcome(Outcome.Kind.OVER_CAP, null, null, null);
            }
            return scored(points);
        } else if (rule instanceof Rule.Cases c) {
            return cases(c, record);
        } else if (rule instanceof Rule.Judgement j) {
            return new Outcome(Outcome.Kind.JUDGED, j.min().resolve(max), j.max().resolve(max), null);
        } else if (rule instanceof Rule.Veto) {
            return new Outcome(Outcome.Kind.VETOED, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        } else if (rule instanceof Rule.NotApplicable) {
            return new Outcome(Outcome.Kind.NOT_APPLICABLE, null, null, null);
        }
        return new Outcome(Outcome.Kind.NO_RULE, null, null, null);
    }

    private Outcome cases(Rule.Cases c, boolean record) {
        int chosen = -1;
        Outcome result = null;
        for (int i = 0; i < c.cases().size(); i++) {
            if (!condition(c.cases().get(i).when())) {
                continue;
            }
            if (chosen < 0) {
                chosen = i;
                result = rule(c.cases().get(i).then(), record);
                if (!record) {
                    return result;
                }
            } else {
                Outcome later = rule(c.cases().get(i).then(), false);
                if (!finish(later).sameAs(finish(result))) {
                    overlaps.add(new Overlap(c, chosen, i, finish(result), finish(later)));
                }
            }
        }
        if (chosen < 0) {
            chosen = c.cases().size();
            result = rule(c.otherwise(), record);
        }
        if (record) {
            firedClauses.add(Map.entry(c, chosen));
        }
        return result;
    }

    private BigDecimal term(DeductionTerm t) {
        BigDecimal max = leaf.max;
        if (t instanceof DeductionTerm.PerCount pc) {
            return expr(pc.count()).multiply(pc.each().resolve(max));
        }
        DeductionTerm.PerStep ps = (DeductionTerm.PerStep) t;
        BigDecimal deviation = ps.deviation(expr(ps.measure()), expr(ps.reference()));
        return ps.steps(deviation).multiply(ps.each().resolve(max));
    }

    boolean condition(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            Boolean atom = point.atoms().get(c);
            if (atom != null) {
                return atom;
            }
            return cmp.op().test(expr(cmp.left()).compareTo(expr(cmp.right())));
        } else if (c instanceof Condition.IsYes y) {
            return point.atoms().getOrDefault("yes:" + y.name(), Boolean.TRUE);
        } else if (c instanceof Condition.AllItemsMet a) {
            for (int i : leaf.items(a.checklist(), a.items())) {
                if (!point.atoms().getOrDefault("item:" + a.checklist() + "#" + i, Boolean.TRUE)) {
                    return false;
                }
            }
            return true;
        } else if (c instanceof Condition.All a) {
            for (Condition x : a.conditions()) {
                if (!condition(x)) {
                    return false;
                }
            }
            return true;
        } else if (c instanceof Condition.Any a) {
            for (Condition x : a.conditions()) {
                if (condition(x)) {
                    return true;
                }
            }
            return false;
        } else if (c instanceof Condition.Not n) {
            return !condition(n.condition());
        }
        throw new IllegalStateException("unknown condition " + c);
    }

    /** An expression's value in base units (percent as a ratio, 万元 as 元), as the evaluator compares them. */
    BigDecimal expr(Expr e) {
        if (e instanceof Expr.Const c) {
            return c.quantity().base();
        } else if (e instanceof Expr.MaxScore) {
            return leaf.max;
        } else if (e instanceof Expr.Ref || e instanceof Expr.PeriodValue) {
            String name = LeafAnalyzer.axisName(e);
            BigDecimal v = point.values().get(name);
            LeafAnalyzer.AxisBuilder a = leaf.axes.get(name);
            if (v == null || a == null) {
                return v == null ? BigDecimal.ZERO : v;
            }
            return a.unit.factor().compareTo(BigDecimal.ONE) == 0 ? v : v.multiply(a.unit.factor());
        } else if (e instanceof Expr.Binary b) {
            BigDecimal l = expr(b.left());
            BigDecimal r = expr(b.right());
            return switch (b.op()) {
                case ADD -> l.add(r);
                case SUBTRACT -> l.subtract(r);
                case MULTIPLY -> l.multiply(r);
                // Measures are axes, so a rule divides only in a score formula; a zero divisor there is the
                // evaluator's R001 per input, not a property of the rule, and is left out of the range as 0.
                case DIVIDE -> r.signum() == 0 ? BigDecimal.ZERO : Decimals.divide(l, r);
            };
        } else if (e instanceof Expr.CountOf c) {
            int n = 0;
            for (Condition x : c.conditions()) {
                if (condition(x)) {
                    n++;
                }
            }
            return BigDecimal.valueOf(n);
        } else if (e instanceof Expr.FailedItems f) {
            int n = 0;
            for (int i : leaf.items(f.checklist(), f.items())) {
                if (!point.atoms().getOrDefault("item:" + f.checklist() + "#" + i, Boolean.TRUE)) {
                    n++;
                }
            }
            return BigDecimal.valueOf(n);
        }
        throw new IllegalStateException("unknown expression " + e);
    }
}
