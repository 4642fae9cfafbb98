package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eighth holdout's two silent wrong scores: sentences that each state their points, one of them 按比例 (H8-005),
 * are parts that add up, the share taken of the part's points; deductions for numbers written alone
 * (「迟报1天扣3分,迟报2天扣10分」, H8-036) are refused (D077), since as thresholds they add up and as bands they do not.
 */
class EighthHoldoutRulesTest {

    private static RulePack parts() {
        String text = "规则包：t/h8\n名称：「八」\n总分：7\n数据：\n  未纳入户数：数量（户）\n  发放率：百分比（≤100%）\n指标：\n"
                + "一级：「补贴」（7）\n  评价标准「建立账户的,得3分,发现一户未纳入的不得分;资金发放到户的,得4分,未完成的按比例得分。」\n"
                + "  用语「建立账户」：未纳入户数 = 0户\n  用语「发现一户未纳入」：未纳入户数 ≥ 1户\n"
                + "  用语「资金发放到户」：发放率 ≥ 100%\n  用语「未完成」：发放率 < 100%\n  计分对象：发放率\n";
        return PackCompiler.compileOrThrow(text, "t.perfeval");
    }

    @ParameterizedTest(name = "{0} households left out, {1}% paid → {2}")
    @CsvSource({"0, 100, 7", "1, 100, 4", "0, 80, 6.2", "2, 50, 2"})
    void aShareInAPartIsOfThePartsPoints(String left, String paid, String score) {
        // before: one either-or, 3 points at most for a complete county, the share of all 7 points
        assertEquals(score, parts().evaluate(EvaluationInput.builder().number("未纳入户数", left).number("发放率", paid)
                .build()).total().orElseThrow().stripTrailingZeros().toPlainString());
    }

    @ParameterizedTest(name = "{0} weak indicators → {1}")
    @CsvSource({"0, 3", "1, 2.5", "4, 1", "9, 0"})
    void aDeductionPerUnitWrittenAfterItsPointsIsPerOccurrence(String weak, String score) {
        // H8-022: 「扣0.5分/个」 is 每个扣0.5分 (before: D040 at 「/」)
        String text = "规则包：t/h8u\n名称：「个」\n总分：3\n数据：\n  弱指标个数：数量（个）\n指标：\n一级：「指标」（3）\n"
                + "  评价标准「与绩效目标对应性、相关性不强的评价指标,扣0.5分/个,扣完为止。」\n"
                + "  用语「与绩效目标对应性、相关性不强的评价指标」：弱指标个数\n";
        RulePack pack = PackCompiler.compileOrThrow(text, "t.perfeval");
        assertEquals(score, pack.evaluate(EvaluationInput.builder().number("弱指标个数", weak).build()).total()
                .orElseThrow().stripTrailingZeros().toPlainString());
    }

    @Test
    void aDeductionPerUnitOfProseIsRefused() {
        String text = "规则包：t/h8v\n名称：「个」\n总分：3\n数据：\n  弱指标个数：数量（个）\n指标：\n一级：「指标」（3）\n"
                + "  评价标准「相关性不强的评价指标,扣0.5分/个。」\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals("D034", r.errors().get(0).code(), r.problems().toString());
    }

    @Test
    void deductionsForNumbersWrittenAloneAreRefused() {
        String text = "规则包：t/h8d\n名称：「迟」\n总分：40\n数据：\n  迟报天数：数值（天）\n指标：\n一级：「及时性」（40）\n"
                + "  评价标准「迟报1天扣3分,迟报2天扣10分,迟报3天及以上扣20分。」\n  用语「迟报」：迟报天数\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals("D077", r.errors().get(0).code(), r.problems().toString());
    }

    @Test
    void theSameWithBandsWrittenOutCompiles() {
        String text = "规则包：t/h8e\n名称：「迟」\n总分：40\n数据：\n  迟报天数：数值（天）\n指标：\n一级：「及时性」（40）\n"
                + "  评价标准「按时上报的得满分,迟报1天以内扣3分,迟报1天以上2天以内扣10分,迟报2天以上扣20分。」\n"
                + "  用语「迟报」：迟报天数\n  用语「按时上报」：迟报天数 = 0天\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals("20", pack.evaluate(EvaluationInput.builder().number("迟报天数", "5").build()).total()
                .orElseThrow().stripTrailingZeros().toPlainString());
        // on time is no 迟报: full marks (without 按时上报 the first band would take in 0 days, D087)
        assertEquals("40", pack.evaluate(EvaluationInput.builder().number("迟报天数", "0").build()).total()
                .orElseThrow().stripTrailingZeros().toPlainString());
    }
}
