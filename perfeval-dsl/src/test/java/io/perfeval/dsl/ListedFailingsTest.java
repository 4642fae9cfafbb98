package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reading 54: 各 (or 分别) over a list written in prose deducts for each listed failing. The fifth holdout found
 * 「教育、组织、群众工作不力各扣1分」 read as one item, one point off however many failed (H5-024).
 */
class ListedFailingsTest {

    private static RulePack pack(String criterion, String data, String declarations) {
        String text = "规则包：t/list\n名称：「各」\n总分：3\n数据：\n  完成率：百分比\n" + data + "指标：\n"
                + "一级：「活动」（3）\n  评价标准「" + criterion + "」\n" + declarations;
        return PackCompiler.compileOrThrow(text, "t.perfeval");
    }

    /** The score with the evaluator's answers to the compiler's items (true: what the item says holds). */
    private static String score(RulePack pack, Boolean... answers) {
        TreeMap<Integer, Boolean> items = new TreeMap<>();
        for (int i = 0; i < answers.length; i++) {
            items.put(i + 1, answers[i]);
        }
        EvaluationInput.Builder b = EvaluationInput.builder().number("完成率", "0");
        b.put(pack.fields().stream().filter(f -> f.items().size() > 0).findFirst().orElseThrow().name(),
                new Value.Checklist(items));
        return pack.evaluate(b.build()).total().orElseThrow().stripTrailingZeros().toPlainString();
    }

    @Test
    void eachMemberOfAProseListIsAnItemThatDeducts() {
        for (String criterion : new String[] {"无专人、无方案、无记录各扣1分。", "无专人、无方案和无记录分别扣1分。",
            "教育、组织、群众工作不力各扣1分。"}) {
            RulePack pack = pack(criterion, "", "");
            assertEquals(3, pack.fields().stream().filter(f -> f.items().size() > 0).findFirst().orElseThrow()
                    .items().size(), criterion);
            assertEquals("3", score(pack, false, false, false), criterion);
            assertEquals("2", score(pack, true, false, false), criterion);
            assertEquals("1", score(pack, true, false, true), criterion);
            assertEquals("0", score(pack, true, true, true), criterion);
        }
    }

    @Test
    void withoutAListEachCountsTheOneItem() {
        RulePack pack = pack("资料收集和整理不及时各扣1分。", "", "");
        assertEquals("2", score(pack, true));
        assertEquals("3", score(pack, false));
    }

    @Test
    void aDeclaredCountIsTheCountOfTheListedFailings() {
        RulePack pack = pack("教育、组织、群众工作不力各扣1分。", "  工作不力项数：数量（项）\n", "  计分对象：工作不力项数\n");
        for (Map.Entry<String, String> c : Map.of("0", "3", "2", "1", "3", "0").entrySet()) {
            EvaluationInput in = EvaluationInput.builder().number("完成率", "0").number("工作不力项数", c.getKey())
                    .build();
            assertEquals(c.getValue(), pack.evaluate(in).total().orElseThrow().stripTrailingZeros().toPlainString());
        }
    }
}
