package io.perfeval.examples;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.testkit.MonotonePair;
import io.perfeval.testkit.PackArbitraries;
import io.perfeval.testkit.PackProperties;
import io.perfeval.testkit.ThresholdCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * How a pack author checks a new pack with the kit before scoring anyone: compile it, then three properties over
 * generated inputs that sit on and beside every threshold. This is the whole test; perfeval-dsl/README.md explains it.
 */
class AuthorPackProperties {

    static final RulePack PACK = PackCompiler.fromResource("io/perfeval/examples/author-pack.perfeval");

    @Provide
    Arbitrary<EvaluationInput> inputs() {
        return PackArbitraries.inputs(PACK);
    }

    @Provide
    Arbitrary<ThresholdCase> thresholds() {
        return PackArbitraries.thresholdCases(PACK);
    }

    @Provide
    Arbitrary<MonotonePair> pairs() {
        return PackArbitraries.monotonePairs(PACK);
    }

    @Property(tries = 200)
    void boundedAddsUpAndDeterministic(@ForAll("inputs") EvaluationInput input) {
        PackProperties.check(PACK, input);
    }

    @Property(tries = 200)
    void exactAtEveryThreshold(@ForAll("thresholds") ThresholdCase c) {
        PackProperties.exactAtThreshold(PACK, c);
    }

    @Property(tries = 200)
    void monotoneAsWorded(@ForAll("pairs") MonotonePair pair) {
        PackProperties.monotone(PACK, pair);
    }
}
