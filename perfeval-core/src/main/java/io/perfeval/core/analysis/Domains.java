package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** The domain of a derived measure by interval arithmetic over the declared data's bounds (base units). */
final class Domains {

    private Domains() {
    }

    static Interval of(RulePack pack, Measure m) {
        return expr(pack, m.formula(), new HashSet<>(Set.of(m.name())));
    }

    private static Interval expr(RulePack pack, Expr e, Set<String> seen) {
        if (e instanceof Expr.Const c) {
            return Interval.point(c.quantity().base());
        } else if (e instanceof Expr.Ref r) {
            var field = pack.field(r.name());
            if (field.isPresent()) {
                return field(field.get());
            }
            var m = pack.measure(r.name());
            if (m.isEmpty() || !seen.add(r.name())) {
                return Interval.ALL;
            }
            Interval d = expr(pack, m.get().formula(), seen);
            seen.remove(r.name());
            return d;
        } else if (e instanceof Expr.PeriodValue p) {
            return pack.field(p.series()).map(Domains::field).orElse(Interval.ALL);
        } else if (e instanceof Expr.Binary b) {
            Interval l = expr(pack, b.left(), seen);
            Interval r = expr(pack, b.right(), seen);
            return switch (b.op()) {
                case ADD -> l.add(r);
                case SUBTRACT -> l.subtract(r);
                case MULTIPLY -> l.multiply(r);
                case DIVIDE -> l.divide(r);
            };
        } else if (e instanceof Expr.CountOf c) {
            return new Interval(BigDecimal.ZERO, BigDecimal.valueOf(c.conditions().size()));
        } else if (e instanceof Expr.FailedItems f) {
            int n = f.items().isEmpty() ? pack.field(f.checklist()).map(x -> x.items().size()).orElse(0)
                    : f.items().size();
            return new Interval(BigDecimal.ZERO, BigDecimal.valueOf(n));
        }
        return Interval.ALL;
    }

    private static Interval field(DataField f) {
        BigDecimal lo = f.min();
        if (f.nonNegative() && (lo == null || lo.signum() < 0)) {
            lo = BigDecimal.ZERO;
        }
        BigDecimal factor = f.unit().factor();
        return new Interval(lo == null ? null : lo.multiply(factor), f.max() == null ? null : f.max().multiply(factor));
    }
}
