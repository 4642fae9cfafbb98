package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The domain of each derived measure by interval arithmetic over the declared data's bounds (base units), computed
 * once per measure and kept: a measure used by several others (or twice by one) is expanded once, so the work is
 * linear in the measure graph, not in the number of paths through it (issue 17).
 */
final class Domains implements Expr.Visitor<Interval> {

    private final RulePack pack;
    private final Budget budget;
    private final Map<String, Interval> measures = new HashMap<>();

    Domains(RulePack pack, Budget budget) {
        this.pack = pack;
        this.budget = budget;
    }

    /** The domain of {@code m}'s unrounded value, in base units. */
    Interval of(Measure m) {
        Interval d = measures.get(m.name());
        if (d == null) {
            // cycles are rejected when the pack is built (C007), so this recursion ends
            d = m.formula().accept(this);
            measures.put(m.name(), d);
        }
        return d;
    }

    /** The domain of a declared datum, in base units: {@link DataDomain}'s bounds times the unit. */
    static Interval field(DataField f) {
        BigDecimal factor = f.unit().factor();
        BigDecimal lo = DataDomain.lower(f).map(v -> v.multiply(factor)).orElse(null);
        BigDecimal hi = DataDomain.upper(f).map(v -> v.multiply(factor)).orElse(null);
        return new Interval(lo, hi);
    }

    @Override
    public Interval constant(Expr.Const e) {
        budget.spend(1);
        return Interval.point(e.quantity().base());
    }

    @Override
    public Interval ref(Expr.Ref e) {
        budget.spend(1);
        var f = pack.field(e.name());
        if (f.isPresent()) {
            return field(f.get());
        }
        return pack.measure(e.name()).map(this::of).orElse(Interval.ALL);
    }

    @Override
    public Interval periodValue(Expr.PeriodValue e) {
        budget.spend(1);
        return pack.field(e.series()).map(Domains::field).orElse(Interval.ALL);
    }

    @Override
    public Interval maxScore(Expr.MaxScore e) {
        return Interval.ALL; // a measure cannot read 分值 (C016)
    }

    @Override
    public Interval binary(Expr.Binary e) {
        budget.spend(1);
        Interval l = e.left().accept(this);
        Interval r = e.right().accept(this);
        return switch (e.op()) {
            case ADD -> l.add(r);
            case SUBTRACT -> l.subtract(r);
            case MULTIPLY -> l.multiply(r);
            case DIVIDE -> l.divide(r);
        };
    }

    @Override
    public Interval countOf(Expr.CountOf e) {
        return new Interval(BigDecimal.ZERO, BigDecimal.valueOf(e.conditions().size()));
    }

    @Override
    public Interval failedItems(Expr.FailedItems e) {
        int n = e.items().isEmpty() ? pack.field(e.checklist()).map(x -> x.items().size()).orElse(0)
                : e.items().size();
        return new Interval(BigDecimal.ZERO, BigDecimal.valueOf(n));
    }

    @Override
    public Interval min(Expr.Min e) {
        budget.spend(1);
        return e.left().accept(this).min(e.right().accept(this));
    }

    @Override
    public Interval max(Expr.Max e) {
        budget.spend(1);
        return e.left().accept(this).max(e.right().accept(this));
    }

    @Override
    public Interval abs(Expr.Abs e) {
        budget.spend(1);
        return e.value().accept(this).abs();
    }
}
