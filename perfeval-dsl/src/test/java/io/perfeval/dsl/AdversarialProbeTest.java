package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Silent wrong scores an adversarial probe of 216 criteria found (README §3, readings 67 and 68), each read now or
 * refused: a 不得分 band nested in a deduction's band was never reached; a loss band with no lower end took in 0 (no
 * 逾期 at all lost points, D087); 「2次的」 became an item the evaluator answers (D071); steps counted from a band below
 * one that already scores less started from the 分值 again (D088). Over 完成率 (%), 逾期月数 (月), 培训次数 (次), 分值 10.
 */
class AdversarialProbeTest {

    private static final String TEXT = "规则包：t/adv\n名称：「探」\n总分：10\n数据：\n  完成率：百分比\n  逾期月数：数值（月）\n"
            + "  培训次数：数量（次）\n指标：\n一级：「项」（10）\n  评价标准「%s」\n  用语「逾期」：逾期月数\n"
            + "  用语「按时完成」：逾期月数 = 0月\n  用语「组织培训」：培训次数\n  用语「未按时完成」：逾期月数 > 0月\n%s";

    private static CompileResult compile(String criterion, String extra) {
        return PackCompiler.compile(TEXT.formatted(criterion, extra == null ? "" : "  " + extra + "\n"), "t.perfeval");
    }

    /** The compiled pack scores {@code expected} at 完成率 {@code rate} and 逾期月数 {@code months}. */
    private static void assertScores(CompileResult r, String rate, String months, String expected) {
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(0, new BigDecimal(expected).compareTo(score(pack, rate, months)), PackPrinter.print(pack));
    }

    private static BigDecimal score(RulePack pack, String rate, String months) {
        return pack.evaluate(EvaluationInput.builder().number("完成率", rate).number("逾期月数", months)
                .number("培训次数", "0").build()).flatten().get(0).score().orElseThrow();
    }

