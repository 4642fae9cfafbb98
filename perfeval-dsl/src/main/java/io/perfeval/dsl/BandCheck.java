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
        Expr subject = null;
        TreeSet<BigDecimal> bounds = new TreeSet<>();
        io.perfeval.core.rule.Unit unit = null;
        for (Rule.Case c : cases) {
            List<Condition.Compare> leaves = new ArrayList<>();
            if (!collect(c.when(), leaves)) {
                return;
            }
            for (Condition.Compare cmp : leaves) {
                if (!(cmp.right() instanceof Expr.Const k)) {
                    return;
                }
                if (subject == null) {
                    subject = cmp.left();
                    unit = k.quantity().unit();
                } else if (!same(subject, cmp.left())) {
                    return;
                }
                if (!k.quantity().unit().comparableWith(unit)) {
                    return;
                }
                bounds.add(k.quantity().in(unit).value());
            }
        }
        if (subject == null || bounds.isEmpty()) {
            return;
        }
        List<BigDecimal> probes = new ArrayList<>();
        BigDecimal prev = null;
        for (BigDecimal b : bounds) {
            if (prev == null) {
                probes.add(b.subtract(BigDecimal.ONE));
            } else {
                probes.add(prev.add(b).divide(BigDecimal.valueOf(2)));
            }
            probes.add(b);
            prev = b;
        }
        probes.add(prev.add(BigDecimal.ONE));
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
