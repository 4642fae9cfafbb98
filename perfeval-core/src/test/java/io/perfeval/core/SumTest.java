package io.perfeval.core;

import static io.perfeval.core.SeedFixture.bin;
import static io.perfeval.core.SeedFixture.cmp;
import static io.perfeval.core.SeedFixture.pct;
import static io.perfeval.core.SeedFixture.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 分项计分: a criterion written as parts, each scored against its own 分值 and added — a ladder of cases and two awards
 * (「镇区车行15分钟内可到达…得0.5分…；…交通组织合理得0.5分；…人均道路面积达15平方米得0.5分」), an evaluator's judgement and three
 * awards (「…酌情给分，最高1分；自来水普及率达95%以上，得0.5分；…」); points, 得满分 and 分值 inside a part mean the part's 分值;
 * a part's clamp in the trace; and what the checks refuse.
 */
class SumTest {

    private static final RulePack TOWN = KindPacks.town().pack();
    private static final RulePack VILLAGE = KindPacks.village().pack();

    private static EvaluationInput town(String minutes, boolean organised, String area) {
        return Single.input().number("车行时间", minutes).yes("交通组织合理", organised).number("人均道路面积", area).build();
    }

    private static EvaluationInput.Builder village(String tapWater, boolean sewage, boolean refuse) {
        return Single.input().number("自来水普及率", tapWater).yes("污水集中处理", sewage).yes("垃圾定时收运", refuse);
    }

    // By hand: 车行时间 ≤ 15 → 0.5, ≤ 30 → 0.3, else 0; 合理 → 0.5; 面积 ≥ 15 → 0.5.
    @ParameterizedTest(name = "车行 {0} 分钟，合理 {1}，面积 {2} → {3}")
    @CsvSource({"10, true, 16, 1.50", "15, true, 15, 1.50", "15.5, true, 15, 1.30", "30, false, 14.9, 0.30",
            "31, true, 20, 1.00", "31, false, 0, 0.00", "5, false, 20, 1.00"})
    void eachPartIsScoredOnItsOwnAndThePartsAreAdded(String minutes, boolean organised, String area,
                                                     String expected) {
        IndicatorResult line = Single.line(TOWN.evaluate(town(minutes, organised, area)));
        assertEquals(Status.SCORED, line.status(), line.problems().toString());
        assertEquals(new BigDecimal(expected), line.score().orElseThrow());
        assertEquals(List.of(), line.problems());
    }

    @Test
    void theTraceGivesEachPartItsLabelItsStepsAndItsScore() {
        IndicatorResult line = Single.line(TOWN.evaluate(town("15.5", true, "15")));
        assertEquals(List.of(
                "分项「车行时间」（分值 0.5 分）：",
                "车行时间 15.5分钟 ≤ 15分钟，不成立",
                "车行时间 15.5分钟 ≤ 30分钟，成立",
                "得分 0.3 分",
                "分项「交通组织」（分值 0.5 分）：",
                "交通组织合理：是，成立",
                "得分项：交通组织合理 0.5 分，合计得 0.5 分",
                "分项「人均道路面积」（分值 0.5 分）：",
                "人均道路面积 15平方米 ≥ 15平方米，成立",
                "得分项：人均道路面积达15平方米 0.5 分，合计得 0.5 分",
                "各分项得分相加：「车行时间」0.3 分 + 「交通组织」0.5 分 + 「人均道路面积」0.5 分，合计得 1.3 分"),
                line.trace().lines());
    }

    // By hand: the judgement (0 to 1) plus 0.5 for each award met.
    @ParameterizedTest(name = "酌情 {0}，自来水 {1}%，污水 {2}，垃圾 {3} → {4}")
    @CsvSource({"1, 95, true, true, 2.50", "0.6, 96, true, false, 1.60", "0.6, 94.99, true, true, 1.60",
            "0, 50, false, false, 0.00", "0.25, 100, false, false, 0.75"})
    void aJudgedPartTakesTheIndicatorsJudgement(String judged, String tapWater, boolean sewage, boolean refuse,
                                                String expected) {
        IndicatorResult line = Single.line(VILLAGE.evaluate(village(tapWater, sewage, refuse)
                .judgement(Single.NAME, judged, "总体建设较完善").build()));
        assertEquals(Status.SCORED, line.status(), line.problems().toString());
        assertEquals(new BigDecimal(expected), line.score().orElseThrow());
        assertTrue(line.trace().lines().contains("评价人在 0–1 分之间酌情给分（理由：总体建设较完善），得 "
                + new BigDecimal(judged).stripTrailingZeros().toPlainString() + " 分"), line.trace().render());
    }

