package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.Indicator;
import io.perfeval.core.PackInfo;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.DataField;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.TraceEntry;
import io.perfeval.core.sheet.TraceFact;
import io.perfeval.examples.Quickstart;
import io.perfeval.sheets.Narrative;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 自评报告's section 三 in the report's own register ({@link Narrative#report}, {@code score --format report}),
 * worded from the trace's values ({@link TraceFact}): the Gaoyi case against a golden file a reviewer reads as a report
 * section, one sentence for each kind of fact, and every kind of fact met by these cases.
 */
class ReportNarrativeTest {

    static final String GOLDEN = "report-gaoyi-2021.txt";

    private static String golden() throws IOException {
        try (InputStream in = ReportNarrativeTest.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + GOLDEN);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theGaoyiSectionIsTheGoldenFileThroughTheLibraryAndTheTool() throws IOException {
        assertEquals(golden(), Narrative.report(Quickstart.scoreGaoyi()));
        TestPack.Run run = TestPack.run(PackRegistry.fromClassPath(), PerfevalCli.standardPackFiles(),
                "score", "--format", "report");
        assertEquals(0, run.code(), run.err());
        assertEquals(golden(), run.out());
    }

    @Test
    void theGaoyiSentencesReadLikeTheReportNotLikeTheTrace() {
        ScoreSheet sheet = Quickstart.scoreGaoyi();
        assertEquals("经自评，结转结余率为35.56%，高于5%的标准30.56个百分点，按每5个百分点一档扣0.2分（不足一档按一档计），计7档，"
                + "扣1.4分，得0.6分。", sentence(sheet, "资金结余结转率"));
        assertEquals("经自评，收入预算完成率为100.00%，不低于95%的标准，得2分。", sentence(sheet, "收入预算完成率"));
        assertEquals("经自评，支出进度[第四季度]69.27%低于序时进度[第四季度]100%，支出进度未达到序时进度1项，按每项扣1分，扣1分，"
                + "得3分。", sentence(sheet, "支出进度"));
        assertEquals("经自评，政府采购执行率为100.00%，按得分=政府采购执行率×分值计分，即100.00%×2，得2分。",
                sentence(sheet, "政府采购执行率"));
        assertEquals("经自评，账表一致，得2分。", sentence(sheet, "决策真实性"));
        assertEquals("经自评，按时上报，得2分。", sentence(sheet, "预算上报及时性"));
        for (IndicatorResult leaf : sheet.leaves()) {
            String s = Narrative.reportSentence(leaf);
            assertTrue(s.startsWith("经自评，") && s.endsWith("，得" + leaf.score().orElseThrow().stripTrailingZeros()
                    .toPlainString() + "分。"), s);
            // what the trace's lines say and the report does not: failed conditions, 成立, the arithmetic of a deduction
            assertFalse(s.contains("不成立") || s.contains("成立，") || s.contains(" × ") || s.contains("= 扣"), s);
        }
    }

    @Test
    void eachKindOfFactHasItsSentence() {
        ScoreSheet test = TestPack.sheet();
        // counted deduction and the unmet items of a checklist
        assertEquals("经自评，绩效指标科学性中第2项「是否清晰、细化、可评价、可衡量」不符合，不符合项1项，按每项扣0.5分，扣0.5分，"
                + "得3.5分。", sentence(test, "绩效指标科学性"));
        // a yes/no answer
        assertEquals("经自评，按时上报，得6分。", sentence(test, "预算上报及时性"));
        // a judgement with its reason
        assertEquals("经自评，由评价人在0–50分之间酌情给分，理由为「经自评，履职效果较好」，得45分。", sentence(test, "部门整体效益"));
        // a per-step deduction below the standard, counted proportionally
        ScoreSheet low = TestPack.pack().evaluate(EvaluationInput.builder().number("收入预算数", "1000")
                .number("收入预算完成数", "900").put("绩效指标科学性", Value.Checklist.allMetExcept(2))
                .yes("按时上报", false).judgement(TestPack.ODD, "1", "理由").judgement("部门整体效益", "1", "理由").build());
        assertEquals("经自评，收入预算完成率为90.00%，低于95%的标准5个百分点，按每1个百分点一档扣0.2分（按实际偏离折算），计5档，"
                + "扣1分，得1分。", sentence(low, "收入预算完成率"));
        // an answer no, and a checklist without any unmet item (the deduction rule's 无扣分)
        assertEquals("经自评，按时上报：否，得0分。", sentence(low, "预算上报及时性"));
        assertEquals("经自评，无扣分，得4分。", sentence(low, "绩效指标科学性"));
        // a checklist tested whole
        assertEquals("经自评，资料均符合，得100分。", sentence(checklistCase(true), "资料完整性"));
        assertEquals("经自评，资料中第2项「凭证齐全」不符合，得0分。", sentence(checklistCase(false), "资料完整性"));
    }

    @Test
    void levelsAwardsBonusesAndPartsHaveTheirSentences() {
        ScoreSheet sheet = kindsCase();
        assertEquals("经自评，评价人评定为「良」，理由为「制度基本健全」，得3分。", sentence(sheet, "等级评定"));
        assertEquals("经自评，符合「制度健全」（2分）、「台账完整」（1分），合计3分，得3分。", sentence(sheet, "逐项得分"));
        assertEquals("经自评，制度健全，加分项「省级表彰」（1分），加1分，基础得分2分，加分1分，得3分。",
                sentence(sheet, "基础加分"));
        // each part's heading (a note) and its own facts, the part held to [0, its 分值], then the parts added
        assertEquals("经自评，分项「制度部分」（分值 2 分），制度健全，分项「扣分部分」（分值 2 分），按得分=-1分计分，即-1分，"
                + "分项「扣分部分」计算结果-1分，按0分计，各分项「制度部分」得2分、「扣分部分」得0分，合计2分，得2分。",
                sentence(sheet, "分项计分"));
    }

    @Test
    void everyKindOfFactIsMetByTheseCases() {
        Set<Class<?>> seen = new HashSet<>();
        for (ScoreSheet sheet : List.of(Quickstart.scoreGaoyi(), TestPack.sheet(), checklistCase(true), kindsCase())) {
            for (IndicatorResult leaf : sheet.leaves()) {
                for (TraceEntry e : leaf.trace().entries()) {
                    e.fact().ifPresent(f -> seen.add(f.getClass()));
                }
            }
        }
        Set<Class<?>> kinds = Arrays.stream(TraceFact.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(kinds, seen, "a kind of fact no case here produces has no tested sentence: add a case");
    }

    /**
     * One indicator of each remaining kind of step: a level chosen by the evaluator, award items, a base with a bonus
     * item, and a criterion in parts whose second part goes below 0.
     */
    private static ScoreSheet kindsCase() {
        Rule.Award system = new Rule.Award("制度健全", new Condition.IsYes("制度健全"), points("2"));
        Rule.Award ledger = new Rule.Award("台账完整", new Condition.IsYes("台账完整"), points("1"));
        Rule.Award honour = new Rule.Award("省级表彰", new Condition.IsYes("省级表彰"), points("1"));
        Rule levels = new Rule.Levels(List.of(new Rule.Level("优", points("4"), points("4")),
                new Rule.Level("良", points("3"), points("3")), new Rule.Level("差", points("0"), points("0"))));
        Rule base = new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("制度健全"), new Rule.FixedScore(
                new BigDecimal("2")))), Rule.FixedScore.zero());
        Rule parts = new Rule.Sum(List.of(new Rule.Part("制度部分", new BigDecimal("2"), new Rule.Cases(List.of(
                new Rule.Case(new Condition.IsYes("制度健全"), new Rule.FullMarks())), Rule.FixedScore.zero())),
                new Rule.Part("扣分部分", new BigDecimal("2"), new Rule.Formula(new io.perfeval.core.rule.Expr.Const(
                        io.perfeval.core.rule.Quantity.of("-1", io.perfeval.core.rule.Unit.POINT)), false))));
        RulePack pack = RulePack.builder(new PackInfo("test/kinds", "各类", "测试省", "2024", ""))
                .field(DataField.yesNo("制度健全", "")).field(DataField.yesNo("台账完整", ""))
                .field(DataField.yesNo("省级表彰", ""))
                .indicator(new Indicator.Group("管理", new BigDecimal("100"), List.of(
                        new Indicator.Leaf("等级评定", new BigDecimal("4"), "", "分为优、良、差三档。", levels),
                        new Indicator.Leaf("逐项得分", new BigDecimal("4"), "", "制度健全得2分，台账完整得1分。",
                                new Rule.Awards(List.of(system, ledger))),
                        new Indicator.Leaf("基础加分", new BigDecimal("4"), "", "制度健全得2分，获省级表彰加1分。",
                                new Rule.Bonus(base, List.of(honour), List.of(), points("1"))),
                        new Indicator.Leaf("分项计分", new BigDecimal("4"), "", "两部分分别计分。", parts),
                        // the rest of the 100 points, so that the pack is whole
                        new Indicator.Leaf("其余", new BigDecimal("84"), "", "得满分。", new Rule.FullMarks()))))
                .build();
        return pack.evaluate(EvaluationInput.builder().yes("制度健全", true).yes("台账完整", true).yes("省级表彰", true)
                .judgement("等级评定", "3", "制度基本健全").build());
    }

    private static io.perfeval.core.rule.Points points(String n) {
        return new io.perfeval.core.rule.Points.Absolute(new BigDecimal(n));
    }

    /** 资料完整性 (the whole 100 分): full marks when every item of 资料 is met, else 0 (Condition.AllItemsMet). */
    private static ScoreSheet checklistCase(boolean allMet) {
        RulePack pack = RulePack.builder(new PackInfo("test/checklist", "清单", "测试省", "2024", ""))
                .field(DataField.checklist("资料", List.of("台账完整", "凭证齐全")))
                .indicator(new Indicator.Group("管理", new BigDecimal("100"), List.of(new Indicator.Leaf("资料完整性",
                        new BigDecimal("100"), "", "资料齐全得满分，否则不得分。", new Rule.Cases(List.of(new Rule.Case(
                        new Condition.AllItemsMet("资料", List.of()), new Rule.FullMarks())), Rule.FixedScore.zero())))))
                .build();
        return pack.evaluate(EvaluationInput.builder().put("资料", allMet ? Value.Checklist.allMetExcept(2)
                : Value.Checklist.allMetExcept(2, 2)).build());
    }

    private static String sentence(ScoreSheet sheet, String indicator) {
        return Narrative.reportSentence(sheet.find(indicator).orElseThrow());
    }
}