    @ParameterizedTest(name = "{0} at {1}% → {2}")
    @CsvSource(delimiter = '|', value = {
        // before: 50% scored 8, the 不得分 band behind the 扣2分 band that takes it in
        "完成率低于90%的扣2分，低于60%的不得分。|50|0",
        "完成率低于90%的扣2分，低于60%的不得分。|70|8",
        "完成率低于90%的扣2分，低于60%的不得分。|95|10",
        "完成率达到90%的得满分，低于90%的扣3分，低于60%的不得分。|59.99|0",
        "完成率达到90%的得满分，低于90%的扣3分，低于60%的不得分。|60|7",
    })
    void a不得分BandInsideADeductionsBandIsJudgedFirst(String criterion, String rate, String expected) {
        assertScores(compile(criterion, null), rate, "0", expected);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        // the lightest loss band takes in 0: 逾期 0 months lost 1 point
        "逾期1个月以内的扣1分，逾期1个月以上的不得分。||D087",
        "逾期不超过1个月的扣1分，超过1个月的不得分。||D087",
        // 「2次的」 alone: a number, not an item (培训 3 次 scored 1 behind 「1次」)
        "组织培训1次的得1分，2次的得2分，3次及以上的得3分。|计分对象：培训次数|D071",
        // steps from 85% started from the 分值 again: 84% scored 9, 85% scored 5
        "完成率达到95%的得满分；95%-85%之间的，每降低1个百分点扣0.5分；85%以下的，每降低1个百分点扣1分，扣完为止。||D088",
        "完成率90%以上的得满分；完成率80%-90%的得8分；80%以下的，每降低1个百分点扣1分，扣完为止。||D088",
        // the bands take every value: the steps for what they leave could never apply
        "完成率达到100%的得满分；完成率低于100%的得5分；每降低1个百分点扣0.5分。||D014",
        // second round: a clause every case of which an earlier clause takes (first that holds decides)
        "完成率达到90%以上的得8分；完成率达到90%以上且按时完成的得满分；完成率低于90%的不得分。||D014",
        // second round: the method stated alone beside a deduction — was dropped, now refused
        "按完成率计分；未按时完成的扣2分。|计分对象：完成率|D024",
        // third round: a limit the lexicon does not know became an item scoring its points (100% scored 5)
        "完成率低于100%的，每降低1个百分点扣1分，扣分封顶5分。||D072",
        "完成率达到100%的得满分，每降低1个百分点扣1分，最低得4分。||D072",
        "完成率达到100%的得满分，每降低1个百分点扣1分，保底2分。||D072",
    })
    void whatTheProbeFoundSilentIsRefused(String criterion, String extra, String code) {
        Refusals.assertRefused(compile(criterion, extra), code);
    }

    @ParameterizedTest(name = "{0} at {1}% → {2}")
    @CsvSource(delimiter = '|', value = {
        // second round: 「按完成率计分」 stated alone beside a floor was dropped — 61% scored 10
        "按完成率计分，完成率在60%以下的不得分。|61|6.1",
        "按完成率计分，完成率在60%以下的不得分。|60|0",
        "按比例得分。完成率低于60%的不得分。|80|8",
        // 「未达到的按比例得分」 is the rest (reading 47) with no comma after it too; before, an item whose answer 符合
        // at 50% skipped the floor
        "完成率达到100%的得满分，未达到的按比例得分，低于60%的不得分。|50|0",
        "完成率达到100%的得满分，未达到的按比例得分，低于60%的不得分。|80|8",
        "完成率达到100%的得满分，未达到的按比例得分，低于60%的不得分。|100|10",
    })
    void theMethodStatedAloneIsTheRuleBesideAFloor(String criterion, String rate, String expected) {
        assertScores(compile(criterion, "计分对象：完成率"), rate, "0", expected);
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        // third round: steps from a strict bound on a count start at the first whole count past it (4 次 scored 10)
        "培训次数超过4次的得满分，每少1次扣2分，扣完为止。|5|10",
        "培训次数超过4次的得满分，每少1次扣2分，扣完为止。|4|8",
        "培训次数超过4次的得满分，每少1次扣2分，扣完为止。|0|0",
        "培训次数4次以上的得满分，每少1次扣2分，扣完为止。|3|8",
    })
    void stepsFromAStrictBoundOnACountStartAtTheFirstWholeCountPastIt(String criterion, String count,
                                                                       String expected) {
        CompileResult r = compile(criterion, null);
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        BigDecimal got = pack.evaluate(EvaluationInput.builder().number("完成率", "100").number("逾期月数", "0")
                .number("培训次数", count).build()).flatten().get(0).score().orElseThrow();
        assertEquals(0, new BigDecimal(expected).compareTo(got), PackPrinter.print(pack));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // fourth round: the 最多扣 of a judged loss bounds the judgement
        "评价组根据实际情况酌情扣分，最多扣3分。|规则：酌情 7分 至 分值",
        // fourth round: 视为完成 names the condition, no item joined to it
        "完成率达到95%及以上的视为完成，得满分；完成率在80%-95%的视为基本完成，得6分；其余不得分。"
            + "|规则：分情形｛当 完成率 ≥ 95%：得满分；当 （完成率 ≥ 80% 且 完成率 ≤ 95%）：得 6分；其余：得 0分｝",
    })
    void fourthRoundReadings(String criterion, String rule) {
        CompileResult r = compile(criterion, null);
        String printed = PackPrinter.print(r.pack().orElseThrow(() -> new AssertionError(r.problems())));
        assertTrue(printed.contains(rule), printed);
    }

    @org.junit.jupiter.api.Test
    void aPartsTitleWithItsPointsBeforeAColonIsItsHeadingNotAnItem() {
        String text = "规则包：t/part\n名称：「分项」\n总分：10\n数据：\n  方案：是否\n  台账：是否\n指标：\n一级：「项」（10）\n"
                + "  评价标准「(1)制度建设（5分）：制定实施方案的得5分，否则不得分；(2)过程管理（5分）：建立工作台账的得5分，"
                + "否则不得分。」\n  用语「制定实施方案」：方案\n  用语「建立工作台账」：台账\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(2, pack.fields().size(), pack.fields().toString()); // no checklist of titles
        for (boolean plan : new boolean[] {true, false}) {
            BigDecimal got = pack.evaluate(EvaluationInput.builder().yes("方案", plan).yes("台账", false).build())
                    .total().orElseThrow();
            assertEquals(0, (plan ? new BigDecimal("5") : BigDecimal.ZERO).compareTo(got), PackPrinter.print(pack));
        }
    }

    @org.junit.jupiter.api.Test
    void aStepOfMoreThanOneUnitSaysThatItsPartialStepCountsInProportion() {
        CompileResult r = compile("完成率达到95%以上的得满分，每降低5个百分点扣1分，扣完为止。", null);
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals("D089")), r.problems().toString());
        assertEquals(0, new BigDecimal("9.6").compareTo(score(pack, "93", "0")));
        CompileResult one = compile("完成率达到95%以上的得满分，每降低1个百分点扣1分，扣完为止。", null);
        assertTrue(one.problems().stream().noneMatch(p -> p.code().equals("D089")), one.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "按时报送的得满分，未按时报送的不得分。",
        "按时报送的得满分，不按时报送的扣10分。",
        "没有按时报送的，不得分。",
        // the negation inside the name (账实不一致 for 账实一致)
        "按时报送的得满分，按时未报送的不得分。",
    })
    void aNegationBeforeADeclaredNameNegatesTheName(String criterion) {
        // before: 未按时 (a lexicon phrase) then the words 报送 — an item the evaluator answers, the datum unused
        String text = "规则包：t/neg\n名称：「否」\n总分：10\n数据：\n  按时报送：是否\n指标：\n一级：「项」（10）\n"
                + "  评价标准「" + criterion + "」\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(1, pack.fields().size(), pack.fields().toString());
        for (boolean onTime : new boolean[] {true, false}) {
            BigDecimal got = pack.evaluate(EvaluationInput.builder().yes("按时报送", onTime).build()).total().orElseThrow();
            assertEquals(0, (onTime ? BigDecimal.TEN : BigDecimal.ZERO).compareTo(got), criterion + " " + onTime);
        }
    }

    @ParameterizedTest(name = "{0} at {1} months → {2}")
    @CsvSource(delimiter = '|', value = {
        "按时完成的得满分，逾期1个月以内的扣1分，逾期1个月以上的不得分。|0|10",
        "按时完成的得满分，逾期1个月以内的扣1分，逾期1个月以上的不得分。|0.5|9",
        "按时完成的得满分，逾期1个月以内的扣1分，逾期1个月以上的不得分。|2|0",
    })
    void withItsFullMarksCaseWrittenTheSameBandsCompile(String criterion, String months, String expected) {
        assertScores(compile(criterion, null), "100", months, expected);
    }
}
