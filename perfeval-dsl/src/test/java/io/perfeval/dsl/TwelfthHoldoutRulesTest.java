package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * README §3, reading 63, from the twelfth holdout (ten of its seventeen refusals were this shape): scored clauses in
 * brackets closing a sentence (「项目预定目标是否明确(明确:3分,基本明确:2分,不明确:0分)。」) are that sentence's scoring, and
 * the words before the bracket say what is scored. A bracket with one score (the item's points) or none (how it is
 * checked) is not a sentence of its own, and a condition left before the bracket is refused, never dropped. Over the
 * yes/no data 明确, 基本明确 (分值 3).
 */
class TwelfthHoldoutRulesTest {

    private static final String TEXT = "规则包：t/h12\n名称：「十二」\n总分：3\n数据：\n  目标明确：是否\n  目标基本明确：是否\n"
            + "指标：\n一级：「项」（3）\n  评价标准「%s」\n  用语「明确」：目标明确\n  用语「基本明确」：目标基本明确\n"
            + "  用语「不明确」：非 目标明确 且 非 目标基本明确\n";

    private static final String LEVELS = "分情形｛当 目标明确：得 3分；当 目标基本明确：得 2分；当 （非 目标明确 且 非 目标基本明确）："
            + "得 0分；其余：无规则｝";

    private static CompileResult compile(String criterion) {
        return PackCompiler.compile(TEXT.formatted(criterion), "t.perfeval");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "项目预定目标是否明确(明确:3分,基本明确:2分,不明确:0分)。",
        "项目预定目标是否明确（明确：3分；基本明确：2分；不明确：0分）",
        "项目预定目标是否明确(明确的得3分,基本明确的得2分,不明确的不得分)。",
        // what the bracket reads as is what the same clauses read as when written as a sentence of their own
        "项目预定目标是否明确。明确:3分,基本明确:2分,不明确:0分。",
    })
    void scoredClausesInBracketsAreTheSentencesScoring(String criterion) {
        CompileResult r = compile(criterion);
        String printed = PackPrinter.print(r.pack().orElseThrow(() -> new AssertionError(r.problems())));
        assertTrue(printed.contains(LEVELS), printed);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // one score in brackets: the item's points, as before
        "目标明确(3分)。|当 目标明确：3分｝",
        // a remark with no score: how it is checked, scoring nothing
        "明确的得3分,不明确的不得分(查阅资料)。|",
    })
    void aBracketWithOneScoreOrNoneIsNoSentence(String criterion, String rule) {
        CompileResult r = compile(criterion);
        String printed = PackPrinter.print(r.pack().orElseThrow(() -> new AssertionError(r.problems())));
        if (rule != null) {
            assertTrue(printed.contains(rule), printed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "明确(得3分,否则不得分)。",
        "明确(得3分,不明确不得分)。",
    })
    void aConditionLeftBeforeTheBracketIsRefusedNotDropped(String criterion) {
        Refusals.assertRefused(compile(criterion), "D007");
    }
}
