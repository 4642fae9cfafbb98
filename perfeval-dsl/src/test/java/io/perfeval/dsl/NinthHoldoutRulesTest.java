package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General wordings the ninth holdout was refused for (README §3, after the ninth holdout), each over a count 问题数 and
 * the yes/no data 甲, 乙 (分值 4): 以上 after an administrative rank is a word, 每发现1次 and 每种 count occurrences, a
 * numbered list goes on after an item's points in brackets, and 即 between a condition and its verb is 的.
 */
class NinthHoldoutRulesTest {

    private static String score(String criterion, String count, boolean a, boolean b) {
        String text = "规则包：t/h9\n名称：「九」\n总分：4\n数据：\n  问题数：数量（次）\n  甲：是否\n  乙：是否\n指标：\n"
                + "一级：「项」（4）\n  评价标准「" + criterion + "」\n  用语「各地级以上市按要求建立机构」：甲\n"
                + "  用语「确保应保尽保」：甲\n  用语「投入比例达标」：乙\n  用语「未整改」：问题数\n  计分对象：问题数\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(criterion + " " + r.problems()));
        return pack.evaluate(EvaluationInput.builder().number("问题数", count).yes("甲", a).yes("乙", b).build())
                .total().orElseThrow().stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "{0} @ {1},{2},{3} → {4}")
    @CsvSource(delimiter = '|', value = {
        // 地级以上市 names cities (before: D040 at 以上)
        "各地级以上市按要求建立机构的,得4分。|0|true|false|4",
        "各地级以上市按要求建立机构的,得4分。|0|false|false|0",
        // 每发现1次, 每种: per occurrence
        "每发现1次问题扣1分,扣完为止。|3|true|true|1",
        "问题数每种扣1分,扣完为止。|2|true|true|2",
        // the list goes on after 「(2分)」, and the points are the item's
        "1.确保应保尽保。(2分) 2.投入比例达标。(2分)|0|true|false|2",
        "1.确保应保尽保。(2分) 2.投入比例达标。(2分)|0|true|true|4",
        // 即 between a condition and its verb
        "每核实一次未整改即扣1分,扣完为止。|1|true|true|3",
    })
    void readsAsTheTableMeans(String criterion, String count, boolean a, boolean b, String expected) {
        assertEquals(expected, score(criterion, count, a, b));
    }
}