    @Test
    void theJudgedPartsRangeIsThePartsOwnNotTheIndicators() {
        // 分值 × 1/1 in the 1-point part is 1, not the indicator's 2.5: a judgement of 1.5 lies outside it
        IndicatorResult over = Single.line(VILLAGE.evaluate(village("95", true, true)
                .judgement(Single.NAME, "1.5", "很好").build()));
        assertEquals(Status.ERROR, over.status());
        assertEquals("酌情得分 1.5 分不在评价标准允许的 0–1 分之间", over.problems().get(0).message());
        IndicatorResult none = Single.line(VILLAGE.evaluate(village("95", true, true).build()));
        assertEquals("R003", none.problems().get(0).code());
        assertEquals("需要评价人在 0–1 分之间酌情给分并写明理由", none.problems().get(0).message());
        assertEquals(List.of(), VILLAGE.validate(village("95", true, true).judgement(Single.NAME, "1", "好").build()));
    }

    @Test
    void aSumWithoutAJudgedPartTakesNoJudgement() {
        List<Problem> problems = TOWN.validate(Single.input().number("车行时间", "10").yes("交通组织合理", true)
                .number("人均道路面积", "20").judgement(Single.NAME, "1", "不需要").build());
        assertEquals(List.of("I017"), problems.stream().map(Problem::code).toList());
    }

