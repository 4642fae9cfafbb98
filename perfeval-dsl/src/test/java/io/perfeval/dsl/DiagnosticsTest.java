package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidPackException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Error messages: stable code, file:line:col, caret excerpt, Chinese and English text, all problems at once. */
class DiagnosticsTest {

    /** A one-indicator pack around {@code criterion} (line 9 holds the criterion, starting at column 9). */
    static String pack(String criterion, String... declarations) {
        return "规则包：test/diag\n"
                + "名称：「测试」\n"
                + "总分：10\n"
                + "数据：\n"
                + "  完成数：金额（万元）\n"
                + "  预算数：金额（万元）\n"
                + "  满意度：百分比\n"
                + "计算：\n  完成率 = 完成数 / 预算数 × 100%，保留两位小数\n"
                + "指标：\n"
                + "一级：完成率（10）\n"
                + "  评价标准「" + criterion + "」\n"
                + String.join("\n", declarations) + "\n";
    }

    static Problem only(String code, CompileResult r) {
        List<Problem> found = r.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " expected once in " + r.problems());
        return found.get(0);
    }

    @Test
    void undeclaredNameIsLocatedWithDidYouMean() {
        String text = pack("完成率≥95%得满分；否则不得分。").replace("完成率 = 完成数 / 预算数", "完成率 = 完成数 / 预算");
        CompileResult r = PackCompiler.compile(text, "a.perfeval");
        Problem p = only("D003", r);
        assertTrue(p.isError());
        assertEquals("a.perfeval:9:15", p.location().orElseThrow().toString());
        assertTrue(p.message().contains("预算数"), p.message());
        assertTrue(p.englishMessage().startsWith("undeclared name '预算'"), p.englishMessage());
        String rendered = Diagnostics.render(p, text);
        String[] lines = rendered.split("\n");
        assertEquals("  " + "  完成率 = 完成数 / 预算 × 100%，保留两位小数", lines[1]);
        // caret under 预算: two spaces of margin, then full-width filler under each CJK character before it
        assertEquals("  " + "  　　　   　　　   ＾＾", lines[2]);
        assertFalse(r.pack().isPresent());
    }

    @Test
    void aReservedWordUsedAsANameGetsAdviceNotAParserMessage() {
        String text = pack("完成率≥95%得满分；否则不得分。").replace("总分：10\n", "总分：10\n等级：\n  达标：6 ≤ 得分\n  未达：得分 < 6\n");
        CompileResult r = PackCompiler.compile(text, "r.perfeval");
        Problem p = only("D033", r);
        assertEquals("r.perfeval:5:3", p.location().orElseThrow().toString());
        assertEquals("「达标」是规则语言的保留字，不能单独用作名称；请换一个名称，例如「达标等级」「达标情况」", p.message());
        assertTrue(r.problems().stream().noneMatch(x -> x.code().equals("D001")), r.problems().toString());
        // Containing a reserved word is fine.
        assertTrue(PackCompiler.compile(text.replace("  达标：", "  达标等级："), "r.perfeval").pack().isPresent());
    }

    @Test
    void deductionWithoutAnAmountGetsTargetedAdvice() {
        String text = pack("完成率≥95%得满分，每降低一个百分点，扣分值。");
        Problem p = only("D008", PackCompiler.compile(text, "b.perfeval"));
        assertEquals(12, p.location().orElseThrow().line());
        assertTrue(p.message().contains("扣0.5分"), p.message());
    }

    @Test
    void partialBandWithoutADeclaredReadingIsRejectedWithTheThreeReadings() {
        String criterion = "1. 完成率大于或等于95%的，得满分；2. 完成率小于或等于50%的，得0分；3. 完成率在50%-95%之间的，"
                + "在满分和0之间计算确定；每五个百分点为档，每档扣分值的十分之一。";
        String text = pack(criterion);
        Problem p = only("D009", PackCompiler.compile(text, "c.perfeval"));
        for (String reading : List.of("不足一档按一档计", "不足一档不扣分", "按实际折算")) {
            assertTrue(p.message().contains(reading), p.message());
        }
        CompileResult ok = PackCompiler.compile(pack(criterion, "  档的计法：不足一档不扣分"), "c.perfeval");
        assertTrue(ok.pack().isPresent(), ok.problems().toString());
    }

    @Test
    void satisfactionStandardIsAmbiguousUntilAReadingIsDeclared() {
        String criterion = "满意度在90%以上,得满分,以80%为标准,每下降10%,扣1.5分,低于60%,不得分。";
        Problem p = only("D010", PackCompiler.compile(pack(criterion), "d.perfeval"));
        assertTrue(p.message().contains("80%") && p.message().contains("90%"), p.message());
        assertTrue(p.message().contains("扣分起点") && p.message().contains("档的计法"), p.message());
        CompileResult ok = PackCompiler.compile(pack(criterion, "  扣分起点：90%", "  档的计法：不足一档按一档计"),
                "d.perfeval");
        assertTrue(ok.pack().isPresent(), ok.problems().toString());
        // a reading that contradicts the text's standard is rejected too
        CompileResult bad = PackCompiler.compile(pack(criterion, "  扣分起点：95%", "  档的计法：不足一档按一档计"),
                "d.perfeval");
        only("D010", bad);
    }

    @Test
    void fullWidthDigitsInADeclarationGetAdvice() {
        String text = pack("完成率≥95%得满分；否则不得分。").replace("总分：10", "总分：１０");
        Problem p = PackCompiler.compile(text, "e.perfeval").errors().get(0);
        assertEquals("D002", p.code());
        assertEquals("e.perfeval:3:4", p.location().orElseThrow().toString());
        assertTrue(p.message().contains("10"), p.message());
    }

    @Test
    void fullWidthDigitsInACriterionAreReadWithAWarning() {
        CompileResult r = PackCompiler.compile(pack("完成率≥９５%得满分；否则不得分。"), "f.perfeval");
        assertTrue(r.pack().isPresent(), r.problems().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("D011")), r.warnings().toString());
    }

    @Test
    void syntaxErrorsAreLocated() {
        String text = pack("完成率≥95%得满分；否则不得分。").replace("一级：完成率（10）", "一级：完成率（10");
        Problem p = PackCompiler.compile(text, "g.perfeval").errors().get(0);
        assertEquals("D001", p.code());
        assertEquals(12, p.location().orElseThrow().line());
    }

    @Test
    void aClauseThatCanNeverApplyIsAnError() {
        Problem p = only("D014", PackCompiler.compile(pack("完成率≥90%得满分；完成率≥95%得0分；否则得5分。"), "h.perfeval"));
        assertTrue(p.message().contains("完成率≥95%得0分"), p.message());
    }

    @Test
    void stepsOnAnotherNumberThanTheirClauseAreRefused() {
        // 「满意度每降低…」 after a full-marks clause on 完成率: counted from 95% of the wrong number it would score
        // silently wrong
        Problem p = only("D024", PackCompiler.compile(pack("完成率≥95%得满分，满意度每降低1个百分点扣1分。"), "s.perfeval"));
        assertTrue(p.message().contains("满意度"), p.message());
        assertTrue(PackCompiler.compile(pack("完成率≥95%得满分，完成率每降低1个百分点扣1分。"), "t.perfeval").pack()
                .isPresent());
    }

    @Test
    void repeatedConditionsAndItemsAreShownAsSlips() {
        only("D044", PackCompiler.compile(pack("完成率≥95%得满分；满意度<60%的，满意度<60%的，扣2分。"), "r.perfeval"));
        only("D044", PackCompiler.compile(pack("完成率≥95%得满分，否则，否则不得分。"), "r.perfeval"));
    }

    @Test
    void aDeclaredNameCutShortIsNotMadeANewItem() {
        Problem p = only("D050", PackCompiler.compile(pack("未满意的，扣2分。").replace("满意度：百分比", "满意情况良好：是否"),
                "n.perfeval"));
        assertTrue(p.message().contains("满意情况良好"), p.message());
    }

    @Test
    void aFailingWithABareWeightAmongAwardsIsRefused() {
        Problem p = only("D052", PackCompiler.compile(pack("①制度未健全（5分）；②记录完整（5分）。"), "w.perfeval"));
        assertTrue(p.message().contains("制度未健全"), p.message());
        assertTrue(PackCompiler.compile(pack("①制度健全（5分）；②记录完整（5分）。"), "w.perfeval").pack().isPresent());
    }

    @Test
    void aMeasuresFormulaWrittenInTheCriterionMustBeThePacks() {
        assertTrue(PackCompiler.compile(pack("完成率=完成数/预算数×100%。完成率≥95%得满分，否则不得分。"), "f.perfeval")
                .pack().isPresent());
        assertTrue(PackCompiler.compile(pack("完成率=完成数/预算数。完成率≥95%得满分，否则不得分。"), "f.perfeval")
                .pack().isPresent(), "a ratio and the ratio × 100% are one value");
        Problem p = only("D053", PackCompiler.compile(pack("完成率=预算数/完成数×100%。完成率≥95%得满分。"), "f.perfeval"));
        assertTrue(p.message().contains("完成数 / 预算数"), p.message());
        only("D053", PackCompiler.compile(pack("满意度=完成数/预算数。完成率≥95%得满分。"), "f.perfeval"));
        // a hyphen between names is a minus: the formula parses, and differs from the pack's
        only("D053", PackCompiler.compile(pack("完成率=(完成数-预算数)/预算数×100%。完成率≥95%得满分。"), "f.perfeval"));
    }

    @Test
    void proportionalScoresTakeTheRateWrittenBeforeThem() {
        CompileResult r = PackCompiler.compile(pack("完成率达100%得满分，未达100%的按比例得分。")
                .replace("一级：完成率（10）", "一级：资金到位（10）"), "p.perfeval");
        assertTrue(r.pack().isPresent(), r.problems().toString());
        io.perfeval.core.sheet.IndicatorResult leaf = r.pack().get().evaluate(io.perfeval.core.input.EvaluationInput
                .builder().number("完成数", "80").number("预算数", "100").number("满意度", "0").build()).leaves().get(0);
        assertEquals(0, new java.math.BigDecimal("8").compareTo(leaf.score().orElseThrow()), leaf.toString());
        // a count or an amount written before 按比例得分 says no scale: refused, not guessed
        only("D012", PackCompiler.compile(pack("完成数达100万元得满分，不足的按比例得分。")
                .replace("一级：完成率（10）", "一级：资金到位（10）"), "p.perfeval"));
    }

    @Test
    void aRangesFirstEndIncludedAndWanAloneOfAnAmount() {
        // 「30-50万(含30万)」: 万 of an amount is 万元, and (含30万) includes the range's first end, so 50万 is the clause
        // before's
        RulePack p = PackCompiler.compileOrThrow(pack("完成数在50万元以上得满分，30-50万(含30万)得5分，30万以下不得分。")
                .replace("一级：完成率（10）", "一级：经费（10）"), "w.perfeval");
        for (String[] c : new String[][] {{"30", "5"}, {"50", "10"}, {"49.99", "5"}, {"29.99", "0"}}) {
            BigDecimal got = p.evaluate(EvaluationInput.builder().number("完成数", c[0]).number("预算数", "100")
                    .number("满意度", "0").build()).leaves().get(0).score().orElseThrow();
            assertEquals(0, new BigDecimal(c[1]).compareTo(got), c[0] + " → " + got);
        }
    }

    @Test
    void wordsRunningIntoADeclaredNameAreRefused() {
        Problem p = only("D054", PackCompiler.compile(pack("年度完成率≥90%的得满分，否则不得分。"), "y.perfeval"));
        assertTrue(p.message().contains("年度") && p.message().contains("完成率"), p.message());
        // separated, the words are a condition of their own (an item the evaluator answers)
        assertTrue(PackCompiler.compile(pack("项目实施前，完成率≥90%的得满分，否则不得分。"), "y.perfeval").pack()
                .isPresent());
    }

    @Test
    void aConditionHeadingASentenceHoldsForEveryClauseOfIt() {
        // 「山区:…得10分,…得5分。其它:…」 — without the heading on every clause, 其它 at 85% would take 山区's 5 points
        RulePack p = PackCompiler.compileOrThrow(pack("山区:完成率达到90%的得10分,完成率达到80%的得5分。"
                + "其它地区:完成率达到95%的得10分,完成率达到85%的得5分。完成率低于80%的不得分。", "  用语「山区」：满意度 ≥ 50%",
                "  用语「其它地区」：满意度 < 50%"), "h.perfeval");
        BigDecimal hill = score(p, "85", "60");
        BigDecimal other = score(p, "85", "40");
        assertEquals(0, new BigDecimal("5").compareTo(hill), hill.toString());
        assertEquals(0, new BigDecimal("5").compareTo(other), other.toString());
        assertEquals(0, BigDecimal.ZERO.compareTo(score(p, "79", "40")));
        // 否则 under a heading: the rest of the heading's cases, or of all? Refused, not guessed
        only("D024", PackCompiler.compile(pack("山区:完成率达到90%的得10分,否则不得分。", "  用语「山区」：满意度 ≥ 50%"),
                "h.perfeval"));
    }

    private static BigDecimal score(RulePack p, String done, String satisfaction) {
        return p.evaluate(EvaluationInput.builder().number("完成数", done).number("预算数", "100")
                .number("满意度", satisfaction).build()).leaves().get(0).score().orElseThrow();
    }

    @Test
    void aDeclaredNameInsideProseIsRefusedUnlessTheProseIsAScope() {
        String text = pack("各县(区)均按时上报得满分,否则不得分。").replace("满意度：百分比", "按时上报：是否");
        assertTrue(PackCompiler.compile(text, "s.perfeval").pack().isPresent(), "各县(区)均 is a scope");
        Problem p = only("D055", PackCompiler.compile(pack("认真做到按时上报得满分,否则不得分。")
                .replace("满意度：百分比", "按时上报：是否"), "s.perfeval"));
        assertTrue(p.message().contains("按时上报"), p.message());
    }

    @Test
    void aDeductionPerDayOfProseIsRefusedNotReadAsOne() {
        // 「逾期一天扣0.5分」 is per day; with no declared count of days it cannot be counted
        only("D034", PackCompiler.compile(pack("按时报送的得满分，逾期一天扣0.5分。"), "d.perfeval"));
        only("D034", PackCompiler.compile(pack("按时报送的得满分，每逾期一天，扣0.5分。"), "d.perfeval"));
    }

    @Test
    void aDeductionPerDayOfADeclaredNumberOfDaysIsPerStep() {
        String text = "规则包：t/d\n名称：「d」\n总分：5\n数据：\n  迟报天数：数值（日）\n指标：\n一级：按时上报（5）\n"
                + "  评价标准「每迟报一天扣1分;迟报四天及以上不得分。」\n  用语「迟报」：迟报天数\n";
        RulePack p = PackCompiler.compileOrThrow(text, "d.perfeval");
        for (String[] c : new String[][] {{"0", "5"}, {"1", "4"}, {"3", "2"}, {"4", "0"}}) {
            BigDecimal got = p.evaluate(EvaluationInput.builder().number("迟报天数", c[0]).build()).leaves().get(0)
                    .score().orElseThrow();
            assertEquals(0, new BigDecimal(c[1]).compareTo(got), c[0] + " days → " + got);
        }
    }

    @Test
    void aPackDeclaringACountingWordTheLanguageNowKnowsStillCompiles() {
        String text = pack("问题处数每处扣1分，扣完为止。").replace("数据：\n", "单位：\n  处：计数\n数据：\n  问题处数：数量（处）\n");
        CompileResult r = PackCompiler.compile(text, "u.perfeval");
        assertTrue(r.pack().isPresent(), r.problems().toString());
        // 万 is 万元 to the language now; a pack that declared it a counting word keeps its own meaning
        String counted = "规则包：t/u\n名称：「u」\n总分：10\n单位：\n  万：计数\n数据：\n  参训人数：数量（万）\n指标：\n"
                + "一级：培训（10）\n  评价标准「参训人数≥5万的得满分，否则不得分。」\n";
        CompileResult c = PackCompiler.compile(counted, "u.perfeval");
        assertTrue(c.pack().isPresent(), c.problems().toString());
        // and a unit declared twice in one pack is still a slip
        only("D004", PackCompiler.compile(counted.replace("  万：计数\n", "  万：计数\n  万：计数\n"), "u.perfeval"));
    }

    @Test
    void gapsBetweenClausesAreWarned() {
        CompileResult r = PackCompiler.compile(pack("完成率≥90%得满分；完成率<80%得0分。"), "i.perfeval");
        assertTrue(r.pack().isPresent());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("D015")), r.warnings().toString());
    }

    @Test
    void proseWithoutADeclaredTargetIsAnItemTheEvaluatorAnswers() {
        // Reading 11: without 达标 the prose is an item of the indicator's checklist (符合 when it holds), and the
        // negative clause after it is its complement, not a second item.
        String criterion = "按时组织银企对接会,得满分,未组织银企对接活动,按实际情况酌情扣分";
        RulePack pack = PackCompiler.compileOrThrow(pack(criterion), "j.perfeval");
        DataField items = pack.field("完成率评价项").orElseThrow();
        assertEquals(List.of("按时组织银企对接会"), items.items());
        EvaluationInput.Builder in = EvaluationInput.builder().number("完成数", "90").number("预算数", "100")
                .number("满意度", "90");
        assertEquals(new BigDecimal("10.00"), pack.evaluate(in.put("完成率评价项", Value.Checklist.allMetExcept(1))
                .build()).total().orElseThrow());
        assertEquals(new BigDecimal("6.00"), pack.evaluate(in.put("完成率评价项", Value.Checklist.allMetExcept(1, 1))
                .judgement("完成率", "6", "只组织了一次").build()).total().orElseThrow());
        // with a declared target the prose is that target, as before
        CompileResult ok = PackCompiler.compile(pack(criterion, "  达标：满意度 ≥ 90%"), "j.perfeval");
        assertTrue(ok.pack().isPresent() && ok.pack().get().field("完成率评价项").isEmpty(), ok.problems().toString());
        // 「X达标」 said of a declared number needs 达标 to say what it means
        only("D013", PackCompiler.compile(pack("完成率达标,得满分,否则不得分"), "j.perfeval"));
    }

    @Test
    void aPerOccurrenceDeductionOfProseIsRefusedRatherThanReadAsOnce() {
        // Yueyang's 支付进度: read against 达标, 「每出现一个…扣2分」 would deduct 2 once however many 专项 were late.
        String criterion = "全部按进度下达得满分；每出现一个专项未按进度完成资金下达扣2分，扣完为止。";
        String text = pack(criterion, "  达标：延迟专项数 = 0个").replace("  满意度：百分比\n", "  满意度：百分比\n  延迟专项数：数量（个）\n");
        CompileResult refused = PackCompiler.compile(text, "k.perfeval");
        Problem p = only("D034", refused);
        assertTrue(p.isError());
        assertEquals(13, p.location().orElseThrow().line());
        assertTrue(p.message().contains("每出现一个专项未按进度完成资金下达"), p.message());
        assertTrue(p.englishMessage().contains("scores per occurrence"), p.englishMessage());
        assertFalse(refused.pack().isPresent());

        // Pointing the words at the declared count with 用语 makes the sentence compile as written, per 专项.
        RulePack pack = PackCompiler.compileOrThrow(text.replace("  达标：延迟专项数 = 0个",
                "  达标：延迟专项数 = 0个\n  用语「专项未按进度完成资金下达」：延迟专项数"), "k.perfeval");
        EvaluationInput.Builder in = EvaluationInput.builder().number("完成数", "90").number("预算数", "100")
                .number("满意度", "90");
        assertEquals(new BigDecimal("4.00"), pack.evaluate(in.number("延迟专项数", "3").build()).total().orElseThrow());
        assertEquals(new BigDecimal("0.00"), pack.evaluate(in.number("延迟专项数", "7").build()).total().orElseThrow());
        assertEquals(new BigDecimal("10.00"), pack.evaluate(in.number("延迟专项数", "0").build()).total().orElseThrow());
    }

    @Test
    void wordsThatQualifyAConditionAreNeverDropped() {
        // Yueyang's 资金结余: 「有结余,但不超过上年结转,得2分」 scored 2 for any surplus when 「但不超过上年结转」 was dropped.
        // Prose that negates or compares after a condition is refused; a comparison with an omitted subject is read.
        String criterion = "无结余,得满分;有结余,但未超出规定额度,得5分;结余超过上年结转,不得分。";
        String text = pack(criterion, "  用语「无结余」：结余 = 0万元", "  用语「有结余」：结余 > 0万元")
                .replace("  满意度：百分比\n", "  满意度：百分比\n  结余：金额（万元）\n  上年结转：金额（万元）\n");
        CompileResult refused = PackCompiler.compile(text, "q.perfeval");
        Problem p = only("D035", refused);
        assertTrue(p.message().contains("但未超出规定额度"), p.message());
        assertFalse(refused.pack().isPresent());

        // 「但不超过上年结转」 compares the clause's subject (计分对象) with a declared name: the qualification is kept.
        RulePack pack = PackCompiler.compileOrThrow(text.replace("但未超出规定额度", "但不超过上年结转")
                + "  计分对象：结余\n", "q.perfeval");
        EvaluationInput.Builder in = EvaluationInput.builder().number("完成数", "90").number("预算数", "100")
                .number("满意度", "90").number("上年结转", "20");
        assertEquals(new BigDecimal("5.00"), pack.evaluate(in.number("结余", "20").build()).total().orElseThrow());
        assertEquals(new BigDecimal("0.00"), pack.evaluate(in.number("结余", "20.01").build()).total().orElseThrow());
        assertEquals(new BigDecimal("10.00"), pack.evaluate(in.number("结余", "0").build()).total().orElseThrow());
    }

    @Test
    void everyProblemIsReportedAtOnceSortedByPosition() {
        String text = pack("完成率≥95%得满分；每五个百分点为档，每档扣1分。")
                .replace("完成率 = 完成数 / 预算数", "完成率 = 完成数 / 预算")
                .replace("总分：10", "总分：20");
        CompileResult r = PackCompiler.compile(text, "k.perfeval");
        List<String> codes = r.errors().stream().map(Problem::code).toList();
        assertTrue(codes.contains("D003") && codes.contains("D009"), codes.toString());
        assertTrue(r.errors().get(0).location().orElseThrow().line()
                <= r.errors().get(r.errors().size() - 1).location().orElseThrow().line());
    }

    @Test
    void coreChecksComeOutLocated() {
        String text = pack("完成率≥95%得满分；否则不得分。").replace("一级：完成率（10）", "一级：完成率（8）");
        Problem p = only("C003", PackCompiler.compile(text, "l.perfeval"));
        assertTrue(p.isError());
        Problem w = PackCompiler.compile(pack("完成率≥95%得满分；否则不得分。"), "l.perfeval").warnings().stream()
                .filter(x -> x.code().equals("W104")).findFirst().orElseThrow();
        assertEquals("l.perfeval:7:3", w.location().orElseThrow().toString());
    }

    @Test
    void limitsAreEnforced() {
        only("D016", PackCompiler.compile("（".repeat(100), "m.perfeval"));
        only("D016", PackCompiler.compile("#".repeat(PackCompiler.MAX_SOURCE + 1), "m.perfeval"));
        String longName = "名".repeat(80);
        CompileResult r = PackCompiler.compile(pack("完成率≥95%得满分；否则不得分。").replace("满意度：", longName + "："),
                "m.perfeval");
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals("D016")));
    }

    @Test
    void compileOrThrowCarriesEveryError() {
        Executable bad = () -> PackCompiler.compileOrThrow(pack("完成率≥95%得满分；每降低一个百分点，扣分值。"), "n");
        InvalidPackException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class, bad);
        assertEquals("D008", e.problems().get(0).code());
    }
}
