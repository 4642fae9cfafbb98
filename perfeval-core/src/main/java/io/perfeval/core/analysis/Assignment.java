package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A partial assignment of a pack's data, as a witness is being built: numbers in their declared units, series by
 * period, yes/no answers and checklist answers. Values of expressions are computed from it in base units the way the
 * evaluator computes them (a measure rounded half-up to its scale in its unit), or are unknown (null) while something
 * they read is unassigned. A measure's value is computed once per state and kept (the measure graph is a DAG whose
 * paths can be exponentially many); any new assignment forgets what was kept.
 */
final class Assignment {

    final RulePack pack;
    private final Budget budget;
    final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    final Map<String, Map<String, BigDecimal>> series = new LinkedHashMap<>();
    final Map<String, Boolean> yes = new LinkedHashMap<>();
    final Map<String, Map<Integer, Boolean>> items = new LinkedHashMap<>();
    private final Map<String, BigDecimal> known = new HashMap<>();
    private final Set<String> unknown = new java.util.HashSet<>();

    Assignment(RulePack pack, Budget budget) {
        this.pack = pack;
        this.budget = budget;
    }

    /** A copy to return to when an attempt fails. */
    Assignment copy() {
        Assignment a = new Assignment(pack, budget);
        a.numbers.putAll(numbers);
        series.forEach((k, v) -> a.series.put(k, new LinkedHashMap<>(v)));
        a.yes.putAll(yes);
        items.forEach((k, v) -> a.items.put(k, new LinkedHashMap<>(v)));
        return a;
    }

    /** Takes back every assignment made since {@code snapshot} was copied. */
    void restore(Assignment snapshot) {
        numbers.clear();
        numbers.putAll(snapshot.numbers);
        series.clear();
        snapshot.series.forEach((k, v) -> series.put(k, new LinkedHashMap<>(v)));
        yes.clear();
        yes.putAll(snapshot.yes);
        items.clear();
        snapshot.items.forEach((k, v) -> items.put(k, new LinkedHashMap<>(v)));
        forget();
    }

    private void forget() {
        known.clear();
        unknown.clear();
    }

    // ---- assigning ----

    /** Sets datum {@code f} to {@code base} (base units); false when that is no value its declaration allows. */
    boolean assign(DataField f, BigDecimal base) {
        BigDecimal v = inUnit(base, f);
        if (v == null || !DataDomain.admits(f, v)) {
            return false;
        }
        BigDecimal old = numbers.get(f.name());
        if (old != null) {
            return old.compareTo(v) == 0;
        }
        numbers.put(f.name(), tidy(v, f));
        forget();
        return true;
    }

    boolean assignPeriod(DataField f, String period, BigDecimal base) {
        BigDecimal v = inUnit(base, f);
        if (v == null || !DataDomain.admits(f, v)) {
            return false;
        }
        Map<String, BigDecimal> s = series.computeIfAbsent(f.name(), k -> new LinkedHashMap<>());
        BigDecimal old = s.get(period);
        if (old != null) {
            return old.compareTo(v) == 0;
        }
        s.put(period, tidy(v, f));
        forget();
        return true;
    }

    boolean setYes(String name, boolean value) {
        Boolean old = yes.putIfAbsent(name, value);
        forget();
        return old == null || old == value;
    }

    boolean setItem(String checklist, int item, boolean met) {
        Boolean old = items.computeIfAbsent(checklist, k -> new LinkedHashMap<>()).putIfAbsent(item, met);
        forget();
        return old == null || old == met;
    }

    boolean assigned(String datum) {
        return numbers.containsKey(datum) || series.containsKey(datum) || yes.containsKey(datum)
                || items.containsKey(datum);
    }

