package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.Indicator;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.sheets.Narrative;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    private static String sentence(ScoreSheet sheet, String name) {
        return Narrative.sentence(sheet.find(name).orElseThrow());
    }

    @Test
    void eachLeafGetsTheReportSentenceBuiltFromItsTrace() {
        ScoreSheet sheet = TestPack.sheet();
        assertEquals("经自评，收入预算完成率为 100.00%，收入预算完成率 100.00% ≥ 95%，故此项得 2 分。",
                sentence(sheet, "收入预算完成率"));
        assertEquals("经自评，绩效指标科学性不符合：第2项「是否清晰、细化、可评价、可衡量」，不符合项 1项 × 0.5 分 = 扣 0.5 分，"
                + "故此项得 3.5 分。", sentence(sheet, "绩效指标科学性"));
        assertEquals("经自评，按时上报：是，故此项得 6 分。", sentence(sheet, "预算上报及时性"));
        assertEquals("经自评，评价人在 0–50 分之间酌情给分（理由：经自评，履职效果较好。），故此项得 45 分。",
                sentence(sheet, "部门整体效益"));
    }

    @Test
    void conditionsThatDidNotHoldAreSaidSoAndTheScoreIsTheComputedOne() {
        ScoreSheet sheet = TestPack.pack().evaluate(EvaluationInput.builder()
                .number("收入预算数", "100").number("收入预算完成数", "90")
                .put("绩效指标科学性", io.perfeval.core.input.Value.Checklist.allMetExcept(2)).yes("按时上报", false)
                .judgement(TestPack.ODD, "30", "r").judgement("部门整体效益", "45", "r")
                .selfScore("收入预算完成率", "2").build());
        String rate = sentence(sheet, "收入预算完成率");
        assertTrue(rate.startsWith("经自评，收入预算完成率为 90.00%，收入预算完成率 90.00% ≥ 95% 不成立，"), rate);
        assertTrue(rate.endsWith("，故此项得 1 分。"), rate);
        assertEquals("经自评，按时上报：否 不成立，故此项得 0 分。", sentence(sheet, "预算上报及时性"));
    }

    @Test
    void aSumOfPartsIsToldPartByPart() {
        Rule part = new Rule.Awards(List.of(new Rule.Award("按时上报", new io.perfeval.core.rule.Condition.IsYes("按时上报"),
                io.perfeval.core.rule.Points.full())));
        RulePack pack = RulePack.builder(new PackInfo("t/sum", "分项示例", "", "", ""))
                .field(io.perfeval.core.DataField.yesNo("按时上报", ""))
                .indicator(new Indicator.Group("产出", new BigDecimal("100"), List.of(
                        new Indicator.Leaf("甲", new BigDecimal("100"), "", "", new Rule.Sum(List.of(
                                new Rule.Part("上报", new BigDecimal("40"), part),
                                new Rule.Part("其他", new BigDecimal("60"), new Rule.FullMarks())))))))
                .build();
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().yes("按时上报", true).build());
        assertEquals("经自评，分项「上报」（分值 40 分），按时上报：是，分项「其他」（分值 60 分），故此项得 100 分。",
                sentence(sheet, "甲"));
    }

    @Test
    void notApplicableAndUnscorableIndicatorsSaySoInsteadOfAScore() {
        RulePack pack = RulePack.builder(new PackInfo("t/na", "不适用示例", "", "", ""))
                .indicator(new Indicator.Group("产出", new BigDecimal("100"), List.of(
                        new Indicator.Leaf("甲", new BigDecimal("50"), "", "", new Rule.NotApplicable("本年无此类项目")),
                        new Indicator.Leaf("乙", new BigDecimal("50"), "", "", Rule.Judgement.anywhere()))))
                .build();
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().build());
        assertTrue(sentence(sheet, "甲").startsWith("经自评，此项不适用：本年无此类项目"), sentence(sheet, "甲"));
        assertTrue(sentence(sheet, "甲").endsWith("，不计分。"));
        assertTrue(sentence(sheet, "乙").startsWith("经复核，此项无法评分：需要评价人在 0–50 分之间酌情给分"),
                sentence(sheet, "乙"));
        String section = Narrative.render(sheet);
        assertTrue(section.contains("1、产出（100 分）\n\n（1）甲\n经自评，此项不适用"), section);
    }
}
