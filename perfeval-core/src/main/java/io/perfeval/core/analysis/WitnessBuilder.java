package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Turns a point of a leaf's lattice (a value per axis, a truth per atom) into an input, or finds there is none: the
 * lattice takes its axes as independent, and measures computed from the same data are not, so many points are not
 * inputs at all. Several orders are tried — data first, measures first, then with the data a claim does not name
 * free to move within their region (between the same two critical points), which is what makes 覆盖率 = 100.01% with
 * 应自评项目数 = 10000 a witness for the point 应自评项目数 = 2. What is left free gets {@link Defaults}.
 */
final class WitnessBuilder {

    private final RulePack pack;
    private final Budget budget;
    private final Set<String> divisors;

    WitnessBuilder(RulePack pack, Budget budget) {
        this.pack = pack;
        this.budget = budget;
        this.divisors = Defaults.divisors(pack);
    }

    /**
     * An input at {@code p} for {@code leaf}, with {@code judgement} as its judgement (null for none beyond the
     * plain one); {@code pinned} names an axis that must be exact even where others may move. Null when none is found.
     */
    EvaluationInput build(LeafAnalyzer leaf, Evaluator.Point p, String pinned, BigDecimal judgement) {
        for (int order = 0; order < 4; order++) {
            budget.spend(10);
            Assignment a = new Assignment(pack, budget);
            WitnessSolver s = new WitnessSolver(a, divisors);
            boolean flexible = order >= 2;
            boolean ok = switch (order) {
                case 0 -> data(leaf, p, s, false, pinned) && measures(leaf, p, s) && atoms(leaf, p, s);
                case 1 -> measures(leaf, p, s) && data(leaf, p, s, false, pinned) && atoms(leaf, p, s);
                case 2 -> measures(leaf, p, s) && atoms(leaf, p, s) && data(leaf, p, s, true, pinned);
                default -> atoms(leaf, p, s) && measures(leaf, p, s) && data(leaf, p, s, true, pinned);
            };
            if (ok && fill(a) && matches(leaf, p, a, flexible, pinned)) {
                return Defaults.input(a, divisors, leaf.leaf, judgement);
            }
        }
        return null;
    }

    private static boolean isMeasure(RulePack pack, String axis) {
        return pack.measure(axis).isPresent();
    }

    private boolean data(LeafAnalyzer leaf, Evaluator.Point p, WitnessSolver s, boolean flexible, String pinned) {
        for (AxisBuilder ax : leaf.axes.values()) {
            if (isMeasure(pack, ax.name)) {
                continue;
            }
            BigDecimal v = p.values().get(ax.name);
            BigDecimal now = current(s.a, ax.name);
            if (flexible && !ax.name.equals(pinned) && now != null) {
                if (ax.region(now) != ax.region(v)) {
                    return false;
                }
            } else if (!s.axis(ax.name, v)) {
                return false;
            }
        }
        return true;
    }

    private boolean measures(LeafAnalyzer leaf, Evaluator.Point p, WitnessSolver s) {
        for (AxisBuilder ax : leaf.axes.values()) {
            if (isMeasure(pack, ax.name) && !s.axis(ax.name, p.values().get(ax.name))) {
                return false;
            }
        }
        return true;
    }

    private static boolean atoms(LeafAnalyzer leaf, Evaluator.Point p, WitnessSolver s) {
        for (Object atom : leaf.atoms) {
            boolean want = p.atoms().get(atom);
            boolean ok;
            if (atom instanceof Condition c) {
                ok = s.condition(c, want);
            } else {
                String key = (String) atom;
                if (key.startsWith("yes:")) {
                    ok = s.a.setYes(key.substring(4), want);
                } else {
                    int hash = key.lastIndexOf('#');
                    ok = s.a.setItem(key.substring(5, hash), Integer.parseInt(key.substring(hash + 1)), want);
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The number an axis has in the assignment, in its unit, or null. */
    private BigDecimal current(Assignment a, String axis) {
        int bracket = axis.indexOf('[');
        if (bracket > 0) {
            return a.series.getOrDefault(axis.substring(0, bracket), Map.of())
                    .get(axis.substring(bracket + 1, axis.length() - 1));
        }
        if (pack.field(axis).isPresent()) {
            return a.numbers.get(axis);
        }
        var m = pack.measure(axis).orElseThrow();
        BigDecimal base = a.measure(m);
        return base == null ? null : base.divide(m.unit().factor());
    }

    /** Gives every datum still free its plain value; false if one has none its declaration allows. */
    private boolean fill(Assignment a) {
        for (DataField f : pack.fields()) {
            BigDecimal plain = Defaults.value(f, divisors);
            switch (f.type()) {
                case YES_NO -> a.setYes(f.name(), a.yes.getOrDefault(f.name(), Boolean.TRUE));
                case CHECKLIST -> {
                    for (int i = 1; i <= f.items().size(); i++) {
                        a.setItem(f.name(), i, a.items.getOrDefault(f.name(), Map.of()).getOrDefault(i, Boolean.TRUE));
                    }
                }
                case SERIES -> {
                    for (String period : f.periods()) {
                        if (!a.series.getOrDefault(f.name(), Map.of()).containsKey(period)
                                && !a.assignPeriod(f, period, plain.multiply(f.unit().factor()))) {
                            return false;
                        }
                    }
                }
                default -> {
                    if (!a.numbers.containsKey(f.name()) && !a.assign(f, plain.multiply(f.unit().factor()))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether the full assignment puts every axis and atom where the point does (flexible data in their region). */
    private boolean matches(LeafAnalyzer leaf, Evaluator.Point p, Assignment a, boolean flexible, String pinned) {
        for (AxisBuilder ax : leaf.axes.values()) {
            BigDecimal want = p.values().get(ax.name);
            BigDecimal now = current(a, ax.name);
            if (now == null) {
                return false;
            }
            boolean free = flexible && !ax.name.equals(pinned) && !isMeasure(pack, ax.name);
            if (free ? ax.region(now) != ax.region(want) : now.compareTo(want) != 0) {
                return false;
            }
        }
        for (Object atom : leaf.atoms) {
            Boolean truth = atomTruth(a, atom);
            if (truth == null || truth != p.atoms().get(atom)) {
                return false;
            }
        }
        return true;
    }

    private static Boolean atomTruth(Assignment a, Object atom) {
        if (atom instanceof Condition c) {
            return a.truth(c);
        }
        String key = (String) atom;
        if (key.startsWith("yes:")) {
            return a.yes.get(key.substring(4));
        }
        int hash = key.lastIndexOf('#');
        return a.items.getOrDefault(key.substring(5, hash), Map.of()).get(Integer.parseInt(key.substring(hash + 1)));
    }
}
