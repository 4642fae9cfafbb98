package io.perfeval.core.analysis;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * One goal of {@link WitnessSolver}: make an expression equal {@code target} (base units), by the expression's kind.
 * Called only when the expression's value is not known yet.
 */
final class Goal implements Expr.Visitor<Boolean> {

    private final WitnessSolver s;
    private final BigDecimal t;

    Goal(WitnessSolver s, BigDecimal target) {
        this.s = s;
        this.t = target;
    }

    @Override
    public Boolean constant(Expr.Const e) {
        return e.quantity().base().compareTo(t) == 0;
    }

    @Override
    public Boolean ref(Expr.Ref e) {
        return s.base(e.name(), t);
    }

    @Override
    public Boolean periodValue(Expr.PeriodValue e) {
        return s.base(LeafAnalyzer.axisName(e), t);
    }

    @Override
    public Boolean maxScore(Expr.MaxScore e) {
        return false;
    }

    @Override
    public Boolean binary(Expr.Binary b) {
        Set<String> free = s.a.free(b);
        if (free.size() == 1) {
            String name = free.iterator().next();
            if (name.startsWith("#")) {
                return false;
            }
            if (s.affine(b, name, t)) {
                return true;
            }
            if (inBoth(b, name)) {
                // one number on both sides and not affine: solving the sides apart would treat it as two numbers
                // (and, down a chain of measures each using the previous twice, branch 2^n times)
                return false;
            }
        }
        BigDecimal l = s.a.value(b.left());
        BigDecimal r = s.a.value(b.right());
        return switch (b.op()) {
            case ADD -> l != null ? s.expr(b.right(), t.subtract(l)) : r != null ? s.expr(b.left(), t.subtract(r))
                    : split(b.left(), b.right(), BigDecimal.ONE);
            case SUBTRACT -> l != null ? s.expr(b.right(), l.subtract(t)) : r != null ? s.expr(b.left(), t.add(r))
                    : split(b.left(), b.right(), BigDecimal.ONE.negate());
            case MULTIPLY -> multiply(b.left(), b.right(), l, r);
            case DIVIDE -> divide(b.left(), b.right(), l, r);
        };
    }

    private boolean inBoth(Expr.Binary b, String name) {
        return s.a.free(b.left()).contains(name) && s.a.free(b.right()).contains(name);
    }

    /** left + sign × right = t with both sides free: nothing on the right, half on each, all on the right. */
    private boolean split(Expr left, Expr right, BigDecimal sign) {
        List<BigDecimal> rights = new ArrayList<>();
        rights.add(BigDecimal.ZERO);
        if (sign.signum() > 0) {
            BigDecimal half = WitnessSolver.exact(t, BigDecimal.valueOf(2));
            if (half != null) {
                rights.add(half);
            }
            rights.add(t);
        } else {
            rights.add(s.plain(right));
            rights.add(t.negate());
            rights.add(t.negate().add(s.plain(right)));
        }
        List<BooleanSupplier> tries = new ArrayList<>();
        for (BigDecimal rv : rights) {
            tries.add(() -> s.expr(right, rv) && s.expr(left, t.subtract(sign.multiply(rv))));
        }
        return s.firstOf(tries);
    }

    private boolean multiply(Expr left, Expr right, BigDecimal l, BigDecimal r) {
        if (r != null) {
            BigDecimal q = r.signum() == 0 ? null : WitnessSolver.exact(t, r);
            return r.signum() == 0 ? t.signum() == 0 && s.expr(left, s.plain(left)) : q != null && s.expr(left, q);
        }
        if (l != null) {
            BigDecimal q = l.signum() == 0 ? null : WitnessSolver.exact(t, l);
            return l.signum() == 0 ? t.signum() == 0 && s.expr(right, s.plain(right)) : q != null && s.expr(right, q);
        }
        return s.firstOf(List.of(
                () -> s.expr(right, BigDecimal.ONE) && s.expr(left, t),
                () -> s.expr(left, BigDecimal.ONE) && s.expr(right, t)));
    }

    private boolean divide(Expr left, Expr right, BigDecimal l, BigDecimal r) {
        if (r != null) {
            return r.signum() != 0 && s.expr(left, t.multiply(r));
        }
        if (l != null) {
            if (t.signum() == 0) {
                return l.signum() == 0 && s.expr(right, s.plain(right));
            }
            BigDecimal d = WitnessSolver.exact(l, t);
            return d != null && d.signum() != 0 && s.expr(right, d);
        }
        List<BooleanSupplier> tries = new ArrayList<>();
        for (BigDecimal d : s.denominators(right)) {
            tries.add(() -> s.expr(right, d) && s.expr(left, t.multiply(d)));
        }
        return s.firstOf(tries);
    }

