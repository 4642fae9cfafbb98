package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.api.Test;

/**
 * Deductions by bands of a duration, as schedule criteria write them: a count of one that is a bound (「逾期1个月以内」
 * 「超过1个月」 「1个月内」) is a bound, not a deduction per month; 内 after a number and its unit is 以内; bands that
 * leave a gap between them are refused (D074), since a value in the gap would lose nothing and take full marks.
 */
class OverdueBandsTest {

    private static String pack(String criterion) {
        return "规则包：t/overdue\n名称：「逾期」\n总分：3\n数据：\n  逾期月数：数值（月）\n别名：\n  逾期 → 逾期月数\n"
                + "指标：\n一级：「按时完成」（3）\n  评价标准「" + criterion + "」\n  用语「按时完成」：逾期月数 = 0月\n";
    }

    private static CompileResult compile(String criterion) {
        return PackCompiler.compile(pack(criterion), "t.perfeval");
    }

    private static String score(RulePack pack, String months) {
        return pack.evaluate(EvaluationInput.builder().number("逾期月数", months).build()).total().orElseThrow()
                .stripTrailingZeros().toPlainString();
    }

    private static void scores(String criterion, String[][] cases) {
        CompileResult r = compile(criterion);
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(criterion + " " + r.problems()));
        for (String[] c : cases) {
            assertEquals(c[1], score(pack, c[0]), criterion + " at " + c[0] + " months");
        }
    }

    @Test
    void aCountOfOneAfterAComparisonIsItsBound() {
        // before, 「超过1个月」 was read as 每个月 and the criterion refused (D040)
        scores("按时完成得满分，逾期超过1个月扣1分。", new String[][] {{"0", "3"}, {"1", "3"}, {"1.5", "2"}, {"4", "2"}});
        scores("按时完成得满分，逾期不超过1个月的扣1分，超过1个月的不得分。",
                new String[][] {{"0", "3"}, {"0.5", "2"}, {"1", "2"}, {"1.01", "0"}});
    }

    @Test
    void aCountOfOneBeforeABoundWordIsItsBound() {
        // 以内 and 以上 include the bound (reading 38); at the shared bound the first band written decides (reading 44)
        scores("按时完成得满分，逾期1个月以内扣1分，逾期1个月以上不得分。",
                new String[][] {{"0", "3"}, {"0.5", "2"}, {"1", "2"}, {"2", "0"}});
        scores("按时完成得满分，逾期1个月内扣1分，逾期1至3个月扣2分，逾期3个月以上不得分。",
                new String[][] {{"0", "3"}, {"1", "2"}, {"2", "1"}, {"3", "1"}, {"3.5", "0"}});
    }

    @Test
    void theZeroBandOfTheSameNumberIsNotSaidToComeFirst() {
        String said = Explanation.restatements(pack("按时完成得满分，逾期1个月以内扣1分，逾期1个月以上不得分。"),
                "t.perfeval").toString();
        assertTrue(said.contains("按同一数值分档扣分"), said);
        assertFalse(said.contains("先于扣分判断"), said);
    }

    @Test
    void bandsWithAGapBetweenThemAreRefused() {
        // 2 months overdue: no band covers it, and what applies when none does is full marks
        CompileResult r = compile("按时完成得满分，逾期1个月内扣1分，逾期3个月以上不得分。");
        assertTrue(r.pack().isEmpty());
        assertEquals("D074", r.errors().get(0).code(), r.problems().toString());
        assertTrue(r.errors().get(0).message().contains("逾期月数 = 2月"), r.errors().get(0).message());
    }
}
