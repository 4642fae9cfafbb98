package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules the sixth holdout led to (README §3): a prime after a number is 分 (「(2')」), and 「满分N分」 below the
 * 分值 is that part's N points. Each row is one criterion over the yes/no data 甲 and 乙 (分值 6).
 */
class SixthHoldoutRulesTest {

    private static RulePack pack(String criterion) {
        String text = "规则包：t/h6\n名称：「六」\n总分：6\n数据：\n  甲：是否\n  乙：是否\n  缺项数：数量（项）\n指标：\n"
                + "一级：「项」（6）\n  评价标准「" + criterion + "」\n  用语「有甲」：甲\n  用语「有乙」：乙\n"
                + "  计分对象：缺项数\n  用语「无甲」：非 甲\n  用语「无乙」：非 乙\n";
        return PackCompiler.compileOrThrow(text, "t.perfeval");
    }

    @ParameterizedTest(name = "{0} @ {1},{2},{3} → {4}")
    @CsvSource(delimiter = '|', value = {
        // 「满分N分」 in a part: that part's points, summed over the parts
        "(1)有甲,满分4分。(2)有乙,满分2分。|true|false|0|4",
        "(1)有甲,满分4分。(2)有乙,满分2分。|false|true|0|2",
        "(1)有甲,满分4分。(2)有乙,满分2分。|true|true|0|6",
        // a prime after a number is 分
        "①有甲(2')②有乙(4')|true|true|0|6",
        "①有甲(2')②有乙(4')|true|false|0|2",
        // 反之 is 否则; 以N分为限 caps
        "有甲的,得6分,反之,不得分。|false|true|0|0",
        "有甲的,得6分,反之,不得分。|true|true|0|6",
        "缺项数每项扣2分,以4分为限。|true|true|3|2",
        // reading 59: 「…计N分,无…不计分」 is that award's own 0, not every award's
        "有甲计4分,无甲不计分;有乙计2分,无乙不计分。|false|true|0|2",
        "有甲计4分,无甲不计分;有乙计2分,无乙不计分。|true|false|0|4",
        "有甲计4分,无甲不计分;有乙计2分,无乙不计分。|true|true|0|6",
    })
    void partsAndPrimes(String criterion, boolean a, boolean b, String missing, String expected) {
        RulePack pack = pack(criterion);
        EvaluationInput in = EvaluationInput.builder().yes("甲", a).yes("乙", b).number("缺项数", missing).build();
        assertEquals(expected, pack.evaluate(in).total().orElseThrow().stripTrailingZeros().toPlainString(),
                PackPrinter.rule(pack.leaves().get(0).rule()));
    }

    /** 「少一次扣N分」 with 扣分起点 declared: steps of one below it, not a deduction per count of the 计分对象. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"3|6", "2|4", "0|0", "5|6"})
    void aShortfallCountsFromTheDeclaredStart(String held, String expected) {
        String text = "规则包：t/h6b\n名称：「六」\n总分：6\n数据：\n  会议次数：数量（次）\n指标：\n"
                + "一级：「项」（6）\n  评价标准「查阅会议记录,少一次扣2分。」\n  计分对象：会议次数\n  扣分起点：3次\n";
        RulePack pack = PackCompiler.compileOrThrow(text, "t.perfeval");
        EvaluationInput in = EvaluationInput.builder().number("会议次数", held).build();
        assertEquals(expected, pack.evaluate(in).total().orElseThrow().stripTrailingZeros().toPlainString(),
                PackPrinter.rule(pack.leaves().get(0).rule()));
    }
}