    @Override
    public Boolean countOf(Expr.CountOf c) {
        int n = whole(t);
        int known = 0;
        List<Condition> open = new ArrayList<>();
        for (Condition x : c.conditions()) {
            Boolean truth = s.a.truth(x);
            if (truth == null) {
                open.add(x);
            } else if (truth) {
                known++;
            }
        }
        int need = n - known;
        if (n < 0 || need < 0 || need > open.size()) {
            return false;
        }
        for (int i = 0; i < open.size(); i++) {
            if (!s.condition(open.get(i), i < need)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Boolean failedItems(Expr.FailedItems f) {
        int n = whole(t);
        Map<Integer, Boolean> answers = s.a.items.getOrDefault(f.checklist(), Map.of());
        int failed = 0;
        List<Integer> open = new ArrayList<>();
        for (int i : s.a.listed(f.checklist(), f.items())) {
            Boolean met = answers.get(i);
            if (met == null) {
                open.add(i);
            } else if (!met) {
                failed++;
            }
        }
        int need = n - failed;
        if (n < 0 || need < 0 || need > open.size()) {
            return false;
        }
        for (int i = 0; i < open.size(); i++) {
            s.a.setItem(f.checklist(), open.get(i), i >= need);
        }
        return true;
    }

    private static int whole(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() > 0 || v.abs().compareTo(BigDecimal.valueOf(100_000)) > 0 ? -1 : s.intValue();
    }

    @Override
    public Boolean min(Expr.Min e) {
        return extreme(e.left(), e.right(), -1);
    }

    @Override
    public Boolean max(Expr.Max e) {
        return extreme(e.left(), e.right(), 1);
    }

    /** min (side −1) or max (side 1) of two sides equal to t: one side at t, the other at t or beyond it. */
    private boolean extreme(Expr left, Expr right, int side) {
        BigDecimal l = s.a.value(left);
        BigDecimal r = s.a.value(right);
        if (l != null) {
            return l.compareTo(t) * side <= 0 && s.expr(right, t);
        }
        if (r != null) {
            return r.compareTo(t) * side <= 0 && s.expr(left, t);
        }
        return s.expr(left, t) && s.expr(right, t);
    }

    @Override
    public Boolean abs(Expr.Abs e) {
        if (t.signum() < 0) {
            return false;
        }
        return s.firstOf(List.of(() -> s.expr(e.value(), t), () -> s.expr(e.value(), t.negate())));
    }

    /** One goal for a condition: make it hold ({@code want}) or fail. */
    static final class ConditionGoal implements Condition.Visitor<Boolean> {
        private final WitnessSolver s;
        private final boolean want;

        ConditionGoal(WitnessSolver s, boolean want) {
            this.s = s;
            this.want = want;
        }

        @Override
        public Boolean compare(Condition.Compare c) {
            BigDecimal l = s.a.value(c.left());
            BigDecimal r = s.a.value(c.right());
            if (l == null && r == null) {
                if (!s.expr(c.right(), s.plain(c.right()))) {
                    return false;
                }
                r = s.a.value(c.right());
            }
            if (l == null) {
                return reach(c.left(), c.op(), r);
            }
            return reach(c.right(), mirror(c.op()), l);
        }

        /** Makes {@code side op other} hold or fail, solving {@code side}. */
        private boolean reach(Expr side, Condition.Comparison op, BigDecimal other) {
            BigDecimal step = s.step(side);
            BigDecimal up = other.add(step);
            BigDecimal down = other.subtract(step);
            boolean holds = want;
            List<BigDecimal> values = switch (op) {
                case GE -> holds ? List.of(other, up) : List.of(down);
                case GT -> holds ? List.of(up) : List.of(other, down);
                case LE -> holds ? List.of(other, down) : List.of(up);
                case LT -> holds ? List.of(down) : List.of(other, up);
                case EQ -> holds ? List.of(other) : List.of(up, down);
                case NE -> holds ? List.of(up, down) : List.of(other);
            };
            List<BooleanSupplier> tries = new ArrayList<>();
            for (BigDecimal v : values) {
                tries.add(() -> s.expr(side, v));
            }
            return s.firstOf(tries);
        }

        private static Condition.Comparison mirror(Condition.Comparison op) {
            return switch (op) {
                case GE -> Condition.Comparison.LE;
                case GT -> Condition.Comparison.LT;
                case LE -> Condition.Comparison.GE;
                case LT -> Condition.Comparison.GT;
                case EQ, NE -> op;
            };
        }

        @Override
        public Boolean isYes(Condition.IsYes y) {
            return s.a.setYes(y.name(), want);
        }

        @Override
        public Boolean allItemsMet(Condition.AllItemsMet m) {
            Map<Integer, Boolean> answers = s.a.items.getOrDefault(m.checklist(), Map.of());
            List<Integer> listed = s.a.listed(m.checklist(), m.items());
            if (want) {
                for (int i : listed) {
                    if (!s.a.setItem(m.checklist(), i, true)) {
                        return false;
                    }
                }
                return true;
            }
            for (int i : listed) {
                if (!answers.containsKey(i)) {
                    return s.a.setItem(m.checklist(), i, false);
                }
            }
            return false;
        }

        @Override
        public Boolean all(Condition.All a) {
            return want ? every(a.conditions(), true) : some(a.conditions(), false);
        }

        @Override
        public Boolean any(Condition.Any a) {
            return want ? some(a.conditions(), true) : every(a.conditions(), false);
        }

        private boolean every(List<Condition> cs, boolean value) {
            for (Condition x : cs) {
                if (!s.condition(x, value)) {
                    return false;
                }
            }
            return true;
        }

        private boolean some(List<Condition> cs, boolean value) {
            List<BooleanSupplier> tries = new ArrayList<>();
            for (Condition x : cs) {
                tries.add(() -> s.condition(x, value));
            }
            return s.firstOf(tries);
        }

        @Override
        public Boolean not(Condition.Not n) {
            return s.condition(n.condition(), !want);
        }
    }
}
