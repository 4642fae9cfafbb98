package io.perfeval.testkit;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Axis;
import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Trend;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Arbitraries for any compiled pack. Every input is valid for the pack's declarations; numbers its rules compare with
 * thresholds are drawn mostly at a threshold or one step (the measure's declared rounding, 1 for counts) either side,
 * and measures are reached exactly by solving their formulas backwards for the data (50% is 50.00%, not 49.999…%).
 *
 * <pre>{@code
 * @Provide Arbitrary<EvaluationInput> inputs() { return PackArbitraries.inputs(PACK); }
 * @Property void holds(@ForAll("inputs") EvaluationInput input) { PackProperties.check(PACK, input); }
 * }</pre>
 */
public final class PackArbitraries {

    private PackArbitraries() {
    }

    /** Valid inputs for {@code pack}, biased toward every threshold and its neighbours. */
    public static Arbitrary<EvaluationInput> inputs(RulePack pack) {
        InputSolver solver = new InputSolver(Objects.requireNonNull(pack, "pack"));
        return Arbitraries.randomValue(r -> solver.generate(r, Map.of(), true));
    }

    /**
     * Inputs that put one measure of a one-measure rule exactly at a threshold or a step either side, with the score
     * the exact analysis predicts there; empty arbitrary values are never produced (cases that cannot be built from
     * the declarations are skipped).
     */
    public static Arbitrary<ThresholdCase> thresholdCases(RulePack pack) {
        InputSolver solver = new InputSolver(Objects.requireNonNull(pack, "pack"));
        List<Target> targets = new ArrayList<>();
        for (LeafSummary l : solver.analysis.leaves()) {
            String name = l.path().substring(l.path().lastIndexOf('/') + 1);
            for (String axisName : l.axes()) {
                Axis axis = solver.analysis.axes().get(axisName);
                // The leaf's other axes (a denominator tested by 不适用条件, say) are held at a plain value away from
                // their thresholds, so the score moves with this axis alone; fixed ones come first for the solver.
                Map<String, BigDecimal> held = new LinkedHashMap<>();
                for (String other : l.axes()) {
                    if (!other.equals(axisName)) {
                        plainValue(solver.analysis.axes().get(other)).ifPresent(v -> held.put(other, v));
                    }
                }
                for (BigDecimal t : axis.thresholds()) {
                    for (int k = -1; k <= 1; k++) {
                        BigDecimal v = t.add(axis.step().multiply(BigDecimal.valueOf(k)));
                        Map<String, BigDecimal> point = new LinkedHashMap<>(held);
                        point.put(axisName, v);
                        if (axis.admits(v) && solver.analysis.predict(name, point).isPresent()) {
                            targets.add(new Target(name, axisName, v, Map.copyOf(point), List.copyOf(point.keySet())));
                        }
                    }
                }
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("pack " + pack.info().id() + " has no rule with thresholds");
        }
        return Arbitraries.randomValue(r -> thresholdCase(solver, targets, r))
                .filter(Optional::isPresent).map(Optional::get);
    }

    /** One threshold case: the value of {@code axis}, and the whole point (with the held axes) in solving order. */
    private record Target(String indicator, String axis, BigDecimal value, Map<String, BigDecimal> point,
                          List<String> order) {
    }

    /** A value the axis admits, ten steps beyond its largest threshold (or below its smallest), or none. */
    private static Optional<BigDecimal> plainValue(Axis a) {
        if (a.thresholds().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal ten = a.step().multiply(BigDecimal.TEN);
        BigDecimal above = a.thresholds().get(a.thresholds().size() - 1).add(ten);
        if (a.admits(above)) {
            return Optional.of(above);
        }
        BigDecimal below = a.thresholds().get(0).subtract(ten);
        return a.admits(below) ? Optional.of(below) : Optional.empty();
    }

    private static Optional<ThresholdCase> thresholdCase(InputSolver solver, List<Target> targets, Random r) {
        Target t = targets.get(r.nextInt(targets.size()));
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (String axis : t.order()) {
            ordered.put(axis, t.point().get(axis));
        }
        EvaluationInput in = solver.generate(r, ordered, true);
        if (in == null) {
            return Optional.empty();
        }
        BigDecimal expected = solver.analysis.predict(t.indicator(), t.point()).orElseThrow();
        return Optional.of(new ThresholdCase(t.indicator(), t.axis(), t.value(), expected, in));
    }

    /**
     * Pairs of inputs that differ in one measure whose name implies a direction (完成率 up is better, 结转结余率 up is
     * worse), built from the same random choices.
     */
    public static Arbitrary<MonotonePair> monotonePairs(RulePack pack) {
        InputSolver solver = new InputSolver(Objects.requireNonNull(pack, "pack"));
        List<Axis> axes = new ArrayList<>();
        for (Axis a : solver.analysis.axes().values()) {
            if (PackAnalysis.impliedTrend(a.name()).isPresent()) {
                axes.add(a);
            }
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("pack " + pack.info().id() + " has no measure whose name implies a direction");
        }
        return Arbitraries.longs().map(seed -> pair(solver, axes, seed))
                .filter(Optional::isPresent).map(Optional::get);
    }

    private static Optional<MonotonePair> pair(InputSolver solver, List<Axis> axes, long seed) {
        Random pick = new Random(seed);
        Axis a = axes.get(pick.nextInt(axes.size()));
        BigDecimal x = solver.biased(a, pick);
        BigDecimal y = solver.biased(a, pick);
        if (x.compareTo(y) == 0) {
            y = x.add(a.step());
            if (!a.admits(y)) {
                return Optional.empty();
            }
        }
        BigDecimal lower = x.min(y);
        BigDecimal higher = x.max(y);
        long rest = pick.nextLong();
        EvaluationInput atLower = solver.generate(new Random(rest), Map.of(a.name(), lower), false);
        EvaluationInput atHigher = solver.generate(new Random(rest), Map.of(a.name(), higher), false);
        if (atLower == null || atHigher == null) {
            return Optional.empty();
        }
        Trend implied = PackAnalysis.impliedTrend(a.name()).orElseThrow();
        return Optional.of(new MonotonePair(a.name(), implied, lower, higher, atLower, atHigher));
    }

    /** The indicators whose score reads only {@code axis} (and nothing else), by name. */
    static List<String> readersOf(PackAnalysis analysis, RulePack pack, String axis) {
        List<String> out = new ArrayList<>();
        for (LeafSummary l : analysis.leaves()) {
            if (l.axes().equals(List.of(axis))) {
                String name = l.path().substring(l.path().lastIndexOf('/') + 1);
                pack.indicator(name).filter(i -> i instanceof Indicator.Leaf).ifPresent(i -> out.add(name));
            }
        }
        return out;
    }
}
