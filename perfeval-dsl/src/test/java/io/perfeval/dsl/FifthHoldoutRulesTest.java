package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules the fifth holdout led to (README §3, after reading 56): caps and floors in the words tables use
 * (最高减、最高不超过、累计不超过、减完为止), a count of one followed by what it counts, and the refusals where the words
 * leave the reading open (D034 for 每 run into prose, D069 for a sentence's head, D070 for a condition beside
 * deductions). Each row is one criterion on one count 次数 (分值 6) or with the yes/no data 甲 and 乙.
 */
class FifthHoldoutRulesTest {

    private static CompileResult compile(String criterion, String declarations) {
        String text = "规则包：t/h5\n名称：「五」\n总分：6\n数据：\n  次数：数量（次）\n  甲：是否\n  乙：是否\n指标：\n"
                + "一级：「项」（6）\n  评价标准「" + criterion + "」\n" + declarations;
        return PackCompiler.compile(text.replace("  甲：是否\n", "  甲：是否\n  超支金额：金额（万元）\n"), "t.perfeval");
    }

    @ParameterizedTest(name = "{0} @ {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "违纪的,每人次减2.5分,最高减5分。|0|6",
        "违纪的,每人次减2.5分,最高减5分。|1|3.5",
        "违纪的,每人次减2.5分,最高减5分。|3|1",
        "不按时报送的每次减2分,减完为止。|4|0",
        "不按时报送的每次扣2分,累计不超过4分。|3|2",
        "提请县领导走访外地企业,每提请1个企业加2分,最高不超过6分。|2|4",
        "提请县领导走访外地企业,每提请1个企业加2分,最高不超过6分。|5|6",
        "每引进1个省外亿元项目(经省平台认定)加2分,最高不超过6分。|1|2",
        // a cap below the 分值 on bonuses alone was dropped without a word before (the bonus-only path returned first)
        "提请县领导走访外地企业,每提请1个企业加2分,最高不超过4分。|3|4",
        // reading 58: a declared count before 扣N分 deducts per unit
        "次数扣1分,扣完为止。|2|4",
        "次数扣1分,扣完为止。|9|0",
        // a minus before points after words deducts them; 每伙 is a per-occurrence word
        "一次不符要求-2分。|2|2",
        "次数每伙扣3分,扣完为止。|1|3",
    })
    void capsFloorsAndCountsOfOne(String criterion, String count, String expected) {
        CompileResult r = compile(criterion, "  计分对象：次数\n");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(criterion + " " + r.problems()));
        EvaluationInput in = EvaluationInput.builder().number("次数", count).yes("甲", true).yes("乙", true)
                .number("超支金额", "0").build();
        assertEquals(expected, pack.evaluate(in).total().orElseThrow().stripTrailingZeros().toPlainString(),
                PackPrinter.rule(pack.leaves().get(0).rule()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // 每 runs into the words after it, and nothing says what is counted: read as one condition it would score once
        "每剷除200株加2分,最高不超过6分。|D034",
        "每超目标任务引进2个项目得2分。|D034",
        // a head parted by a comma from the first clause's condition, before another clause
        "发生事故,甲的扣2分,乙的扣6分。|D069",
        // full marks on a datum no deduction counts
        "甲得6分,次数每次扣1分。|D070",
        // reading 58 is for counts: per what unit of an amount?
        "超支金额扣1分。|D066",
        // 百分比 is no 100 points, and words that say how to score are no item for the evaluator
        "按照完成任务的百分比比例赋分,次数超过3次不得分。|D072",
        // a connective alone is no item (reading 60 joins a veto after it to the clause before, in its sentence)
        "乙得6分。并实行一票否决。|D073",
        "乙、 且次数超过3次的,不得分。|D073",
    })
    void openReadingsAreRefused(String criterion, String code) {
        CompileResult r = compile(criterion, "  用语「发生事故」：非 甲\n  用语「发现一次」：次数\n");
        List<String> codes = r.errors().stream().map(Problem::code).toList();
        assertTrue(r.pack().isEmpty() && codes.contains(code), criterion + " " + r.problems());
    }

    /** Reading 57: a number alone before full marks takes its side from the step after it. */
    @ParameterizedTest(name = "{0} @ {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "100%计满分,每低于5%扣2分,扣完为止。|100|6",
        "100%计满分,每低于5%扣2分,扣完为止。|90|2",
        "100%计满分,每低于5%扣2分,扣完为止。|97.5|5",
        "100%计满分,每低于5%扣2分,扣完为止。|80|0",
        "5%得满分,每超过1%扣1分。|5|6",
        "5%得满分,每超过1%扣1分。|7|4",
    })
    void aNumberAloneBeforeFullMarksTakesItsSideFromTheStep(String criterion, String rate, String expected) {
        String text = "规则包：t/h5b\n名称：「五」\n总分：6\n数据：\n  完成率：百分比\n指标：\n"
                + "一级：「项」（6）\n  评价标准「" + criterion + "」\n  计分对象：完成率\n";
        RulePack pack = PackCompiler.compileOrThrow(text, "t.perfeval");
        EvaluationInput in = EvaluationInput.builder().number("完成率", rate).build();
        assertEquals(expected, pack.evaluate(in).total().orElseThrow().stripTrailingZeros().toPlainString(),
                PackPrinter.rule(pack.leaves().get(0).rule()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"100%得满分。", "100%得满分,90%得5分。"})
    void aNumberAloneWithNothingToSaySideIsRefused(String criterion) {
        String text = "规则包：t/h5c\n名称：「五」\n总分：6\n数据：\n  完成率：百分比\n指标：\n"
                + "一级：「项」（6）\n  评价标准「" + criterion + "」\n  计分对象：完成率\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        assertTrue(r.errors().stream().anyMatch(p -> p.code().equals("D071")), r.problems().toString());
    }

    /** 「最高得N分」 after a formula, N the 分值: the formula's score is capped at the 分值. */
    @ParameterizedTest(name = "{0} @ {1} → {2}")
    @CsvSource(delimiter = '|', value = {"50|3", "100|6", "150|6"})
    void aFormulaCappedByItsHighestScore(String rate, String expected) {
        String text = "规则包：t/h5d\n名称：「五」\n总分：6\n数据：\n  完成数：数量（个）\n  任务数：数量（个）\n指标：\n"
                + "一级：「项」（6）\n  评价标准「得分=完成数/任务数×6,最高得6分。」\n";
        RulePack pack = PackCompiler.compileOrThrow(text, "t.perfeval");
        EvaluationInput in = EvaluationInput.builder().number("完成数", rate).number("任务数", "100").build();
        assertEquals(expected, pack.evaluate(in).total().orElseThrow().stripTrailingZeros().toPlainString(),
                PackPrinter.rule(pack.leaves().get(0).rule()));
    }

    /** A deduction in brackets after its failing, and 无分 at a clause's end. */
    @ParameterizedTest(name = "{0} @ {1},{2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "发生事故(扣2分)。乙不合格(扣3分)。|true|true|6",
        "发生事故(扣2分)。乙不合格(扣3分)。|false|false|1",
        "未发生事故得6分,发生事故无分。|false|true|0",
        "未发生事故得6分,发生事故无分。|true|true|6",
        // reading 60: 「…无分,并实行一票否决」 — the veto on the clause before's condition (the whole evaluation 0)
        "未发生事故得6分,发生事故无分,并实行一票否决。|true|true|6",
    })
    void bracketedDeductionsAndNoPoints(String criterion, boolean a, boolean b, String expected) {
        CompileResult r = compile(criterion, "  用语「发生事故」：非 甲\n  用语「未发生事故」：甲\n  用语「乙不合格」：非 乙\n");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(criterion + " " + r.problems()));
        EvaluationInput in = EvaluationInput.builder().number("次数", "0").yes("甲", a).yes("乙", b)
                .number("超支金额", "0").build();
        assertEquals(expected, pack.evaluate(in).total().orElseThrow().stripTrailingZeros().toPlainString(),
                PackPrinter.rule(pack.leaves().get(0).rule()));
    }
}
