package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * README §3, readings 61 and 62: a loss inside a range (「…不合理的，扣1-3分」「酌扣2-5分」) is the evaluator's to
 * choose within its bounds, and what one judgement per indicator cannot carry is refused (D079–D081); a condition with
 * no outcome before 否则 is the requirement (「至少2种宣传方式，否则不得分」, H12-029, which scored it inverted), and
 * 否则 beside a condition of its own is refused (D082). Over the yes/no data 甲, 乙 and the count 种数 (分值 10).
 */
class RangeLossTest {

    private static final String TEXT = "规则包：t/range\n名称：「区间」\n总分：10\n数据：\n  甲：是否\n  乙：是否\n"
            + "  种数：数量（种）\n  处数：数量（处）\n指标：\n一级：「项」（10）\n  评价标准「%s」\n"
            + "  用语「布局不合理」：甲\n  用语「范围不全」：乙\n  用语「资料缺失」：乙\n  用语「至少2种宣传方式」：种数 ≥ 2种\n"
            + "  用语「发现散放垃圾」：处数\n";

    private static CompileResult compile(String criterion) {
        return PackCompiler.compile(TEXT.formatted(criterion), "t.perfeval");
    }

    private static IndicatorResult score(RulePack pack, boolean a, boolean b, int kinds, String judged) {
        EvaluationInput.Builder in = EvaluationInput.builder().yes("甲", a).yes("乙", b)
                .number("种数", String.valueOf(kinds)).number("处数", "0");
        if (judged != null) {
            in.judgement("项", new Judgement(new BigDecimal(judged), "现场查看"));
        }
        ScoreSheet sheet = pack.evaluate(in.build());
        return sheet.flatten().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "布局不合理酌扣2-5分。",
        "布局不合理的,扣2-5分。",
        "布局不合理的,视情况扣2分-5分。",
    })
    void aLossInARangeIsJudgedWithinItsBoundsAndFullMarksOtherwise(String criterion) {
        RulePack pack = compile(criterion).pack().orElseThrow(() -> new AssertionError(compile(criterion).problems()));
        // the failing holds: the evaluator's score must lie in [10 − 5, 10 − 2]
        IndicatorResult judged = score(pack, true, false, 0, "6.5");
        assertEquals(Status.SCORED, judged.status());
        assertEquals(0, new BigDecimal("6.5").compareTo(judged.score().orElseThrow()));
        for (String outside : new String[] {"4.99", "8.01", "10"}) {
            IndicatorResult r = score(pack, true, false, 0, outside);
            assertEquals(Status.ERROR, r.status(), outside + " is outside 5–8: " + r);
        }
        // it does not hold: full marks, nothing to judge
        assertEquals(0, BigDecimal.TEN.compareTo(score(pack, false, false, 0, null).score().orElseThrow()));
    }

    @Test
    void aRangeLossInsideALadderIsThatClausesJudgement() {
        RulePack pack = compile("布局合理的得10分;范围不全的扣1-3分;布局不合理的不得分。").pack().orElseThrow();
        String rule = PackPrinter.print(pack);
        assertTrue(rule.contains("酌情 7分 至 9分"), rule);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "发现散放垃圾每处扣0.2-0.5分。|D079",
        "布局不合理扣3-12分。|D080",
        "布局不合理扣3-1分。|D080",
        "布局不合理酌扣2分。|D081",
        "布局不合理扣1-3分,资料缺失扣2分。|D024",
        "至少2种宣传方式得10分,否则,资料缺失的得2分。|D082",
    })
    void whatOneJudgementCannotCarryIsRefused(String criterion, String code) {
        Refusals.assertRefused(compile(criterion), code);
    }

    @Test
    void aConditionWithNoOutcomeBefore否则IsTheRequirement() {
        // H12-029: before, 2 kinds scored 0 and none scored full marks
        RulePack pack = compile("至少2种宣传方式,否则不得分。").pack().orElseThrow();
        for (int kinds = 0; kinds <= 3; kinds++) {
            BigDecimal expected = kinds >= 2 ? BigDecimal.TEN : BigDecimal.ZERO;
            assertEquals(0, expected.compareTo(score(pack, false, false, kinds, null).score().orElseThrow()),
                    kinds + " kinds");
        }
    }

    @Test
    void aJudgementForARangeLossThatDoesNotApplyIsRefusedAsForAnyRule() {
        RulePack pack = compile("布局不合理的,扣2-5分。").pack().orElseThrow();
        assertThrows(InvalidInputException.class, () -> score(pack, false, false, 0, "11"));
    }
}
