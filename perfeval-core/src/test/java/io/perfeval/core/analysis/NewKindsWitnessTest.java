package io.perfeval.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.BonusPolicy;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PENDING (see src/test/pending/README.md): enable once the evaluator scores the new rule kinds. What the analysis
 * claims about them, each claim confirmed by the evaluator on its witness, and the witnessed range equal to the
 * lattice's.
 */
class NewKindsWitnessTest {

    private static PackAnalysis analyzed(RulePack pack) {
        PackAnalysis a = PackAnalysis.analyze(pack);
        assertEquals(List.of(), a.unconfirmed(), "every claim about the new kinds is confirmed");
        for (Finding f : a.witnessed()) {
            for (Witness w : f.witnesses()) {
                IndicatorResult r = pack.evaluate(w.input()).find(w.indicator()).orElseThrow();
                assertEquals(w.status(), r.status(), f::toString);
                assertEquals(w.score().map(BigDecimal::stripTrailingZeros),
                        r.score().map(BigDecimal::stripTrailingZeros), f::toString);
            }
        }
        return a;
    }

    private static void witnessedRange(PackAnalysis a, String lo, String hi) {
        LeafSummary s = a.leaf(NewKinds.NAME).orElseThrow();
        assertTrue(s.exact(), s::toString);
        assertEquals(0, s.min().compareTo(new BigDecimal(lo)), s::toString);
        assertEquals(0, s.max().compareTo(new BigDecimal(hi)), s::toString);
        assertEquals(a.latticeRange(NewKinds.NAME).orElseThrow().hi().compareTo(s.max()), 0);
    }

    private static String message(PackAnalysis a, String code) {
        return a.findings().stream().filter(p -> p.code().equals(code) && p.subject().endsWith(NewKinds.NAME))
                .map(Problem::message).findFirst().orElseThrow(() -> new AssertionError(code + " " + a.findings()));
    }

    @Test
    void aLimitedDeductionNeverFallsBelowTheLimitAndSaysSo() {
        PackAnalysis a = analyzed(NewKinds.pack("5", NewKinds.limitedDeduct()));
        witnessedRange(a, "2", "5");
        assertEquals("最低仍得 2 分，永远不会得 0 分", message(a, "W113"));
    }

    @Test
    void discretionWithinATierNeverReachesTheMaximumAboveTheTier() {
        PackAnalysis a = analyzed(NewKinds.pack("8", NewKinds.judgementWithin()));
        witnessedRange(a, "0", "6");
        assertEquals("最高只能得 6 分，达不到分值 8 分", message(a, "W112"));
    }

    @Test
    void levelsAreWitnessedAtTheirExtremes() {
        witnessedRange(analyzed(NewKinds.pack("4", NewKinds.levels())), "0", "4");
        witnessedRange(analyzed(NewKinds.pack("5", NewKinds.shareLevels())), "0", "5");
    }

    @Test
    void awardsShortOfTheMaximumAreFound() {
        PackAnalysis a = analyzed(NewKinds.pack("5", NewKinds.awards()));
        witnessedRange(a, "0", "4");
        assertEquals("最高只能得 4 分，达不到分值 5 分", message(a, "W112"));
        witnessedRange(analyzed(NewKinds.pack("3", NewKinds.awards())), "0", "3");
    }

    @Test
    void aBonusIsWitnessedAboveTheMaximumOnlyWhereThePackAllowsIt() {
        witnessedRange(analyzed(NewKinds.pack("5", NewKinds.bonus(), BonusPolicy.WITHIN_MAX)), "2", "5");
        witnessedRange(analyzed(NewKinds.pack("5", NewKinds.bonus(), BonusPolicy.ABOVE_MAX)), "2", "6");
    }

