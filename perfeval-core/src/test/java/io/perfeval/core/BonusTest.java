package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 「获得省级表彰的加1分，获得国家级表彰的加2分，最高加2分」 on a 10-point indicator whose base gives 10, 9 or 7: under
 * both bonus policies, with the total's cap (总分上限) and 按比例折算 before it.
 */
class BonusTest {

    private static final Rule BASE = new Rule.Cases(List.of(
            new Rule.Case(new Condition.IsYes("不适用"), new Rule.NotApplicable("本年未开展")),
            new Rule.Case(new Condition.IsYes("违纪"), new Rule.Veto(Rule.VetoScope.INDICATOR)),
            new Rule.Case(new Condition.IsYes("全部完成"), new Rule.FullMarks()),
            new Rule.Case(new Condition.IsYes("基本完成"), new Rule.FixedScore(new BigDecimal("9")))),
            new Rule.FixedScore(new BigDecimal("7")));
    private static final Rule BONUS = new Rule.Bonus(BASE, List.of(
            new Rule.Award("省级表彰", new Condition.IsYes("省级表彰"), Points.absolute("1")),
            new Rule.Award("国家级表彰", new Condition.IsYes("国家级表彰"), Points.absolute("2"))),
            Points.absolute("2"));

    private static Single single(BonusPolicy policy, String cap) {
        return declared(Single.of("10", BONUS).bonus(policy, cap));
    }

    private static Single declared(Single s) {
        for (String f : List.of("不适用", "违纪", "全部完成", "基本完成", "省级表彰", "国家级表彰")) {
            s.field(DataField.yesNo(f, ""));
        }
        return s;
    }

    private static final RulePack WITHIN = single(BonusPolicy.WITHIN_MAX, null).pack();
    private static final RulePack ABOVE = single(BonusPolicy.ABOVE_MAX, null).pack();
    private static final RulePack CAPPED = single(BonusPolicy.ABOVE_MAX, "101").pack();

    /** base: 10, 9 or 7. */
    private static EvaluationInput.Builder facts(int base, boolean provincial, boolean national, String filler) {
        return EvaluationInput.builder().judgement("其余指标", filler, "filler").yes("不适用", false)
                .yes("违纪", false).yes("全部完成", base == 10).yes("基本完成", base == 9)
                .yes("省级表彰", provincial).yes("国家级表彰", national);
    }

    private static IndicatorResult line(RulePack pack, int base, boolean provincial, boolean national) {
        return Single.line(pack.evaluate(facts(base, provincial, national, "50").build()));
    }

    @ParameterizedTest(name = "base {0} 省 {1} 国 {2} → within {3}, above {4}")
    @CsvSource({"7, false, false, 7.00, 7.00", "7, true, false, 8.00, 8.00", "7, false, true, 9.00, 9.00",
            "7, true, true, 9.00, 9.00", "9, true, false, 10.00, 10.00", "9, false, true, 10.00, 11.00",
            "9, true, true, 10.00, 11.00", "10, false, false, 10.00, 10.00", "10, true, false, 10.00, 11.00",
            "10, true, true, 10.00, 12.00"})
    void theBonusIsAddedUpToItsCapAndThePolicysMaximum(int base, boolean provincial, boolean national,
                                                        String within, String above) {
        assertEquals(new BigDecimal(within), line(WITHIN, base, provincial, national).score().orElseThrow());
        assertEquals(new BigDecimal(above), line(ABOVE, base, provincial, national).score().orElseThrow());
    }

    @Test
    void theTraceSaysWhatWasAddedAndWhatCapped() {
        assertEquals(List.of("不适用：否，不成立", "违纪：否，不成立", "全部完成：否，不成立", "基本完成：否，不成立", "得分 7 分",
                "省级表彰：是，成立", "国家级表彰：否，不成立", "加分项：省级表彰 1 分，加 1 分", "基础得分 7 分 + 加分 1 分，得 8 分"),
                line(WITHIN, 7, true, false).trace().lines());
        List<String> capped = line(WITHIN, 9, true, true).trace().lines();
        assertEquals(List.of("加分项：省级表彰 1 分、国家级表彰 2 分，合计 3 分，最高加 2 分",
                "基础得分 9 分 + 加分 2 分 = 11 分，超过分值 10 分，按分值计，得 10 分"),
                capped.subList(capped.size() - 2, capped.size()));
        List<String> above = line(ABOVE, 10, true, true).trace().lines();
        assertEquals("基础得分 10 分 + 加分 2 分（加分可超过分值），得 12 分", above.get(above.size() - 1));
        List<String> none = line(WITHIN, 9, false, false).trace().lines();
        assertEquals("加分项均不符合，不加分", none.get(none.size() - 1));
        // exactly at the 分值: nothing to cap
        List<String> exact = line(WITHIN, 9, true, false).trace().lines();
        assertEquals("基础得分 9 分 + 加分 1 分，得 10 分", exact.get(exact.size() - 1));
    }

