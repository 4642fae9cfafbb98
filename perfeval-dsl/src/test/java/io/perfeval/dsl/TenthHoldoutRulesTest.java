package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tenth holdout's silent readings, refused now (README §3, readings 14 and 61's list): conditions joined by 或 in
 * one place and by a bare comma in another (D078, H10-011), words between two conditions of one clause (they joined
 * neither and were dropped; now they join the first as an item, H10-019), and prose that computes the score standing
 * where an item would (D072, H10-040). Each over the yes/no data 甲, 乙, 丙 (分值 4).
 */
class TenthHoldoutRulesTest {

    private static final String TEXT = "规则包：t/h10\n名称：「十」\n总分：4\n数据：\n  甲：是否\n  乙：是否\n  丙：是否\n"
            + "指标：\n一级：「项」（4）\n  评价标准「%s」\n  用语「撤销了账户」：甲\n  用语「未撤销账户」：非 甲\n"
            + "  用语「擅自设立账户」：乙\n  用语「截留收入」：丙\n";

    private static CompileResult compile(String criterion) {
        return PackCompiler.compile(TEXT.formatted(criterion), "t.perfeval");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "撤销了账户的,计4分;未撤销账户,或擅自设立账户,截留收入的,计0分。|D078",
        "根据项目实际到位资金占计划的比重计算得分(4分)|D072",
    })
    void isRefused(String criterion, String code) {
        CompileResult r = compile(criterion);
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals(code, r.errors().get(0).code(), r.problems().toString());
    }

    @org.junit.jupiter.api.Test
    void wordsBetweenTwoConditionsAreNotDropped() {
        // H10-019: before, 「整改到位」 joined neither condition and the rule read 甲 且 丙 alone
        String said = Explanation.restatements(TEXT.formatted("认真履行职责,撤销了账户,整改到位,截留收入的,计4分。"), "t.perfeval")
                .toString();
        assertTrue(said.contains("整改到位"), said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 或 throughout, or a comma throughout, still compile (或 / 且)
        "撤销了账户的,计4分;未撤销账户,或擅自设立账户,或截留收入的,计0分。",
        "撤销了账户的,计4分;未撤销账户,擅自设立账户,截留收入的,计0分。",
    })
    void aListJoinedOneWayCompiles(String criterion) {
        CompileResult r = compile(criterion);
        assertTrue(r.pack().isPresent(), r.problems().toString());
    }
}