    /** {@code base} in the datum's unit, exactly and with at most the decimals an input may have; else null. */
    static BigDecimal inUnit(BigDecimal base, DataField f) {
        try {
            BigDecimal v = base.divide(f.unit().factor(), MathContext.UNLIMITED);
            return v.stripTrailingZeros().scale() > io.perfeval.core.input.EvaluationInput.MAX_DECIMALS ? null : v;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal tidy(BigDecimal v, DataField f) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 || DataDomain.whole(f) ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    // ---- values ----

    /** The value of {@code e} in base units, or null while something it reads is unassigned (or it divides by 0). */
    BigDecimal value(Expr e) {
        return e.accept(new Values(null, null));
    }

    /** The value of {@code e} with the number named {@code name} (a datum, measure or period) at {@code base}. */
    BigDecimal valueWith(Expr e, String name, BigDecimal base) {
        return e.accept(new Values(name, base));
    }

    /** Whether {@code c} holds, or null while it cannot be told. */
    Boolean truth(Condition c) {
        return c.accept(new Truths());
    }

    /** A measure's value in base units: its formula, in its unit, rounded half-up to its scale. */
    BigDecimal measure(Measure m) {
        BigDecimal v = known.get(m.name());
        if (v != null || unknown.contains(m.name())) {
            return v;
        }
        BigDecimal raw = m.formula().accept(new Values(null, null));
        v = raw == null ? null : rounded(raw, m);
        if (v == null) {
            unknown.add(m.name());
        } else {
            known.put(m.name(), v);
        }
        return v;
    }

    static BigDecimal rounded(BigDecimal base, Measure m) {
        return Decimals.divide(base, m.unit().factor()).setScale(m.scale(), RoundingMode.HALF_UP)
                .multiply(m.unit().factor());
    }

    /** The numbers {@code e} reads directly that are not known yet, by name (measures as wholes), in order. */
    Set<String> free(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        free(e, out);
        return out;
    }

    private void free(Expr e, Set<String> out) {
        String name = LeafAnalyzer.axisName(e);
        if (name != null) {
            if (value(e) == null) {
                out.add(name);
            }
            return;
        }
        Rules.Parts p = Rules.parts(e);
        for (Expr x : p.exprs()) {
            free(x, out);
        }
        if (!p.conditions().isEmpty() || e instanceof Expr.FailedItems) {
            if (value(e) == null) {
                out.add("#" + System.identityHashCode(e)); // counts are solved as a whole, never affinely
            }
        }
    }

    private final class Values implements Expr.Visitor<BigDecimal> {
        private final String override;
        private final BigDecimal overrideValue;

        Values(String override, BigDecimal overrideValue) {
            this.override = override;
            this.overrideValue = overrideValue;
        }

        @Override
        public BigDecimal constant(Expr.Const e) {
            return e.quantity().base();
        }

        @Override
        public BigDecimal ref(Expr.Ref e) {
            budget.spend(1);
            if (e.name().equals(override)) {
                return overrideValue;
            }
            var f = pack.field(e.name());
            if (f.isPresent()) {
                BigDecimal v = numbers.get(e.name());
                return v == null ? null : v.multiply(f.get().unit().factor());
            }
            return pack.measure(e.name()).map(Assignment.this::measure).orElse(null);
        }

        @Override
        public BigDecimal periodValue(Expr.PeriodValue e) {
            budget.spend(1);
            if (LeafAnalyzer.axisName(e).equals(override)) {
                return overrideValue;
            }
            BigDecimal v = series.getOrDefault(e.series(), Map.of()).get(e.period());
            return v == null ? null : v.multiply(pack.field(e.series()).orElseThrow().unit().factor());
        }

        @Override
        public BigDecimal maxScore(Expr.MaxScore e) {
            return null;
        }

        @Override
        public BigDecimal binary(Expr.Binary b) {
            budget.spend(1);
            BigDecimal l = b.left().accept(this);
            BigDecimal r = l == null ? null : b.right().accept(this);
            if (r == null) {
                return null;
            }
            return switch (b.op()) {
                case ADD -> l.add(r);
                case SUBTRACT -> l.subtract(r);
                case MULTIPLY -> l.multiply(r);
                case DIVIDE -> r.signum() == 0 ? null : Decimals.divide(l, r);
            };
        }

        @Override
        public BigDecimal countOf(Expr.CountOf c) {
            int n = 0;
            for (Condition x : c.conditions()) {
                Boolean t = truth(x);
                if (t == null) {
                    return null;
                }
                n += t ? 1 : 0;
            }
            return BigDecimal.valueOf(n);
        }

        @Override
        public BigDecimal failedItems(Expr.FailedItems f) {
            Map<Integer, Boolean> answers = items.getOrDefault(f.checklist(), Map.of());
            int n = 0;
            for (int i : listed(f.checklist(), f.items())) {
                Boolean met = answers.get(i);
                if (met == null) {
                    return null;
                }
                n += met ? 0 : 1;
            }
            return BigDecimal.valueOf(n);
        }

        @Override
        public BigDecimal min(Expr.Min e) {
            BigDecimal l = e.left().accept(this);
            BigDecimal r = l == null ? null : e.right().accept(this);
            return r == null ? null : l.min(r);
        }

        @Override
        public BigDecimal max(Expr.Max e) {
            BigDecimal l = e.left().accept(this);
            BigDecimal r = l == null ? null : e.right().accept(this);
            return r == null ? null : l.max(r);
        }

        @Override
        public BigDecimal abs(Expr.Abs e) {
            BigDecimal v = e.value().accept(this);
            return v == null ? null : v.abs();
        }
    }

    /** The item numbers a checklist condition or count reads: the listed ones, or all the checklist declares. */
    java.util.List<Integer> listed(String checklist, java.util.List<Integer> listed) {
        if (!listed.isEmpty()) {
            return listed;
        }
        int n = pack.field(checklist).map(f -> f.items().size()).orElse(0);
        java.util.List<Integer> all = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(i);
        }
        return all;
    }

    /** Three-valued: null while the condition cannot be told. */
    private final class Truths implements Condition.Visitor<Boolean> {
        @Override
        public Boolean compare(Condition.Compare c) {
            BigDecimal l = value(c.left());
            BigDecimal r = l == null ? null : value(c.right());
            return r == null ? null : c.op().test(l.compareTo(r));
        }

        @Override
        public Boolean isYes(Condition.IsYes y) {
            return yes.get(y.name());
        }

        @Override
        public Boolean allItemsMet(Condition.AllItemsMet a) {
            Map<Integer, Boolean> answers = items.getOrDefault(a.checklist(), Map.of());
            boolean open = false;
            for (int i : listed(a.checklist(), a.items())) {
                Boolean met = answers.get(i);
                if (met == null) {
                    open = true;
                } else if (!met) {
                    return false;
                }
            }
            return open ? null : Boolean.TRUE;
        }

        @Override
        public Boolean all(Condition.All a) {
            boolean open = false;
            for (Condition x : a.conditions()) {
                Boolean t = x.accept(this);
                if (t == null) {
                    open = true;
                } else if (!t) {
                    return false;
                }
            }
            return open ? null : Boolean.TRUE;
        }

        @Override
        public Boolean any(Condition.Any a) {
            boolean open = false;
            for (Condition x : a.conditions()) {
                Boolean t = x.accept(this);
                if (t == null) {
                    open = true;
                } else if (t) {
                    return true;
                }
            }
            return open ? null : Boolean.FALSE;
        }

        @Override
        public Boolean not(Condition.Not n) {
            Boolean t = n.condition().accept(this);
            return t == null ? null : !t;
        }
    }
}
