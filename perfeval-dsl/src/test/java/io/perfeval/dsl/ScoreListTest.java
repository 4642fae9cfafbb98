package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** 「分别得5、3、1分」: 分 written once after the last score means every score of the list, as 「5分、3分、1分」 does. */
class ScoreListTest {

    private static String rule(String criterion) {
        String text = "规则包：t/list\n名称：「列」\n总分：5\n数据：\n  完成率：百分比\n指标：\n一级：「完成率」（5）\n  评价标准「"
                + criterion + "」\n";
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        return PackPrinter.rule(r.pack().orElseThrow(() -> new AssertionError(r.problems())).leaves().get(0).rule());
    }

    @Test
    void respectiveScoresShareTheirUnit() {
        String once = rule("完成率达到90%、80%、70%的，分别得5、3、1分，其余不得分。");
        assertEquals(rule("完成率达到90%、80%、70%的，分别得5分、3分、1分，其余不得分。"), once);
        assertEquals("分情形｛当 完成率 ≥ 90%：得 5分；当 完成率 ≥ 80%：得 3分；当 完成率 ≥ 70%：得 1分；其余：得 0分｝", once);
    }

    @Test
    void aLevelTableSharesItsUnit() {
        assertEquals(rule("分为优、良、中、差四档，分别计5分、4.5分、3分、0分。"),
                rule("分为优、良、中、差四档，分别计5、4.5、3、0分。"));
    }
}
