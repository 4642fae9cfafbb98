package io.perfeval.dsl;

import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks the clauses of one criterion that compare a single measure with numbers: a clause no value can reach
 * (everything it covers is taken by earlier clauses) is an error (D014); values no clause covers while the text gives
 * nothing for them are a warning (D015). Probes every bound, a point between neighbouring bounds, and points outside.
 */
final class BandCheck {

    private BandCheck() {
    }

    static void check(List<Rule.Case> cases, Rule otherwise, String path, Diag diag,
                      List<SourceLocation> where, List<String> texts) {
        Probes p = probes(cases);
        if (p == null) {
            return;
        }
        Expr subject = p.subject;
        io.perfeval.core.rule.Unit unit = p.unit;
        List<BigDecimal> probes = p.values;
        boolean[] reached = new boolean[cases.size()];
        BigDecimal gap = null;
        for (BigDecimal v : probes) {
            Quantity q = new Quantity(v, unit);
            boolean covered = false;
            for (int i = 0; i < cases.size(); i++) {
                if (holds(cases.get(i).when(), q)) {
                    reached[i] = true;
                    covered = true;
                    break;
                }
            }
            if (!covered && gap == null && v.signum() >= 0) {
                gap = v;
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            if (!reached[i]) {
                diag.error("D014", path, where.get(i), texts.get(i));
            }
        }
        if (gap != null && otherwise instanceof Rule.NoRule) {
            diag.warn("D015", path, where.get(0), ExprName.of(subject),
                    new Quantity(gap, unit).display());
        }
    }

    /**
     * Whether the cases compare one number and some case holds at every value tried (each bound, between bounds and
     * outside): nothing is left for what the text gives the values no clause takes.
     */
    static boolean coversEveryValue(List<Rule.Case> cases) {
        Probes p = probes(cases);
        if (p == null) {
            return false;
        }
        for (BigDecimal v : p.values) {
            Quantity q = new Quantity(v, p.unit);
            boolean covered = false;
            for (Rule.Case c : cases) {
                if (holds(c.when(), q)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** The one number the cases compare, its unit, and the values to try: each bound, between bounds, and outside. */
    private record Probes(Expr subject, io.perfeval.core.rule.Unit unit, List<BigDecimal> values) {
    }

    private static Probes probes(List<Rule.Case> cases) {
        Expr subject = null;
        TreeSet<BigDecimal> bounds = new TreeSet<>();
        io.perfeval.core.rule.Unit unit = null;
        for (Rule.Case c : cases) {
            List<Condition.Compare> leaves = new ArrayList<>();
            if (!collect(c.when(), leaves)) {
                return null;
            }
            for (Condition.Compare cmp : leaves) {
                if (!(cmp.right() instanceof Expr.Const k)) {
                    return null;
                }
                if (subject == null) {
                    subject = cmp.left();
                    unit = k.quantity().unit();
                } else if (!same(subject, cmp.left())) {
                    return null;
                }
                if (!k.quantity().unit().comparableWith(unit)) {
                    return null;
                }
                bounds.add(k.quantity().in(unit).value());
            }
        }
        if (subject == null || bounds.isEmpty()) {
            return null;
        }
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal prev = null;
        for (BigDecimal b : bounds) {
            if (prev == null) {
                values.add(b.subtract(BigDecimal.ONE));
            } else {
                values.add(prev.add(b).divide(BigDecimal.valueOf(2)));
            }
            values.add(b);
            prev = b;
        }
        values.add(prev.add(BigDecimal.ONE));
        return new Probes(subject, unit, values);
    }

    /**
     * A value of the one number that deduction bands compare which no band covers though bands that lose points cover
     * values on both sides of it (「逾期1个月内扣1分，3个月以上不得分」: 2 months), as text; null when there is none, or the
     * bands are not plain comparisons of one number. Scored by what applies when no band does — nothing deducted —
     * such a value would take more than values better than it. A gap beside a full-marks band is not one: 「按时完成得满分，
     * 逾期超过1个月扣1分」 loses nothing up to a month, as written.
     */
    static String deductionGap(List<Rule.Case> cases) {
        Probes p = probes(cases);
        if (p == null) {
            return null;
        }
        // per probe: -1 uncovered, 0 full marks, 1 loses points
        int[] covered = new int[p.values.size()];
        for (int k = 0; k < covered.length; k++) {
            Quantity q = new Quantity(p.values.get(k), p.unit);
            covered[k] = -1;
            for (Rule.Case c : cases) {
                if (holds(c.when(), q)) {
                    covered[k] = c.then() instanceof Rule.FullMarks ? 0 : 1;
                    break;
                }
            }
        }
        for (int k = 1; k + 1 < covered.length; k++) {
            if (covered[k] < 0 && nearest(covered, k, -1) == 1 && nearest(covered, k, 1) == 1) {
                return ExprName.of(p.subject) + " = " + new Quantity(p.values.get(k), p.unit).display();
            }
        }
        return null;
    }

    /** What covers the nearest covered probe from {@code k} in direction {@code step}: 0, 1, or -1 for none. */
    private static int nearest(int[] covered, int k, int step) {
        for (int j = k + step; j >= 0 && j < covered.length; j += step) {
            if (covered[j] >= 0) {
                return covered[j];
            }
        }
        return -1;
    }

    private static boolean collect(Condition c, List<Condition.Compare> out) {
        if (c instanceof Condition.Compare cmp) {
            out.add(cmp);
            return true;
        }
        if (c instanceof Condition.All a) {
            for (Condition x : a.conditions()) {
                if (!collect(x, out)) {
                    return false;
                }
            }
            return true;
        }
        if (c instanceof Condition.Any a) {
            for (Condition x : a.conditions()) {
                if (!collect(x, out)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether two comparisons test the same expression. A name (the usual subject) is compared by its text: the
     * first {@code equals} of a record class in a JVM sets up its method handles, about 5 ms of a first compile.
     */
    private static boolean same(Expr a, Expr b) {
        if (a instanceof Expr.Ref x && b instanceof Expr.Ref y) {
            return x.name().equals(y.name());
        }
        return a.equals(b);
    }

    private static boolean holds(Condition c, Quantity v) {
        if (c instanceof Condition.Compare cmp) {
            Quantity k = ((Expr.Const) cmp.right()).quantity();
            return cmp.op().test(v.compareTo(k));
        }
        if (c instanceof Condition.All a) {
            for (Condition x : a.conditions()) {
                if (!holds(x, v)) {
                    return false;
                }
            }
            return true;
        }
        if (c instanceof Condition.Any a) {
            for (Condition x : a.conditions()) {
                if (holds(x, v)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** A short name for an expression in messages. */
    static final class ExprName {
        private ExprName() {
        }

        static String of(Expr e) {
            return e instanceof Expr.Ref r ? r.name() : PackPrinter.expr(e);
        }
    }
}
