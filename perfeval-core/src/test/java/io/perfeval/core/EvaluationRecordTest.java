package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The evaluation record: hashes over the core's canonical encoding, so packs built in code have them too. */
class EvaluationRecordTest {

    @Test
    void equalPacksHaveEqualHashesAndAnyScoringChangeGivesAnother() {
        RulePack a = Single.of("10", new Rule.FixedScore(new BigDecimal("4"))).pack();
        RulePack b = Single.of("10", new Rule.FixedScore(new BigDecimal("4.0"))).pack();
        RulePack c = Single.of("10", new Rule.FixedScore(new BigDecimal("5"))).pack();
        RulePack d = Single.of("10", new Rule.FixedScore(new BigDecimal("4"))).pack(NotApplicablePolicy.EXCLUDE);
        assertTrue(a.contentHash().matches("[0-9a-f]{64}"));
        assertEquals(a.contentHash(), Single.of("10", new Rule.FixedScore(new BigDecimal("4"))).pack().contentHash());
        assertEquals(a.contentHash(), b.contentHash(), "4 and 4.0 points are the same rule");
        assertNotEquals(a.contentHash(), c.contentHash());
        assertNotEquals(a.contentHash(), d.contentHash());
    }

    @Test
    void theInputHashIgnoresInsertionOrderButNotValues() {
        RulePack pack = Single.of("10", Rule.Judgement.anywhere()).pack();
        EvaluationInput one = EvaluationInput.builder().judgement("其余指标", "50", "r")
                .judgement(Single.NAME, "3", "r").build();
        EvaluationInput two = EvaluationInput.builder().judgement(Single.NAME, "3", "r")
                .judgement("其余指标", "50", "r").build();
        EvaluationInput three = EvaluationInput.builder().judgement(Single.NAME, "3", "r")
                .judgement("其余指标", "50", "s").build();
        EvaluationRecord r1 = pack.evaluate(one).record().orElseThrow();
        assertEquals(r1.inputHash(), pack.evaluate(two).record().orElseThrow().inputHash());
        assertNotEquals(r1.inputHash(), pack.evaluate(three).record().orElseThrow().inputHash());
        assertEquals(pack.contentHash(), r1.packHash());
        assertEquals("test/single", r1.packId());
        assertTrue(r1.libraryVersion().matches("\\d+\\.\\d+\\.\\d+.*"), r1.libraryVersion());
        assertTrue(r1.render().contains("sha256:" + r1.packHash()));
    }

    @Test
    void aSheetBuiltWithoutTheEvaluatorHasNoRecordUntilOneIsAdded() {
        ScoreSheet sheet = Single.of("10", new Rule.FullMarks()).pack().evaluate(Single.input().build());
        ScoreSheet bare = new ScoreSheet(sheet.pack(), sheet.entity(), sheet.indicators(), sheet.maxTotal(),
                sheet.applicableMax(), sheet.total(), sheet.rescaled(), sheet.grade(), sheet.vetoed(), sheet.findings(),
                sheet.figures(), sheet.problems());
        assertTrue(bare.record().isEmpty());
        assertEquals(sheet, bare.withRecord(sheet.record().orElseThrow()));
    }
}
