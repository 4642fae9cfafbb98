package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.api.Test;

/**
 * 「无专人、无实施方案、无工作总结分别扣1分」: each listed failing deducts, as 各扣1分 says. The fourth holdout found 分别
 * read as prose there, an item the evaluator answers, and the list as one condition: one point off only when all
 * three failed (H4-017).
 */
class EachOfAListTest {

    private static CompileResult compile(String criterion) {
        String text = "规则包：t/each\n名称：「各」\n总分：3\n数据：\n  专人：是否\n  实施方案：是否\n  工作总结：是否\n指标：\n"
                + "一级：「方案」（3）\n  评价标准「" + criterion + "」\n";
        return PackCompiler.compile(text, "t.perfeval");
    }

    private static String score(RulePack pack, boolean a, boolean b, boolean c) {
        return pack.evaluate(EvaluationInput.builder().yes("专人", a).yes("实施方案", b).yes("工作总结", c).build())
                .total().orElseThrow().stripTrailingZeros().toPlainString();
    }

    @Test
    void eachListedFailingDeducts() {
        for (String criterion : new String[] {"无专人、无实施方案、无工作总结分别扣1分。", "无专人、无实施方案、无工作总结各扣1分。",
            "無專人、無實施方案、無工作總結分別扣1分。"}) {
            CompileResult r = compile(criterion);
            RulePack pack = r.pack().orElseThrow(() -> new AssertionError(criterion + " " + r.problems()));
            assertEquals("3", score(pack, true, true, true), criterion);
            assertEquals("2", score(pack, false, true, true), criterion);
            assertEquals("1", score(pack, false, true, false), criterion);
            assertEquals("0", score(pack, false, false, false), criterion);
        }
    }

    @Test
    void respectiveDeductionsOfAListAreRefusedNotRead() {
        // 分别扣3、2、1分 gives each its own amount, which no reading takes: refused, never read as prose
        CompileResult r = compile("无专人、无实施方案、无工作总结分别扣3、2、1分。");
        assertTrue(r.pack().isEmpty(), r.problems().toString());
    }
}
