package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 「制度健全的得6分，不健全的得3分；存在问题的，酌情扣分」: a tier, then a judgement within [0, the tier's score]. */
class JudgementWithinTest {

    private static final Rule TIERS = new Rule.JudgementWithin(new Rule.Cases(List.of(
            new Rule.Case(new Condition.IsYes("不适用"), new Rule.NotApplicable("本年无此项业务")),
            new Rule.Case(new Condition.IsYes("违规"), new Rule.Veto(Rule.VetoScope.INDICATOR)),
            new Rule.Case(new Condition.IsYes("制度健全"), new Rule.FixedScore(new BigDecimal("6"))),
            new Rule.Case(new Condition.IsYes("部分健全"), new Rule.FixedScore(new BigDecimal("3")))),
            new Rule.NoRule()));

    private static final RulePack PACK = Single.of("8", TIERS).field(DataField.yesNo("不适用", ""))
            .field(DataField.yesNo("违规", "")).field(DataField.yesNo("制度健全", ""))
            .field(DataField.yesNo("部分健全", "")).pack();

    private static EvaluationInput.Builder facts(boolean whole, boolean partly) {
        return Single.input().yes("不适用", false).yes("违规", false).yes("制度健全", whole).yes("部分健全", partly);
    }

    private static IndicatorResult judged(boolean whole, String score) {
        EvaluationInput.Builder in = facts(whole, !whole);
        if (score != null) {
            in.judgement(Single.NAME, score, "台账有缺漏");
        }
        return Single.line(PACK.evaluate(in.build()));
    }

    @ParameterizedTest(name = "tier {0}, judgement {1} → {2}")
    @CsvSource({"true, 6, 6.00", "true, 5.99, 5.99", "true, 0, 0.00", "true, 3.5, 3.50", "false, 3, 3.00",
            "false, 2.99, 2.99", "false, 0, 0.00"})
    void theJudgementLiesWithinZeroAndTheTier(boolean whole, String score, String expected) {
        assertEquals(new BigDecimal(expected), judged(whole, score).score().orElseThrow());
    }

    @ParameterizedTest(name = "tier {0}, judgement {1} → R007")
    @CsvSource({"true, 6.01", "true, 7", "true, 8", "false, 3.01", "false, 6"})
    void aJudgementAboveTheTierIsAnError(boolean whole, String score) {
        IndicatorResult line = judged(whole, score);
        assertEquals(Status.ERROR, line.status());
        Problem p = line.problems().get(0);
        assertEquals("R007", p.code());
        assertEquals("酌情得分 " + new BigDecimal(score).stripTrailingZeros().toPlainString()
                + " 分不在评价标准允许的 0–" + (whole ? "6" : "3") + " 分之间", p.message());
    }

    @Test
    void withoutAJudgementTheRangeIsAskedFor() {
        IndicatorResult line = judged(true, null);
        assertEquals(Status.ERROR, line.status());
        assertEquals("R003", line.problems().get(0).code());
        assertEquals("需要评价人在 0–6 分之间酌情给分并写明理由", line.problems().get(0).message());
    }

    @Test
    void theTraceShowsTheTierThenTheJudgement() {
        assertEquals(List.of("不适用：否，不成立", "违规：否，不成立", "制度健全：是，成立", "得分 6 分",
                "评价人在 0–6 分之间酌情给分（理由：台账有缺漏），得 5.5 分"), judged(true, "5.5").trace().lines());
    }

    @Test
    void aTierThatIsNotApplicableVetoedOrAnErrorGivesThat() {
        IndicatorResult na = Single.line(PACK.evaluate(facts(true, false).yes("不适用", true).build()));
        assertEquals(Status.NOT_APPLICABLE, na.status());
        assertTrue(na.score().isEmpty());
        ScoreSheet vetoed = PACK.evaluate(facts(true, false).yes("违规", true)
                .judgement(Single.NAME, "5", "不应再评").build());
        assertEquals(Status.VETOED, Single.line(vetoed).status());
        assertEquals(new BigDecimal("0.00"), Single.line(vetoed).score().orElseThrow());
        assertEquals(new BigDecimal("50.00"), vetoed.total().orElseThrow());
        IndicatorResult none = Single.line(PACK.evaluate(facts(false, false).judgement(Single.NAME, "1", "x")
                .build()));
        assertEquals(Status.ERROR, none.status());
        assertEquals("R002", none.problems().get(0).code());
    }

    @Test
    void aJudgementIsAcceptedAsInputForIt() {
        // usesJudgement knows the tier's discretion: no I017 for the judgement, the 分值 bounds it (I011)
        assertEquals(List.of(), PACK.validate(facts(true, false).judgement(Single.NAME, "5", "x").build()));
        assertEquals(List.of("I011"), PACK.validate(facts(true, false).judgement(Single.NAME, "8.5", "x").build())
                .stream().map(Problem::code).toList());
    }

    @Test
    void aFullMarksTierSharesNothingWithTheJudgedOutcome() {
        Rule rule = new Rule.JudgementWithin(new Rule.FullMarks());
        RulePack pack = Single.of("4", rule).pack();
        IndicatorResult line = Single.line(pack.evaluate(Single.input().judgement(Single.NAME, "3.5", "一处不符")
                .build()));
        assertEquals(new BigDecimal("3.50"), line.score().orElseThrow());
        assertEquals(List.of("得满分 4 分", "评价人在 0–4 分之间酌情给分（理由：一处不符），得 3.5 分"), line.trace().lines());
    }
}