    @Test
    void aBaseThatIsNotApplicableOrVetoedGetsNoBonus() {
        IndicatorResult na = Single.line(ABOVE.evaluate(facts(10, true, true, "50").yes("不适用", true).build()));
        assertEquals(Status.NOT_APPLICABLE, na.status());
        IndicatorResult vetoed = Single.line(ABOVE.evaluate(facts(10, true, true, "50").yes("违纪", true).build()));
        assertEquals(Status.VETOED, vetoed.status());
        assertEquals(new BigDecimal("0.00"), vetoed.score().orElseThrow());
    }

    @Test
    void aboveTheMaxScoreTheGroupsAndTheTotalAreThePlainSums() {
        ScoreSheet sheet = ABOVE.evaluate(facts(10, true, true, "90").build());
        assertEquals(new BigDecimal("12.00"), sheet.find("一级").orElseThrow().score().orElseThrow());
        assertEquals(new BigDecimal("102.00"), sheet.total().orElseThrow());
        assertEquals("优秀", sheet.grade().orElseThrow().name());
        assertEquals(List.of(), sheet.problems());
    }

    @ParameterizedTest(name = "filler {0} → total {1}")
    @CsvSource({"90, 101.00, true", "89.5, 101.00, true", "89.01, 101.00, true", "89, 101.00, false",
            "88.99, 100.99, false", "50, 62.00, false"})
    void theTotalIsCappedAtTheDeclaredMaximum(String filler, String total, boolean capped) {
        ScoreSheet sheet = CAPPED.evaluate(facts(10, true, true, filler).build());
        assertEquals(new BigDecimal(total), sheet.total().orElseThrow());
        List<Problem> notes = sheet.problems().stream().filter(p -> p.code().equals("R015")).toList();
        assertEquals(capped, !notes.isEmpty());
        if (capped) {
            assertEquals(Severity.INFO, notes.get(0).severity());
            assertEquals("加分后合计 " + new BigDecimal(filler).add(new BigDecimal("12")).stripTrailingZeros()
                    .toPlainString() + " 分超过总分上限 101 分，按 101 分计", notes.get(0).message());
        }
    }

