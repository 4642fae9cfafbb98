package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.api.Test;

/**
 * Reading 52: points written for meeting requirements that are true or false (「建立了台账,2分」 with 达标, a 是否
 * datum) are earned by meeting them, and not meeting them scores 0 — as an award item does. A number's bands keep
 * their open rest (D015 at compile time, R002 at evaluation), since the rest of a band may be another band.
 */
class RequirementPointsTest {

    private static CompileResult compile(String criterion, String extra) {
        String text = "规则包：t/req\n名称：「要求」\n总分：2\n数据：\n  台账：是否\n  完成率：百分比\n指标：\n一级：「台账」（2）\n"
                + "  评价标准「" + criterion + "」\n" + extra;
        return PackCompiler.compile(text, "t.perfeval");
    }

    private static String score(RulePack pack, boolean met) {
        return pack.evaluate(EvaluationInput.builder().yes("台账", met).number("完成率", "50").build()).total()
                .orElseThrow().stripTrailingZeros().toPlainString();
    }

    @Test
    void aRequirementNotMetScoresNothing() {
        for (String[] c : new String[][] {{"建立健全台账。建立了台账,2分;", "  达标：台账\n"},
            {"建立台账的得2分。", "  达标：台账\n"}, {"有台账的，得满分。", "  用语「有台账」：台账\n"}}) {
            CompileResult r = compile(c[0], c[1]);
            RulePack pack = r.pack().orElseThrow(() -> new AssertionError(c[0] + " " + r.problems()));
            assertEquals("2", score(pack, true), c[0]);
            assertEquals("0", score(pack, false), c[0]);
        }
    }

    @Test
    void aNumbersBandKeepsItsOpenRest() {
        CompileResult r = compile("完成率达到90%的得满分。", "");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals("D015")), r.problems().toString());
        assertTrue(pack.evaluate(EvaluationInput.builder().yes("台账", true).number("完成率", "50").build())
                .problems().stream().anyMatch(p -> p.code().equals("R002")));
    }
}
