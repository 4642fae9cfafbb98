package io.perfeval.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.BonusPolicy;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis of the new rule kinds, from their Javadoc semantics: the range the lattice gives each. The evaluator
 * does not score these kinds yet (another branch), so no claim about them is witnessed: each is left unconfirmed and
 * counted (W123) rather than stated. {@code src/test/pending/…/NewKindsWitnessTest} asserts the witnessed findings
 * once the evaluator scores them.
 */
class NewKindsLatticeTest {

    private static void range(String lo, String hi, PackAnalysis a) {
        DataDomain.Range r = a.latticeRange(NewKinds.NAME).orElseThrow();
        assertEquals(0, r.lo().compareTo(new BigDecimal(lo)), () -> "lowest " + r);
        assertEquals(0, r.hi().compareTo(new BigDecimal(hi)), () -> "highest " + r);
    }

    private static PackAnalysis analyze(String max, Rule rule) {
        return PackAnalysis.analyze(NewKinds.pack(max, rule));
    }

    @Test
    void aLimitedDeductionNeverFallsBelowTheLimit() {
        range("2", "5", analyze("5", NewKinds.limitedDeduct()));
    }

    @Test
    void discretionWithinATierStaysWithinTheTier() {
        range("0", "6", analyze("8", NewKinds.judgementWithin()));
    }

    @Test
    void levelsSpanTheirLowestAndHighestScores() {
        range("0", "4", analyze("4", NewKinds.levels()));
        range("0", "5", analyze("5", NewKinds.shareLevels()));
        range("3", "3", analyze("5", new Rule.Levels(List.of(new Rule.Level("好", io.perfeval.core.rule.Points
                .absolute("3"), io.perfeval.core.rule.Points.absolute("3"))))));
    }

    @Test
    void awardsAddUpAndStopAtTheMaximum() {
        range("0", "4", analyze("5", NewKinds.awards()));
        range("0", "3", analyze("3", NewKinds.awards()));
    }

    @Test
    void aSumsRangeIsWhatItsPartsReachTogether() {
        range("0", "5", analyze("5", NewKinds.sum()));
        range("0", "3", analyze("5", NewKinds.exclusiveSum()));
        range("0", "2", analyze("2", NewKinds.judgedSum()));
    }

    @Test
    void aBonusMakesUpLostPointsOrLiftsAboveTheMaximumAsThePackSays() {
        range("2", "5", PackAnalysis.analyze(NewKinds.pack("5", NewKinds.bonus(), BonusPolicy.WITHIN_MAX)));
        // one award of 1 point under a cap of 2: at most 1 above the 分值
        range("2", "6", PackAnalysis.analyze(NewKinds.pack("5", NewKinds.bonus(), BonusPolicy.ABOVE_MAX)));
    }
}