    @Test
    void minMaxAndAbsoluteValuesShapeTheRange() {
        PackAnalysis capped = analyzed(NewKinds.pack("5", NewKinds.capByMin()));
        witnessedRange(capped, "0", "5");
        assertTrue(capped.findings().stream().noneMatch(p -> p.code().equals("W119")), "min(…, 100%) caps it");
        PackAnalysis peak = analyzed(NewKinds.pack("5", NewKinds.deviation()));
        witnessedRange(peak, "0", "5");
        // the peak is the kink of |完成率 − 100%| at 100%; near it the score rounds to the same 5.00, so any of those
        BigDecimal at = peak.leaf(NewKinds.NAME).orElseThrow().highest().orElseThrow().values().get("完成率").value();
        assertTrue(at.subtract(new BigDecimal("100")).abs().compareTo(new BigDecimal("0.1")) <= 0,
                "the peak is at 100% or within rounding of it: " + at);
    }

    @Test
    void everyNewKindIsAnalysedWithoutUnconfirmedClaims() {
        for (Rule rule : List.of(NewKinds.limitedDeduct(), NewKinds.judgementWithin(), NewKinds.levels(),
                NewKinds.shareLevels(), NewKinds.awards(), NewKinds.bonus(), NewKinds.capByMin(),
                NewKinds.deviation(), NewKinds.sum(), NewKinds.exclusiveSum())) {
            analyzed(NewKinds.pack("5", rule));
        }
    }

    @Test
    void aSumsPartsAreAddedWhereTheyAreReachedTogether() {
        PackAnalysis a = analyzed(NewKinds.pack("5", NewKinds.sum()));
        witnessedRange(a, "0", "5");
        // 「高」 needs 完成率 ≥ 90%, 「低」 below 50%: never both, so never more than 3 of the 5
        PackAnalysis exclusive = analyzed(NewKinds.pack("5", NewKinds.exclusiveSum()));
        witnessedRange(exclusive, "0", "3");
        assertEquals("最高只能得 3 分，达不到分值 5 分", message(exclusive, "W112"));
    }

    @Test
    void aJudgedPartIsWitnessedWithAJudgementOfThatPartAlone() {
        PackAnalysis a = analyzed(NewKinds.pack("2", NewKinds.judgedSum()));
        witnessedRange(a, "0", "2");
        // the top is the judgement's 1 (the part's 分值) plus the award's 1, not a judgement of 2
        Witness top = a.leaf(NewKinds.NAME).orElseThrow().highest().orElseThrow();
        assertEquals(0, top.input().judgements().get(NewKinds.NAME).score().compareTo(BigDecimal.ONE), top::toString);
    }

    /** Sums nested eight deep, each part a ladder on 完成率 at its own threshold: finite, and within the work limit. */
    @Test
    void nestedSumsAreAnalysedAndTheWorkLimitStillStopsThem() {
        Rule nested = NewKinds.nestedSum(new BigDecimal("5"), 8);
        PackAnalysis a = analyzed(NewKinds.pack("5", nested));
        witnessedRange(a, "0", "5");
        PackAnalysis stopped = PackAnalysis.analyze(NewKinds.pack("5", nested), 500);
        Problem stop = stopped.findings().stream().filter(p -> p.code().equals("W122")).findFirst()
                .orElseThrow(() -> new AssertionError(stopped.findings().toString()));
        assertTrue(stop.subject().endsWith(NewKinds.NAME), stop::toString);
        assertTrue(!stopped.leaf(NewKinds.NAME).orElseThrow().exhaustive(), "not analysed past the limit");
    }

    @Test
    void aPartsFormulaOverItsOwnMaxScoreIsNoClaimAboutTheIndicators() {
        PackAnalysis a = PackAnalysis.analyze(NewKinds.pack("5", NewKinds.uncappedPartSum()));
        // W119 speaks of the indicator's 分值: a part's formula going over the part's is not that
        assertTrue(a.findings().stream().noneMatch(p -> p.code().equals("W119")), a.findings()::toString);
        for (Finding f : a.witnessed()) {
            for (Witness w : f.witnesses()) {
                IndicatorResult r = NewKinds.pack("5", NewKinds.uncappedPartSum()).evaluate(w.input())
                        .find(w.indicator()).orElseThrow();
                assertEquals(w.status(), r.status(), f::toString);
            }
        }
    }
}
