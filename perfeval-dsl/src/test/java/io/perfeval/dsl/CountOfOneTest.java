package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.api.Test;

/**
 * A count of one before 扣 is per occurrence (「发现1例…扣0.5分」 as 每发现一例), with how the occurrence is found
 * belonging to it (「抽查发现有1次」「发现或查实1例」); before any other outcome it is a condition
 * (「发现有1个对象未公示,不得分」), never a count.
 */
class CountOfOneTest {

    private static CompileResult compile(String criterion, String wording) {
        String text = "规则包：t/one\n名称：「一」\n总分：2\n数据：\n  例数：数量（例）\n指标：\n一级：「公示」（2）\n  评价标准「"
                + criterion + "」\n" + (wording == null ? "" : "  用语「" + wording + "」：例数\n");
        return PackCompiler.compile(text, "t.perfeval");
    }

    private static String score(RulePack pack, int count) {
        return pack.evaluate(EvaluationInput.builder().number("例数", String.valueOf(count)).build()).total()
                .orElseThrow().stripTrailingZeros().toPlainString();
    }

    @Test
    void howTheOccurrenceIsFoundBelongsToTheCount() {
        for (String criterion : new String[] {"抽查发现有1次未公示扣0.5分,扣完为止", "检查发现1次未公示扣0.5分,扣完为止",
            "发现或查实1例未公示扣0.5分,扣完为止", "发现1次未登记公示扣0.5分,扣完为止"}) {
            // 「未登记公示」: its 记 is inside a word, not an outcome that would make the count a condition
            CompileResult r = compile(criterion, criterion.contains("登记") ? "未登记公示" : "未公示");
            RulePack pack = r.pack().orElseThrow(() -> new AssertionError(criterion + " " + r.problems()));
            assertEquals("2", score(pack, 0), criterion);
            assertEquals("1.5", score(pack, 1), criterion);
            assertEquals("1", score(pack, 2), criterion);
            assertEquals("0", score(pack, 9), criterion);
        }
    }

    @Test
    void aBoundOnAnotherNumberLeavesTheCountPerOccurrence() {
        // 「10例以上」 is a bound, not another value with its own points (as 「迟报2天扣10分」 is): still 每发现一例
        CompileResult r = compile("发现1例未公示扣0.5分,未公示10例以上的不得分", "未公示");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals("1", score(pack, 2));
        assertEquals("0", score(pack, 10));
    }

    @Test
    void oneShortOfABoundIsAStepBelowIt() {
        // 计分对象 counts what is done, and 「2次以上」 bounds it: 少一次 is one below 2, not each training held
        String text = "规则包：t/short\n名称：「少」\n总分：1\n数据：\n  培訓次數：数量（次）\n指标：\n一级：「培训」（1）\n"
                + "  评价标准「開展培訓全年2次以上得1分,少一次扣0.5分。」\n  计分对象：培訓次數\n  用语「開展培訓全年」：培訓次數\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        for (String[] c : new String[][] {{"3", "1"}, {"2", "1"}, {"1", "0.5"}, {"0", "0"}}) {
            assertEquals(c[1], pack.evaluate(EvaluationInput.builder().number("培訓次數", c[0]).build()).total()
                    .orElseThrow().stripTrailingZeros().toPlainString(), c[0] + " trainings");
        }
    }

    @Test
    void eachOfMoreClassifiersIsPerOccurrence() {
        // 每张、每人、每份 … count as 每个、每项 do (design W-066/100/101 were refused for want of them)
        for (String criterion : new String[] {"单据粘贴不规范每张扣0.5分,扣完为止", "帮教不落实每人扣0.5分,扣完为止",
            "材料缺失每份扣0.5分,扣完为止"}) {
            String words = criterion.substring(0, criterion.indexOf('每'));
            CompileResult r = compile(criterion, words);
            RulePack pack = r.pack().orElseThrow(() -> new AssertionError(criterion + " " + r.problems()));
            assertEquals("1", score(pack, 2), criterion);
            assertEquals("0", score(pack, 5), criterion);
        }
    }

    @Test
    void aCountOfProseIsStillRefused() {
        // what is counted must be a declared count: prose can only be true or false (D034)
        CompileResult r = compile("抽查发现有1次未公示扣0.5分,扣完为止", null);
        assertTrue(r.pack().isEmpty());
        assertEquals("D034", r.errors().get(0).code(), r.problems().toString());
    }

    @Test
    void aCountOfOneBeforeAnotherOutcomeIsACondition() {
        // 「发现有1个对象未公示,不得分」: one is enough for 0 points; read as a count it would be a deduction per object
        CompileResult r = compile("所有对象完全公示得2分,发现有1个对象未公示,不得分", null);
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals("档次｛「所有对象完全公示」：2分；「发现有1个对象未公示」：0分｝",
                PackPrinter.rule(pack.leaves().get(0).rule()));
    }
}
