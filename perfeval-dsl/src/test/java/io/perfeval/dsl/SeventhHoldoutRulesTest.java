package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two silent wrong scores of the seventh holdout, refused now, beside the wordings that must still compile:
 * full marks whose yes/no condition can fail while no deduction applies (D075, H7-006), and steps counted below a
 * bound the number counted never goes under (D076, H7-013).
 */
class SeventhHoldoutRulesTest {

    private static final String YES_NO = "规则包：t/h7\n名称：「七」\n总分：2\n数据：\n  合理：是否\n  恶劣影响：是否\n指标：\n"
            + "一级：「方式」（2）\n  评价标准「%s」\n  用语「合理确定方式」：合理\n  用语「方式不合理」：非 合理\n"
            + "  用语「方式不合理,产生恶劣影响」：非 合理 且 恶劣影响\n";

    private static CompileResult yesNo(String criterion) {
        return PackCompiler.compile(YES_NO.formatted(criterion), "t.perfeval");
    }

    @Test
    void fullMarksThatNoDeductionStandsForAreRefused() {
        // H7-006: unreasonable without bad effects would have kept the 2 points
        CompileResult r = yesNo("合理确定方式的得2分。方式不合理,产生恶劣影响的,扣2分。");
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals("D075", r.errors().get(0).code());
        assertTrue(r.errors().get(0).message().contains("合理 为否、恶劣影响 为否"), r.errors().get(0).message());
    }

    @ParameterizedTest(name = "{0} @ {1},{2} → {3}")
    @CsvSource(delimiter = '|', value = {
        // the deduction is the negation of the condition: full marks mean nothing deducted, as before
        "合理确定方式的得2分,方式不合理的扣2分。|true|false|2",
        "合理确定方式的得2分,方式不合理的扣2分。|false|false|0",
        "合理确定方式的得2分,方式不合理的扣2分。|false|true|0",
    })
    void fullMarksBesideTheirNegationStillCompile(String criterion, boolean reasonable, boolean bad, String score) {
        assertEquals(score, score(YES_NO.formatted(criterion), reasonable, bad));
    }

    /** The total of a pack over 合理 and 恶劣影响 with those answers. */
    private static String score(String text, boolean reasonable, boolean bad) {
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        return pack.evaluate(EvaluationInput.builder().yes("合理", reasonable).yes("恶劣影响", bad).build()).total()
                .orElseThrow().stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "{0} @ {1},{2} → {3}")
    @CsvSource(delimiter = '|', value = {
        // a bracketed total after deductions says the points (H7-018); before, 共 was an item (D073)
        "未合理确定方式的,扣0.5分;产生恶劣影响的,扣0.5分。(共 2 分)|true|false|2",
        "未合理确定方式的,扣0.5分;产生恶劣影响的,扣0.5分。(共 2 分)|false|true|1",
        "未合理确定方式的,扣0.5分;产生恶劣影响的,扣0.5分。(合计2分)|false|false|1.5",
    })
    void aTotalInBracketsSaysThePoints(String criterion, boolean reasonable, boolean bad, String score) {
        assertEquals(score, score(YES_NO.formatted(criterion) + "  用语「未合理确定方式」：非 合理\n  用语「产生恶劣影响」：恶劣影响\n",
                reasonable, bad));
    }

    @Test
    void eachCaseCountedIsPerOccurrence() {
        // H7-028: 每宗次 (before, 每宗 then 次, refused at 次)
        String text = "规则包：t/h7c\n名称：「次」\n总分：2\n数据：\n  低于要求次数：数量（次）\n指标：\n一级：「分类率」（2）\n"
                + "  评价标准「当日分类率低于区要求每宗次扣0.5分,扣完为止。」\n  用语「当日分类率低于区要求」：低于要求次数\n";
        RulePack pack = PackCompiler.compileOrThrow(text, "t.perfeval");
        assertEquals("1", pack.evaluate(EvaluationInput.builder().number("低于要求次数", "2").build()).total()
                .orElseThrow().stripTrailingZeros().toPlainString());
    }

    @ParameterizedTest(name = "{0} @ {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        // H7-029: the points in brackets after the requirement's 。 are its points (before: D007)
        "合理确定方式。(2分)|true|2",
        "合理确定方式。(2分)|false|0",
        "合理确定方式。（2分）|true|2",
    })
    void pointsInBracketsAfterTheFullStopAreTheRequirements(String criterion, boolean reasonable, String score) {
        assertEquals(score, score(YES_NO.formatted(criterion), reasonable, false));
    }

    private static String missing(String wording) {
        return "规则包：t/h7m\n名称：「缺」\n总分：1\n数据：\n  缺报项数：数量（项）\n指标：\n一级：「申报」（1）\n"
                + "  评价标准「目标全申报的1分,缺一项扣0.5分,扣完为止。」\n  计分对象：缺报项数\n" + wording;
    }

    @Test
    void stepsBelowABoundACountNeverGoesUnderAreRefused() {
        // H7-013: 全申报 as 缺报项数 = 0 made 缺一项 a step below 0 items, which no count reaches
        CompileResult r = PackCompiler.compile(missing("  用语「目标全申报」：缺报项数 = 0项\n"), "t.perfeval");
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals("D076", r.errors().get(0).code());
        assertTrue(r.errors().get(0).message().contains("缺报项数：0项"), r.errors().get(0).message());
    }

    @Test
    void withoutTheBoundEachMissingItemDeducts() {
        RulePack pack = PackCompiler.compileOrThrow(missing(""), "t.perfeval");
        for (String[] c : new String[][] {{"0", "1"}, {"1", "0.5"}, {"3", "0"}}) {
            assertEquals(c[1], pack.evaluate(EvaluationInput.builder().number("缺报项数", c[0]).build()).total()
                    .orElseThrow().stripTrailingZeros().toPlainString(), c[0] + " missing");
        }
    }
}
