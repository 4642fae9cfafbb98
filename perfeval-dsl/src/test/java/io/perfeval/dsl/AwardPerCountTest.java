package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.api.Test;

/**
 * Reading 53: 「主要领导作出批示的,每次得0.5分;其他领导作出批示的,每次得0.2分」 — points earned per count, from none up to
 * the 分值 (or 最多得N分), whatever the pack's bonus policy; beside other scoring clauses it is refused (D024), since
 * the text would not say what the counts add to.
 */
class AwardPerCountTest {

    private static CompileResult compile(String header, String criterion) {
        String text = "规则包：t/award\n名称：「次」\n总分：1\n" + header + "数据：\n  主要次数：数量（次）\n  其他次数：数量（次）\n"
                + "指标：\n一级：「批示」（1）\n  评价标准「" + criterion + "」\n"
                + "  用语「主要领导作出批示」：主要次数\n  用语「其他领导作出批示」：其他次数\n";
        return PackCompiler.compile(text, "t.perfeval");
    }

    private static String score(RulePack pack, int main, int other) {
        return pack.evaluate(EvaluationInput.builder().number("主要次数", String.valueOf(main))
                .number("其他次数", String.valueOf(other)).build()).total().orElseThrow().stripTrailingZeros()
                .toPlainString();
    }

    private static final String TEXT = "主要领导作出批示的,每次得0.5分;其他领导作出批示的,每次得0.2分。";

    @Test
    void eachCountEarnsItsPointsUpToTheMaxScore() {
        for (String header : new String[] {"", "加分：可超过分值\n"}) {
            CompileResult r = compile(header, TEXT);
            RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
            assertEquals("0", score(pack, 0, 0), header);
            assertEquals("0.5", score(pack, 1, 0), header);
            assertEquals("0.4", score(pack, 0, 2), header);
            assertEquals("0.9", score(pack, 1, 2), header);
            assertEquals("1", score(pack, 3, 1), header + ": never above the 分值, whatever the bonus policy");
        }
    }

    @Test
    void aStatedMostIsTheCap() {
        CompileResult r = compile("", "主要领导作出批示的,每次得0.5分,最多得0.6分。");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals("0.5", score(pack, 1, 0));
        assertEquals("0.6", score(pack, 2, 0));
    }

    @Test
    void besideAClauseThatTakesThePointsItIsRefused() {
        CompileResult r = compile("", TEXT + "未作出批示的,不得分。");
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals("D024", r.errors().get(0).code(), r.problems().toString());
    }
}