    /** 10 (bonus, cap 2) + 10 (不适用 or full) + 80 (judged): a rescaled total is capped after rescaling. */
    @ParameterizedTest(name = "judged {0} → total {1}")
    @CsvSource({"78, 100.00, false", "78.9, 101.00, false", "78.91, 101.00, true", "79, 101.00, true",
            "80, 101.00, true", "60, 80.00, false"})
    void rescalingComesBeforeTheCap(String judged, String total, boolean capped) {
        RulePack pack = RulePack.builder(new PackInfo("test/bonus", "加分", "", "", ""))
                .bonusPolicy(BonusPolicy.ABOVE_MAX).maxTotal(new BigDecimal("101"))
                .field(DataField.yesNo("全部完成", "")).field(DataField.yesNo("基本完成", ""))
                .field(DataField.yesNo("不适用", "")).field(DataField.yesNo("违纪", ""))
                .field(DataField.yesNo("省级表彰", "")).field(DataField.yesNo("国家级表彰", ""))
                .field(DataField.yesNo("无业务", ""))
                .indicator(new Indicator.Leaf("加分指标", new BigDecimal("10"), "", "", BONUS))
                .indicator(new Indicator.Leaf("可不适用", new BigDecimal("10"), "", "", new Rule.Cases(List.of(
                        new Rule.Case(new Condition.IsYes("无业务"), new Rule.NotApplicable("无业务"))),
                        new Rule.FullMarks())))
                .indicator(new Indicator.Leaf("酌情", new BigDecimal("80"), "", "", Rule.Judgement.anywhere()))
                .build();
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().yes("全部完成", true).yes("基本完成", false)
                .yes("不适用", false).yes("违纪", false).yes("省级表彰", true).yes("国家级表彰", true)
                .yes("无业务", true).judgement("酌情", judged, "x").build());
        // 12 + judged over the applicable 90 points, times 100
        assertTrue(sheet.rescaled());
        assertEquals(new BigDecimal(total), sheet.total().orElseThrow());
        assertEquals(capped, sheet.problems().stream().anyMatch(p -> p.code().equals("R015")));
    }

    @Test
    void theAuditBoundsASelfScoreByTheMaxScoreAndTheCapWhereTheBonusMayExceedIt() {
        ScoreSheet above = ABOVE.evaluate(facts(10, true, true, "50").selfScore(Single.NAME, "12")
                .selfScore("一级", "12").build());
        assertEquals(List.of(), above.findings());
        AuditFinding over = ABOVE.evaluate(facts(10, true, true, "50").selfScore(Single.NAME, "12.5").build())
                .findings().get(0);
        assertEquals(new BigDecimal("12"), over.maxScore());
        assertTrue(over.selfScoreOutOfRange());
        assertTrue(over.render().endsWith("；自评得分超出 [0, 12] 分"), over.render());
        AuditFinding within = WITHIN.evaluate(facts(10, true, true, "50").selfScore(Single.NAME, "11").build())
                .findings().get(0);
        assertEquals(new BigDecimal("10"), within.maxScore());
        assertTrue(within.selfScoreOutOfRange());
        // the total's: at most the 总分上限, or the 总分 and every cap without one
        AuditFinding total = CAPPED.evaluate(facts(10, true, true, "50").selfTotal(new BigDecimal("101.5")).build())
                .findings().get(0);
        assertEquals(new BigDecimal("101"), total.maxScore());
        assertTrue(total.selfScoreOutOfRange());
        assertFalse(ABOVE.evaluate(facts(10, true, true, "50").selfTotal(new BigDecimal("101.5")).build())
                .findings().get(0).selfScoreOutOfRange());
    }

    @Test
    void theCapOnTheTotalAndTheGradesAreChecked() {
        assertEquals(List.of("C019"), errors(declared(Single.of("10", new Rule.Bonus(BASE, List.of(new Rule.Award(
                "表彰", new Condition.IsYes("省级表彰"), Points.absolute("1"))), Points.absolute("0"))))));
        assertEquals(List.of("C021"), errors(single(BonusPolicy.WITHIN_MAX, "101")));
        assertEquals(List.of("C020"), errors(single(BonusPolicy.ABOVE_MAX, "99")));
        assertEquals(List.of(), errors(single(BonusPolicy.ABOVE_MAX, "100")));
        // grades that end at 100: enough for the 总分, not for totals a bonus may lift above it
        GradeScale closed = new GradeScale(List.of(new GradeBand("优秀", new BigDecimal("85"), true,
                new BigDecimal("100"), true), GradeBand.halfOpen("良好", "60", "85"), GradeBand.halfOpen("较差", null, "60")));
        assertEquals(List.of(), errors(single(BonusPolicy.WITHIN_MAX, null), closed));
        assertEquals(List.of("C008 100.5", "C008 101"), c008(single(BonusPolicy.ABOVE_MAX, "101"), closed));
        assertEquals(List.of("C008 101"), c008(single(BonusPolicy.ABOVE_MAX, null), closed));
    }

    private static List<String> errors(Single s) {
        return s.check().problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }

    private static List<String> errors(Single s, GradeScale grades) {
        return s.builder(NotApplicablePolicy.RESCALE).grades(grades).check().problems().stream()
                .filter(Problem::isError).map(Problem::code).toList();
    }

    private static List<String> c008(Single s, GradeScale grades) {
        return s.builder(NotApplicablePolicy.RESCALE).grades(grades).check().problems().stream()
                .filter(Problem::isError).map(p -> p.code() + " " + p.message().replaceAll(".*得分 (\\S+) 处.*", "$1"))
                .toList();
    }
}
