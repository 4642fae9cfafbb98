package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the thirteenth holdout was refused for, read now (README §3, readings 31, 63 and 65), and the silent reading found
 * beside it, refused now (D085): over a count 处数 (计分对象) and a yes/no 按时上报, 分值 3.
 */
class ThirteenthHoldoutRulesTest {

    private static final String TEXT = "规则包：t/h13\n名称：「十三」\n总分：3\n数据：\n  处数：数量（处）\n  按时上报：是否\n"
            + "指标：\n一级：「项」（3）\n  评价标准「%s」\n  用语「设置账户」：处数 = 0处\n  用语「不符合要求」：处数 ≥ 1处\n"
            + "  用语「发现一处」：处数\n  用语「未按时上报」：非 按时上报\n  用语「不上报」：非 按时上报\n  计分对象：处数\n";

    private static CompileResult compile(String criterion) {
        return PackCompiler.compile(TEXT.formatted(criterion), "t.perfeval");
    }

    private static BigDecimal score(RulePack pack, int count, boolean onTime) {
        return pack.evaluate(EvaluationInput.builder().number("处数", String.valueOf(count)).yes("按时上报", onTime)
                .build()).flatten().get(0).score().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // reading 65: the condition says only that there is one to count, which a deduction per count already means
        "设置账户,得3分,不符合要求的,发现一处扣0.5分。",
        "设置账户,得3分,不符合要求的,每发现一处扣0.5分。",
    })
    void aConditionThatOnlySaysThereIsOneToCountIsTheCountsOwn(String criterion) {
        CompileResult r = compile(criterion);
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(0, new BigDecimal("3").compareTo(score(pack, 0, true)));
        assertEquals(0, new BigDecimal("2").compareTo(score(pack, 2, true)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // before: 2 处 lost 2 points, where the text takes none below 4
        "超过3处的,每处扣1分。",
        // before: the condition on 按时上报 was dropped, and 2 处 lost 1 point on time
        "未按时上报的,每处扣0.5分。",
    })
    void aConditionTheCountDoesNotImplyBeforeAPerCountDeductionIsRefused(String criterion) {
        Refusals.assertRefused(compile(criterion), "D085");
    }

    @Test
    void fullMarksAboveThe分值BesideDeductionsSaySo() {
        CompileResult r = compile("设置账户,得4分,不符合要求的,发现一处扣0.5分。");
        assertEquals("D042", r.errors().get(0).code(), r.problems().toString());
    }

    @Test
    void theRowsOwn分值StatedFirstIsNoClause() {
        CompileResult r = compile("本项满分3分,不符合要求的,发现一处扣0.5分。");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(0, new BigDecimal("1.5").compareTo(score(pack, 3, true)));
    }

    @Test
    void whatTheEvidenceIsInBracketsScoresNothing() {
        CompileResult r = compile("按时上报记3分(以文件上报县科普办(科协)为准);");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(0, new BigDecimal("3").compareTo(score(pack, 0, true)));
        assertEquals(0, BigDecimal.ZERO.compareTo(score(pack, 0, false)));
    }

    @Test
    void aClauseInBracketsAfterTheSentencesScoreIsItsNextClause() {
        // reading 63: 「…记3分(不上报不得分)」 is 「…记3分,不上报不得分」
        String bracketed = PackPrinter.print(compile("按时上报记3分(不上报不得分);").pack().orElseThrow());
        String written = PackPrinter.print(compile("按时上报记3分,不上报不得分;").pack().orElseThrow());
        assertEquals(written.substring(written.indexOf("规则：")), bracketed.substring(bracketed.indexOf("规则：")));
    }
}