    /**
     * Two failed items of a checklist, 每项扣分值的四分之一, in a part of 2 on a 5-point indicator: 2 × 0.5 = 1 off the
     * part's 2 (the indicator's 分值 would have made it 2 × 1.25). 得满分 in the other part is its 3, and 分值 in a
     * formula is the part's too.
     */
    @Test
    void sharesOfTheMaxScoreFullMarksAndTheMaxScoreInAFormulaAreThePartsOwn() {
        Rule deduct = new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项",
                new Expr.FailedItems("台账", List.of()), Points.share(1, 4))), true);
        Rule full = new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("按时上报"), new Rule.FullMarks())),
                Rule.FixedScore.zero());
        Single s = Single.of("5", new Rule.Sum(List.of(new Rule.Part("台账", new BigDecimal("2"), deduct),
                new Rule.Part("上报", new BigDecimal("3"), full))))
                .field(DataField.checklist("台账", KindPacks.LEDGER)).field(DataField.yesNo("按时上报", ""));
        IndicatorResult line = Single.line(s.pack().evaluate(Single.input()
                .put("台账", Value.Checklist.allMetExcept(5, 2, 4)).yes("按时上报", true).build()));
        assertEquals(new BigDecimal("4.00"), line.score().orElseThrow());
        assertTrue(line.trace().lines().contains("不符合项 2项 × 0.5 分 = 扣 1 分"), line.trace().render());
        assertTrue(line.trace().lines().contains("分值 2 分减扣分 1 分，得 1 分"), line.trace().render());
        assertTrue(line.trace().lines().contains("得满分 3 分"), line.trace().render());

        Rule formula = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, ref("完成率"), new Expr.MaxScore()), true);
        Single f = Single.of("5", new Rule.Sum(List.of(new Rule.Part("完成", new BigDecimal("2"), formula),
                new Rule.Part("上报", new BigDecimal("3"), full))))
                .field(DataField.percentage("完成率", "")).field(DataField.yesNo("按时上报", ""));
        IndicatorResult formulaLine = Single.line(f.pack().evaluate(Single.input().number("完成率", "80")
                .yes("按时上报", false).build()));
        // 80% × 2 = 1.6 (× 5 would be 4, and above the part's 2)
        assertEquals(new BigDecimal("1.60"), formulaLine.score().orElseThrow());
        assertTrue(formulaLine.trace().lines().contains("得分 = 完成率 × 分值 = 80% × 2，得 1.6 分"),
                formulaLine.trace().render());
    }

    /** A part's own score above or below its 分值 is clamped there, and the trace says so. */
    @Test
    void aPartsClampIsRecordedInTheTrace() {
        RulePack clamped = KindPacks.clamped().pack();
        // 甲 0.8 → 0.5; 乙 (40% − 50%) × 1 = −0.1 → 0
        IndicatorResult line = Single.line(clamped.evaluate(Single.input().number("完成率", "40").build()));
        assertEquals(new BigDecimal("0.50"), line.score().orElseThrow());
        List<String> lines = line.trace().lines();
        assertTrue(lines.contains("分项「甲」计算结果 0.8 分超过该项分值 0.5 分，按 0.5 分计"), line.trace().render());
        assertTrue(lines.contains("分项「乙」计算结果 -0.1 分低于 0，按 0 分计"), line.trace().render());
        assertEquals("各分项得分相加：「甲」0.5 分 + 「乙」0 分，合计得 0.5 分", lines.get(lines.size() - 1));
        // 乙 (90% − 50%) × 1 = 0.4: within its 分值, no clamp of its own
        IndicatorResult within = Single.line(clamped.evaluate(Single.input().number("完成率", "90").build()));
        assertEquals(new BigDecimal("0.90"), within.score().orElseThrow());
        assertEquals(1, within.trace().lines().stream().filter(l -> l.contains("计算结果")).count());
    }

    @Test
    void aFailingPartIsTheIndicatorsError() {
        Rule ladder = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, ref("完成率"), pct("90")),
                new Rule.FullMarks())), new Rule.NoRule());
        Single s = Single.of("2", new Rule.Sum(List.of(new Rule.Part("完成", BigDecimal.ONE, ladder),
                new Rule.Part("上报", BigDecimal.ONE, KindPacks.award("按时上报", new Condition.IsYes("按时上报"))))))
                .field(DataField.percentage("完成率", "")).field(DataField.yesNo("按时上报", ""));
        IndicatorResult line = Single.line(s.pack().evaluate(Single.input().number("完成率", "80")
                .yes("按时上报", true).build()));
        assertEquals(Status.ERROR, line.status());
        assertEquals("R002", line.problems().get(0).code());
    }

    @Test
    void aSumInsideAPartAddsUpWithinThatPart() {
        Rule inner = new Rule.Sum(List.of(
                new Rule.Part("制度", new BigDecimal("0.5"), KindPacks.award("制度健全", new Condition.IsYes("制度健全"))),
                new Rule.Part("执行", new BigDecimal("0.5"), new Rule.FullMarks())));
        Single s = Single.of("3", new Rule.Sum(List.of(new Rule.Part("管理", BigDecimal.ONE, inner),
                new Rule.Part("上报", new BigDecimal("2"), KindPacks.award("按时上报", new Condition.IsYes("按时上报"))))))
                .field(DataField.yesNo("制度健全", "")).field(DataField.yesNo("按时上报", ""));
        assertEquals(List.of(), errors(s));
        IndicatorResult line = Single.line(s.pack().evaluate(Single.input().yes("制度健全", false)
                .yes("按时上报", true).build()));
        // 0 + 0.5 (the inner part's full marks are its own 0.5) + 2
        assertEquals(new BigDecimal("2.50"), line.score().orElseThrow());
        assertTrue(line.trace().lines().contains("得满分 0.5 分"), line.trace().render());
        assertTrue(line.trace().lines().contains("各分项得分相加：「制度」0 分 + 「执行」0.5 分，合计得 0.5 分"));
    }

    // ---- the checks

    private static List<String> errors(Single s) {
        return s.check().problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }

    private static Problem first(Single s, String code) {
        return s.check().problems().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " in " + s.check().problems()));
    }

    private static Single twoParts(String max, Rule a, Rule b) {
        return Single.of(max, new Rule.Sum(List.of(new Rule.Part("甲", new BigDecimal("0.5"), a),
                new Rule.Part("乙", BigDecimal.ONE, b)))).field(DataField.yesNo("按时上报", ""));
    }

    private static final Rule MET = KindPacks.award("按时上报", new Condition.IsYes("按时上报"));

    @Test
    void thePartsMaxScoresMustAddUpToTheIndicators() {
        assertEquals(List.of(), errors(twoParts("1.5", MET, new Rule.FullMarks())));
        assertEquals(List.of("C022"), errors(twoParts("2", MET, new Rule.FullMarks())));
        assertEquals("各分项分值之和为 1.5 分，与应得的分值 2 分不符", first(twoParts("2", MET, new Rule.FullMarks()),
                "C022").message());
        // inside a part, against that part's 分值
        Rule inner = new Rule.Sum(List.of(new Rule.Part("子一", new BigDecimal("0.3"), new Rule.FullMarks()),
                new Rule.Part("子二", new BigDecimal("0.3"), new Rule.FullMarks())));
        Problem p = first(twoParts("1.5", MET, inner), "C022");
        assertEquals("各分项分值之和为 0.6 分，与应得的分值 1 分不符", p.message());
        assertEquals("the parts of a criterion scored part by part have 分值 adding up to 0.6 points, not the 1 points"
                + " they are scored against", p.englishMessage());
    }

    @Test
    void aPartMayNotBeScoredByAWholeIndicatorsOutcomeNorByNoRule() {
        assertEquals(List.of("C023"), errors(twoParts("1.5", MET, new Rule.Veto(Rule.VetoScope.INDICATOR))));
        assertEquals(List.of("C023"), errors(twoParts("1.5", MET, new Rule.NoRule())));
        Rule bonus = new Rule.Bonus(new Rule.FullMarks(), List.of(new Rule.Award("表彰", new Condition.IsYes("按时上报"),
                Points.absolute("0.5"))), Points.absolute("0.5"));
        assertEquals(List.of("C023"), errors(twoParts("1.5", MET, bonus)));
        Rule hidden = new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("按时上报"),
                new Rule.NotApplicable("未上报"))), new Rule.FullMarks());
        Problem p = first(twoParts("1.5", MET, hidden), "C023");
        assertTrue(p.message().startsWith("分项「乙」的规则含有不适用"), p.message());
        // 无规则 as a clause of 分情形 is the text giving nothing for that case: allowed
        Rule gap = new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("按时上报"), new Rule.FullMarks())),
                new Rule.NoRule());
        assertEquals(List.of(), errors(twoParts("1.5", MET, gap)));
    }

    @Test
    void atMostOnePartTakesTheJudgement() {
        Problem p = first(twoParts("1.5", Rule.Judgement.anywhere(), new Rule.JudgementWithin(new Rule.FullMarks())),
                "C024");
        assertEquals("分项「甲」、「乙」都需要评价人酌情给分，但输入数据每个指标只有一个酌情得分：至多一个分项可以酌情给分",
                p.message());
        assertTrue(p.englishMessage().contains("one judgement per indicator"), p.englishMessage());
        assertEquals(List.of(), errors(twoParts("1.5", Rule.Judgement.anywhere(), new Rule.FullMarks())));
    }

    @Test
    void partLabelsDiffer() {
        Single s = Single.of("1", new Rule.Sum(List.of(new Rule.Part("甲", new BigDecimal("0.5"), new Rule.FullMarks()),
                new Rule.Part("甲", new BigDecimal("0.5"), Rule.FixedScore.zero()))));
        assertEquals(List.of("C025"), errors(s));
        assertEquals("分项「甲」重复：同一评价标准的分项名称须互不相同", first(s, "C025").message());
    }

    /** The checks of each kind run inside a part against the part's 分值: a range, a level, a limit above it. */
    @Test
    void eachPartsRuleIsCheckedAgainstThePartsMaxScore() {
        Rule judged = new Rule.Judgement(Points.absolute("0"), Points.absolute("0.8"));
        assertEquals(List.of("C014"), errors(twoParts("1.5", judged, MET)));
        assertEquals("酌情给分区间 0–0.8 分超出 0–0.5 分", first(twoParts("1.5", judged, MET), "C014").message());
        // the same range fits the second part's 1
        assertEquals(List.of(), errors(twoParts("1.5", MET, judged)));
        Rule level = new Rule.Levels(List.of(new Rule.Level("好", Points.absolute("0.6"), Points.absolute("0.6"))));
        assertEquals(List.of("C018"), errors(twoParts("1.5", level, MET)));
        Rule limited = new Rule.LimitedDeduct(new Rule.Deduct(List.of(new DeductionTerm.PerCount("未上报",
                new Expr.CountOf(List.of(new Condition.Not(new Condition.IsYes("按时上报")))), Points.absolute("1"))),
                false), Points.absolute("0.8"));
        assertEquals(List.of("C017"), errors(twoParts("1.5", limited, MET)));
    }

    /** Names, kinds and units are checked inside parts, and data used only there count as used. */
    @Test
    void dataInsidePartsAreCheckedAndCountAsUsed() {
        assertTrue(KindPacks.town().check().problems().isEmpty(), KindPacks.town().check().problems().toString());
        Rule undeclared = KindPacks.award("未声明", new Condition.IsYes("未声明的数据"));
        assertEquals(List.of("C004"), errors(twoParts("1.5", undeclared, new Rule.FullMarks())));
        Rule wrongUnit = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, ref("完成率"), pct("10")), true);
        assertEquals(List.of("C011"), errors(twoParts("1.5", MET, wrongUnit).field(DataField.percentage("完成率", ""))));
    }
}
