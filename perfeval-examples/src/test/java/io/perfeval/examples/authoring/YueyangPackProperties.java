package io.perfeval.examples.authoring;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.testkit.MonotonePair;
import io.perfeval.testkit.PackArbitraries;
import io.perfeval.testkit.PackProperties;
import io.perfeval.testkit.ThresholdCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pack author's kit over the Yueyang pack: generated inputs on and beside every threshold of the nine rows, the
 * analysis's exact score at each threshold, and scores that move the way the wording says.
 */
class YueyangPackProperties {

    static final RulePack PACK = YueyangDepartmentPack.pack();

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

    @Property(tries = 300)
    void boundedAddsUpAndDeterministic(@ForAll("inputs") EvaluationInput input) {
        PackProperties.check(PACK, input);
    }

    @Property(tries = 300)
    void exactAtEveryThreshold(@ForAll("thresholds") ThresholdCase c) {
        PackProperties.exactAtThreshold(PACK, c);
    }

    @Property(tries = 300)
    void monotoneAsWorded(@ForAll("pairs") MonotonePair pair) {
        PackProperties.monotone(PACK, pair);
    }
}
