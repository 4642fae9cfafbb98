package io.perfeval.testkit;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The kit's three properties wired up once: a pack's test class extends this and names its pack, and jqwik runs every
 * property below on it (300 tries each) besides the class's own.
 *
 * <p>Name the class {@code …Test} (or {@code Test…}, {@code …Tests}, {@code …TestCase}): those are the classes Maven's
 * Surefire runs by default, and a {@code …Properties} class would be skipped without a word unless the build adds it
 * to its includes.
 *
 * <pre>{@code
 * class MyPackTest extends PackContract {
 *     @Override
 *     protected RulePack pack() {
 *         return MyPack.pack();
 *     }
 * }
 * }</pre>
 */
public abstract class PackContract {

    /** The pack under test; called often, so return a compiled pack that is kept, not a fresh compile. */
    protected abstract RulePack pack();

    @Provide
    Arbitrary<EvaluationInput> inputs() {
        return PackArbitraries.inputs(pack());
    }

    @Provide
    Arbitrary<ThresholdCase> thresholds() {
        return PackArbitraries.thresholdCases(pack());
    }

    @Provide
    Arbitrary<MonotonePair> pairs() {
        return PackArbitraries.monotonePairs(pack());
    }

    @Property(tries = 300)
    void scoresAreBoundedSubtotalsAddUpAndScoringIsDeterministic(@ForAll("inputs") EvaluationInput input) {
        PackProperties.check(pack(), input);
    }

    @Property(tries = 300)
    void theEvaluatorIsExactAtEveryThresholdAndItsNeighbours(@ForAll("thresholds") ThresholdCase c) {
        PackProperties.exactAtThreshold(pack(), c);
    }

    @Property(tries = 300)
    void scoresMoveAsTheWordingImplies(@ForAll("pairs") MonotonePair pair) {
        PackProperties.monotone(pack(), pair);
    }
}
