package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Readings 47–49 (README §3): the words the project self-evaluation tables use for a target and its completion —
 * 「未达到的」 as the remaining case, 「按照X占Y的比例计分」 as X / Y of the 分值, 「得分值的80%至100%」 as a band.
 */
class TargetWordingTest {

    private static String pack(String criterion) {
        return "规则包：t/target\n名称：「目标」\n总分：10\n数据：\n  年度指标值：数值（个）\n  实际完成值：数值（个）\n"
                + "指标：\n一级：数量指标（10）\n  评价标准「" + criterion + "」\n";
    }

    private static BigDecimal score(RulePack pack, String target, String actual) {
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().number("年度指标值", target)
                .number("实际完成值", actual).build());
        return sheet.total().orElseThrow(() -> new AssertionError(sheet.problems().toString()));
    }

    private static RulePack compiled(String text) {
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        assertTrue(r.pack().isPresent(), () -> r.problems().toString());
        return r.pack().get();
    }

    @Test
    void notReachedIsTheRemainingCaseAndTheRatioIsAShareOfTheMaxScore() {
        // the national template's own words (财预〔2020〕10号 附件 自评表 notes): 未完成的，按照完成值占指标值的比例计分
        RulePack pack = compiled(pack("实际完成值达到年度指标值的，得满分；未达到的，按照实际完成值占年度指标值的比例计分。"));
        Rule rule = pack.leaves().get(0).rule();
        assertTrue(rule instanceof Rule.Cases c && c.cases().size() == 1, rule::toString); // no evaluator item
        assertEquals(0, new BigDecimal("10").compareTo(score(pack, "100", "120")));
        assertEquals(0, new BigDecimal("10").compareTo(score(pack, "100", "100")));
        assertEquals(0, new BigDecimal("9").compareTo(score(pack, "100", "90")));
        assertEquals(0, new BigDecimal("2.5").compareTo(score(pack, "80", "20")));
        // 未完成的 and 达不到的 read the same way; the ratio words 比率 and 比重 too
        assertEquals(pack.leaves().get(0).rule(), compiled(pack(
                "实际完成值达到年度指标值的，得满分；未完成的，按照实际完成值占年度指标值的比率计分。")).leaves().get(0).rule());
        assertEquals(pack.leaves().get(0).rule(), compiled(pack(
                "实际完成值达到年度指标值的，得满分；达不到的，按实际完成值占年度指标值比重计分。")).leaves().get(0).rule());
    }

    @Test
    void withoutAConditionBeforeItNotReachedStaysWords() {
        // nothing to be the remaining case of: an item the evaluator answers, as any prose condition is
        CompileResult r = PackCompiler.compile(pack("未达到的，不得分；否则得满分。"), "t.perfeval");
        assertTrue(r.pack().isPresent(), () -> r.problems().toString());
        assertTrue(!(r.pack().get().leaves().get(0).rule() instanceof Rule.Cases c
                && c.cases().get(0).when() instanceof io.perfeval.core.rule.Condition.Compare));
    }

    @Test
    void occupyOutsideTheRatioPhraseIsProse() {
        // 挤占 is prose; 占 is a word of the language only between two declared names before 的比例
        String text = "规则包：t/target\n名称：「目标」\n总分：10\n指标：\n一级：资金使用合规性（10）\n"
                + "  评价标准「资金无截留、挤占、挪用的，得满分，否则不得分。」\n";
        assertTrue(PackCompiler.compile(text, "t.perfeval").pack().isPresent());
        CompileResult half = PackCompiler.compile(pack("按照实际完成值占年度指标值计分。"), "t.perfeval");
        assertTrue(half.pack().isEmpty(), "占 without 的比例 is not the ratio");
    }

    @Test
    void aShareBandOfTheMaxScoreIsALevelTheEvaluatorChooses() {
        RulePack pack = compiled("规则包：t/target\n名称：「目标」\n总分：10\n指标：\n一级：满意度指标（10）\n"
                + "  评价标准「达成预期指标的，得分值的80%至100%；部分达成预期指标并具有一定效果的，得分值的60%-80%；"
                + "未达成预期指标且效果较差的，得分值的0至60%。」\n");
        Rule rule = pack.leaves().get(0).rule();
        assertTrue(rule instanceof Rule.Levels l && l.levels().size() == 3, rule::toString);
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().judgement("满意度指标", "8.5", "达成预期").build());
        assertEquals(0, new BigDecimal("8.5").compareTo(sheet.total().orElseThrow()));
    }
}
