package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Spellings the third holdout showed: 每差 (a shortfall), 得基础分N分 (N points), 标准分值 (the 分值). */
class ShortfallWordingTest {

    private static RulePack pack(String criterion) {
        String text = "规则包：t/short\n名称：「差」\n总分：10\n数据：\n  完成率：百分比\n指标：\n一级：「完成率」（10）\n  评价标准「"
                + criterion + "」\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        return r.pack().orElseThrow(() -> new AssertionError(r.problems()));
    }

    private static String score(RulePack pack, String rate) {
        return pack.evaluate(EvaluationInput.builder().number("完成率", rate).build()).total().orElseThrow()
                .stripTrailingZeros().toPlainString();
    }

    @Test
    void eachShortIsAStepBelow() {
        RulePack pack = pack("完成率达到95%的得满分，每差1个百分点扣0.5分，扣完为止。");
        assertEquals("10", score(pack, "95"));
        assertEquals("9", score(pack, "93"));
        assertEquals("0", score(pack, "60"));
    }

    @Test
    void theBaseScoreWithItsNumberIsThosePoints() {
        RulePack pack = pack("完成率达到95%的，得基础分10分；否则得基础分6分。");
        assertEquals("10", score(pack, "96"));
        assertEquals("6", score(pack, "90"));
    }

    @Test
    void theMaxScoreStatedInTheCriterionIsTheMaxScore() {
        // 「该项分值为10分」 (or 根基分值为10分) restates the 分值 and scores nothing; another number is refused (D048)
        for (String stated : new String[] {"该项分值为10分", "根基分值为10分", "分值：10分"}) {
            RulePack pack = pack(stated + "，完成率达到95%的得满分，每降低1个百分点扣1分，扣完为止。");
            assertEquals("10", score(pack, "96"), stated);
            assertEquals("8", score(pack, "93"), stated);
        }
        String text = "规则包：t/short\n名称：「差」\n总分：10\n数据：\n  完成率：百分比\n指标：\n一级：「完成率」（10）\n"
                + "  评价标准「该项分值为8分，完成率达到95%的得满分，每降低1个百分点扣1分。」\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        assertEquals("D048", r.errors().get(0).code(), r.problems().toString());
    }

    @Test
    void theStandardMaxScoreIsTheMaxScore() {
        RulePack pack = pack("完成率达到95%的得标准分值，否则不得分。");
        assertEquals(0, new BigDecimal("10").compareTo(new BigDecimal(score(pack, "95"))));
    }
}
