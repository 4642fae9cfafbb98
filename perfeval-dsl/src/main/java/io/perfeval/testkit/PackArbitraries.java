package io.perfeval.testkit;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Axis;
import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Trend;
import io.perfeval.core.analysis.Witness;
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
 * Arbitraries for any compiled pack. Every input is inside the pack's declared domains (the definition the analysis's
 * witnesses use, {@link io.perfeval.core.analysis.DataDomain}); numbers its rules compare with thresholds are drawn
 * mostly at a threshold or one step (the measure's declared rounding, 1 for counts) either side, and measures are
 * reached exactly by solving their formulas backwards for the data (50% is 50.00%, not 49.999…%). A pack whose rules
 * compare no number (yes/no and checklist rules only) gets what applies to it: see each method.
 *
 * <pre>{@code
 * @Provide Arbitrary<EvaluationInput> inputs() { return PackArbitraries.inputs(PACK); }
 * @Property void holds(@ForAll("inputs") EvaluationInput input) { PackProperties.check(PACK, input); }
 * }</pre>
 */
public final class PackArbitraries {

    /** Answer combinations enumerated per indicator at most (2^8): beyond, the indicator's cases are left out. */
    private static final int MAX_ANSWERS = 8;

    private PackArbitraries() {
    }

    /** Valid inputs for {@code pack}, biased toward every threshold and its neighbours. */
    public static Arbitrary<EvaluationInput> inputs(RulePack pack) {
        InputSolver solver = new InputSolver(Objects.requireNonNull(pack, "pack"));
        return Arbitraries.randomValue(r -> solver.generate(r, Map.of(), true));
    }

    /**
     * Cases with the score the exact analysis predicts: for every one-measure rule, an input with the measure exactly
     * at a threshold or a step either side; for a rule of yes/no answers and checklist items only, an input for each
     * combination of the answers it reads ({@code axis} names them, 按时上报=是，资料#2=否, and {@code value} numbers the
     * combination; a quarter of the cases when the pack also has thresholds). A pack with neither (judgements and fixed
     * scores only) gets the analysis's witnesses of each indicator's lowest and highest score ({@code axis} empty).
     * Cases the declarations cannot build are skipped.
     */
    public static Arbitrary<ThresholdCase> thresholdCases(RulePack pack) {
        InputSolver solver = new InputSolver(Objects.requireNonNull(pack, "pack"));
        List<Target> thresholds = thresholdTargets(solver);
        List<Target> answers = answerTargets(solver);
        if (thresholds.isEmpty() && answers.isEmpty()) {
            List<ThresholdCase> witnessed = witnessCases(solver.analysis);
            return witnessed.isEmpty() ? Arbitraries.randomValue(r -> plainCase(solver, r)) : Arbitraries.of(witnessed);
        }
        // answer combinations can be many (2^8 for one checklist): a quarter of the cases where there are thresholds
        return Arbitraries.randomValue(r -> thresholdCase(solver, !answers.isEmpty()
                && (thresholds.isEmpty() || r.nextInt(4) == 0) ? answers : thresholds, r))
                .filter(Optional::isPresent).map(Optional::get);
    }

    /** One case to build: the value of {@code axis}, the whole point (held axes first) and the answers, if any. */
    private record Target(String indicator, String axis, BigDecimal value, Map<String, BigDecimal> point,
                          Map<String, Boolean> answers) {
    }

    private static List<Target> thresholdTargets(InputSolver solver) {
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
                            targets.add(new Target(name, axisName, v, point, Map.of()));
                        }
                    }
                }
            }
        }
        return targets;
    }

    /** For each rule that reads yes/no answers and no number, every combination of its answers. */
    private static List<Target> answerTargets(InputSolver solver) {
        List<Target> targets = new ArrayList<>();
        for (LeafSummary l : solver.analysis.leaves()) {
            String name = l.path().substring(l.path().lastIndexOf('/') + 1);
            List<String> answers = solver.analysis.answers(name);
            if (!l.axes().isEmpty() || answers.isEmpty() || answers.size() > MAX_ANSWERS) {
                continue;
            }
            for (int combination = 0; combination < 1 << answers.size(); combination++) {
                Map<String, Boolean> given = new LinkedHashMap<>();
                List<String> shown = new ArrayList<>();
                for (int k = 0; k < answers.size(); k++) {
                    boolean yes = (combination >> k & 1) == 0;
                    given.put(answers.get(k), yes);
                    shown.add(answers.get(k) + "=" + (yes ? "是" : "否"));
                }
                if (solver.analysis.predict(name, Map.of(), given).isPresent()) {
                    targets.add(new Target(name, String.join("，", shown), BigDecimal.valueOf(combination), Map.of(),
                            given));
                }
            }
        }
        return targets;
    }

    /** The analysis's witnesses of every indicator's range, each already scored as it says by the evaluator. */
    private static List<ThresholdCase> witnessCases(PackAnalysis analysis) {
        List<ThresholdCase> out = new ArrayList<>();
        for (LeafSummary l : analysis.leaves()) {
            String name = l.path().substring(l.path().lastIndexOf('/') + 1);
            for (Optional<Witness> w : List.of(l.lowest(), l.highest())) {
                w.filter(x -> x.score().isPresent()).ifPresent(x -> out.add(new ThresholdCase(name, "",
                        BigDecimal.ZERO, x.score().get(), x.input())));
            }
        }
        return out;
    }

    /** Nothing to predict anywhere: a generated input with the evaluator's own score for the first indicator. */
    private static ThresholdCase plainCase(InputSolver solver, Random r) {
        EvaluationInput in = solver.generate(r, Map.of(), true);
        Indicator.Leaf leaf = solver.pack.leaves().get(0);
        BigDecimal score = solver.pack.evaluate(in).find(leaf.name()).flatMap(x -> x.score()).orElse(BigDecimal.ZERO);
        return new ThresholdCase(leaf.name(), "", BigDecimal.ZERO, score, in);
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
        EvaluationInput in = solver.generate(r, t.point(), true);
        if (in == null) {
            return Optional.empty();
        }
        if (!t.answers().isEmpty()) {
            in = KitValues.answered(in, t.answers());
        }
        BigDecimal expected = solver.analysis.predict(t.indicator(), t.point(), t.answers()).orElseThrow();
        return Optional.of(new ThresholdCase(t.indicator(), t.axis(), t.value(), expected, in));
    }

    /**
     * Pairs of inputs built from the same random choices that differ in one number for which some indicator reading
     * only that number has a direction its wording states ({@link PackAnalysis#statedTrend}: 「…越高越好」, or the
     * criterion's own comparisons) — never a direction guessed from the number's name. A pack with no such number
     * gets pairs of one input twice ({@code axis} empty, {@code implied} {@link Trend#CONSTANT}): nothing can move.
     */
    public static Arbitrary<MonotonePair> monotonePairs(RulePack pack) {
        InputSolver solver = new InputSolver(Objects.requireNonNull(pack, "pack"));
        Map<String, Trend> stated = new LinkedHashMap<>();
        for (LeafSummary l : solver.analysis.leaves()) {
            if (l.axes().size() == 1) {
                String name = l.path().substring(l.path().lastIndexOf('/') + 1);
                solver.analysis.statedTrend(name, l.axes().get(0)).ifPresent(t -> stated.putIfAbsent(l.axes().get(0), t));
            }
        }
        List<Axis> axes = new ArrayList<>();
        stated.keySet().forEach(a -> axes.add(solver.analysis.axes().get(a)));
        if (axes.isEmpty()) {
            return Arbitraries.randomValue(r -> {
                EvaluationInput in = solver.generate(r, Map.of(), true);
                return new MonotonePair("", Trend.CONSTANT, BigDecimal.ZERO, BigDecimal.ZERO, in, in);
            });
        }
        return Arbitraries.longs().map(seed -> pair(solver, axes, stated, seed))
                .filter(Optional::isPresent).map(Optional::get);
    }

    private static Optional<MonotonePair> pair(InputSolver solver, List<Axis> axes, Map<String, Trend> stated,
                                               long seed) {
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
        return Optional.of(new MonotonePair(a.name(), stated.get(a.name()), lower, higher, atLower, atHigher));
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
