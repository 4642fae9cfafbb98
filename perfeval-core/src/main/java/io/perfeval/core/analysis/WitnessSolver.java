package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.Measure;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Solves a pack's formulas backwards for its data: makes an expression take a value, or a condition hold or fail, by
 * assigning data that are still free, within their declared domains ({@link DataDomain}). The usual shapes are solved
 * exactly — a / b × 100% with a round denominator, sums and differences split between their sides, a formula affine
 * in the one number it still needs (a measure used twice by the next: (m + m) / 2), counts of conditions or failed
 * items, min, max and |…| — and anything else fails rather than guesses: the evaluator confirms every witness anyway.
 * A failed attempt leaves the assignment as it was.
 */
final class WitnessSolver {

    private static final List<BigDecimal> COUNT_DENOMINATORS = numbers("1", "2", "4", "5", "10", "20", "25", "50",
            "100", "1000", "10000");
    private static final List<BigDecimal> AMOUNT_DENOMINATORS = numbers("100", "1000", "10000", "10", "1", "20", "50",
            "200", "500");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    final Assignment a;
    private final Set<String> divisors;

    WitnessSolver(Assignment a, Set<String> divisors) {
        this.a = a;
        this.divisors = divisors;
    }

    private static List<BigDecimal> numbers(String... values) {
        List<BigDecimal> out = new ArrayList<>();
        for (String v : values) {
            out.add(new BigDecimal(v));
        }
        return List.copyOf(out);
    }

    /** Makes the number named {@code axis} (a datum, a measure or 序列[期]) equal {@code value}, in its own unit. */
    boolean axis(String axis, BigDecimal value) {
        int bracket = axis.indexOf('[');
        if (bracket > 0 && axis.endsWith("]")) {
            String s = axis.substring(0, bracket);
            return a.pack.field(s).map(f -> a.assignPeriod(f, axis.substring(bracket + 1, axis.length() - 1),
                    value.multiply(f.unit().factor()))).orElse(false);
        }
        var f = a.pack.field(axis);
        if (f.isPresent()) {
            return a.assign(f.get(), value.multiply(f.get().unit().factor()));
        }
        return a.pack.measure(axis).map(m -> measure(m, value.multiply(m.unit().factor()))).orElse(false);
    }

    /** Makes measure {@code m} equal {@code base} (base units): a value its rounding can show, its formula hitting it. */
    boolean measure(Measure m, BigDecimal base) {
        BigDecimal inUnit;
        try {
            inUnit = base.divide(m.unit().factor(), MathContext.UNLIMITED);
        } catch (ArithmeticException e) {
            return false;
        }
        if (inUnit.stripTrailingZeros().scale() > m.scale()) {
            return false;
        }
        return expr(m.formula(), base);
    }

    /** Makes {@code e} equal {@code target} (base units); on failure nothing is assigned. */
    boolean expr(Expr e, BigDecimal target) {
        BigDecimal known = a.value(e);
        if (known != null) {
            return known.compareTo(target) == 0;
        }
        Assignment before = a.copy();
        boolean ok = e.accept(new Goal(this, target));
        if (!ok) {
            a.restore(before);
        }
        return ok;
    }

    /** Makes {@code c} hold ({@code want}) or fail; on failure nothing is assigned. */
    boolean condition(Condition c, boolean want) {
        Boolean t = a.truth(c);
        if (t != null) {
            return t == want;
        }
        Assignment before = a.copy();
        boolean ok = c.accept(new Goal.ConditionGoal(this, want));
        if (!ok) {
            a.restore(before);
        }
        return ok;
    }

    /** Tries each alternative in turn from the same state; keeps the first that succeeds. */
    boolean firstOf(List<java.util.function.BooleanSupplier> alternatives) {
        Assignment before = a.copy();
        for (java.util.function.BooleanSupplier s : alternatives) {
            if (s.getAsBoolean()) {
                return true;
            }
            a.restore(before);
        }
        return false;
    }

    /**
     * Makes {@code e} — affine in the one number {@code name} it still needs — equal {@code target}: its value at 0, 1
     * and 2 gives the line, and the number is solved for exactly.
     */
    boolean affine(Expr e, String name, BigDecimal target) {
        BigDecimal f0 = a.valueWith(e, name, BigDecimal.ZERO);
        BigDecimal f1 = a.valueWith(e, name, BigDecimal.ONE);
        BigDecimal f2 = a.valueWith(e, name, BigDecimal.valueOf(2));
        if (f0 == null || f1 == null || f2 == null) {
            return false;
        }
        BigDecimal slope = f1.subtract(f0);
        if (slope.signum() == 0 || f2.subtract(f1).compareTo(slope) != 0) {
            return false;
        }
        BigDecimal x;
        try {
            x = target.subtract(f0).divide(slope, MathContext.UNLIMITED);
        } catch (ArithmeticException ex) {
            return false;
        }
        return base(name, x);
    }

    /** Makes the number named {@code name} (datum, measure, period) equal {@code base}, given in base units. */
    boolean base(String name, BigDecimal base) {
        int bracket = name.indexOf('[');
        if (bracket > 0 && name.endsWith("]")) {
            String s = name.substring(0, bracket);
            return a.pack.field(s).map(f -> a.assignPeriod(f, name.substring(bracket + 1, name.length() - 1), base))
                    .orElse(false);
        }
        var f = a.pack.field(name);
        if (f.isPresent()) {
            return a.assign(f.get(), base);
        }
        return a.pack.measure(name).map(m -> measure(m, base)).orElse(false);
    }

    /** Round denominators to try for {@code e}, in base units: small whole numbers for counts, round amounts else. */
    List<BigDecimal> denominators(Expr e) {
        DataField f = firstField(e);
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal factor = f == null ? BigDecimal.ONE : f.unit().factor();
        List<BigDecimal> list = f != null && DataDomain.whole(f) ? COUNT_DENOMINATORS : AMOUNT_DENOMINATORS;
        for (BigDecimal d : list) {
            out.add(d.multiply(factor));
        }
        return out;
    }

    private DataField firstField(Expr e) {
        String name = LeafAnalyzer.axisName(e);
        if (e instanceof Expr.Ref r) {
            var f = a.pack.field(r.name());
            if (f.isPresent()) {
                return f.get();
            }
            return a.pack.measure(r.name()).map(m -> firstField(m.formula())).orElse(null);
        }
        if (name != null && e instanceof Expr.PeriodValue p) {
            return a.pack.field(p.series()).orElse(null);
        }
        for (Expr x : Rules.parts(e).exprs()) {
            DataField f = firstField(x);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** A plain value to give a free number when a goal needs some value there: its datum's usual default. */
    BigDecimal plain(Expr e) {
        DataField f = firstField(e);
        return f == null ? BigDecimal.ONE : Defaults.value(f, divisors).multiply(f.unit().factor());
    }

    /** The smallest difference the pack sees in {@code e}'s number, in base units. */
    BigDecimal step(Expr e) {
        if (e instanceof Expr.Ref r) {
            var m = a.pack.measure(r.name());
            if (m.isPresent()) {
                return BigDecimal.ONE.movePointLeft(m.get().scale()).multiply(m.get().unit().factor());
            }
        }
        DataField f = firstField(e);
        return f == null ? new BigDecimal("0.01") : DataDomain.step(f).multiply(f.unit().factor());
    }

    static BigDecimal exact(BigDecimal x, BigDecimal y) {
        try {
            return x.divide(y, MathContext.UNLIMITED);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static BigDecimal tenThousand() {
        return TEN_THOUSAND;
    }
}
