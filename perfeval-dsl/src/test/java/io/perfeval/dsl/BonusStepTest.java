package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading 50 (README §3): 「大于目标值的，每增加1%加1分，最高加2分」 — points added per step beyond the condition's bound,
 * counted as step deductions count them. Wordings from 衢州's 2016 城乡规划 assessment table (holdout2 H2-016…H2-019).
 */
class BonusStepTest {

    private static String pack(String policy, String criterion) {
        return "规则包：t/bonus-step\n名称：「按档加分」\n总分：5\n" + policy + "数据：\n  编制率：百分比\n  目标值：百分比\n"
                + "指标：\n一级：「编制率」（5）\n  评价标准「" + criterion + "」\n  计分对象：编制率\n  达标：编制率 ≥ 目标值\n";
    }

    private static RulePack compiled(String text) {
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        assertTrue(r.pack().isPresent(), () -> r.problems().toString());
        return r.pack().get();
    }

    private static BigDecimal score(RulePack pack, String rate, String target) {
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().number("编制率", rate).number("目标值", target).build());
        return sheet.total().orElseThrow(() -> new AssertionError(sheet.problems().toString()));
    }

    private static void scores(RulePack pack, String... rateTargetExpected) {
        for (int i = 0; i < rateTargetExpected.length; i += 3) {
            BigDecimal got = score(pack, rateTargetExpected[i], rateTargetExpected[i + 1]);
            assertEquals(0, new BigDecimal(rateTargetExpected[i + 2]).compareTo(got),
                    rateTargetExpected[i] + " / " + rateTargetExpected[i + 1] + " gave " + got);
        }
    }

    private static final String H2_016 = "完成得基本分;大于目标值的,每增加1%加1分,最高加2分;小于目标值的,每少1%扣1分,"
            + "扣分至基本分值扣完为止。";

    @Test
    void stepsAboveADeclaredTargetAddPointsUpToTheirCap() {
        RulePack pack = compiled(pack("加分：可超过分值\n", H2_016));
        Rule rule = pack.leaves().get(0).rule();
        assertTrue(rule instanceof Rule.Bonus b && b.terms().size() == 1 && b.awards().isEmpty(), rule::toString);
        // 基本分 5; +1 per percentage point above the target, at most +2; −1 per point below it, down to 0
        scores(pack, "98", "98", "5", "99", "98", "6", "100", "98", "7", "97", "98", "4", "95", "98", "2",
                "93", "98", "0", "80", "98", "0", "98.5", "98", "5.5", "97.5", "98", "4.5");
    }

    @Test
    void withinTheMaxScoreTheBonusOnlyMakesUpLostPoints() {
        RulePack pack = compiled(pack("加分：不超过分值\n", H2_016));
        scores(pack, "100", "98", "5", "97", "98", "4");
    }

    @Test
    void stepsThatAddPointsNeedTheBonusPolicyDeclared() {
        // under the default policy the steps beyond the target (where full marks already are) would add nothing: the
        // table's 基本分 plus bonus would silently score as if the bonus were not written
        CompileResult r = PackCompiler.compile(pack("", H2_016), "t.perfeval");
        assertTrue(r.pack().isEmpty());
        assertEquals(List.of("D065"), r.problems().stream().map(p -> p.code()).toList());
        assertTrue(r.problems().get(0).location().isPresent(), r.problems()::toString);
    }

    @Test
    void aBoundWrittenInTheConditionIsWhereTheStepsCountFrom() {
        RulePack pack = compiled(pack("加分：可超过分值\n",
                "编制率达到90%的，得满分；超过90%的，每增加2个百分点加0.5分，最高加1分。"));
        scores(pack, "90", "0", "5", "94", "0", "6", "100", "0", "6");
    }

    @Test
    void withoutACapTheStepsAddAtMostTheMaxScore() {
        RulePack pack = compiled(pack("加分：可超过分值\n", "完成得基本分,大于目标值的,每增加5%加1分。"));
        scores(pack, "98", "98", "5", "100", "90", "7", "100", "50", "10");
        String explained = Explanation.restatements(pack("加分：可超过分值\n", "完成得基本分,大于目标值的,每增加5%加1分。"),
                "t.perfeval").toString();
        assertTrue(explained.contains("加分最多为分值") && explained.contains("每 5% 加 1 分"), explained);
    }

    @Test
    void aBonusStepWithNothingToCountFromIsRefused() {
        CompileResult r = PackCompiler.compile(pack("", "每增加1%加1分,最高加2分。"), "t.perfeval");
        assertTrue(r.pack().isEmpty());
        assertEquals(List.of("D032"), r.problems().stream().map(p -> p.code()).distinct().toList());
    }

    @Test
    void theCanonicalFormReadsBackToTheSameRule() {
        RulePack pack = compiled(pack("加分：可超过分值\n", H2_016));
        String printed = PackPrinter.print(pack);
        assertTrue(printed.contains("加分｛按档 编制率 高于 目标值 每 1% 加 1分 按实际折算｝ 最多 加 2分"), printed);
        RulePack again = compiled(printed);
        assertEquals(pack.leaves().get(0).rule(), again.leaves().get(0).rule());
    }

    @Test
    void pointsPerCountAreABonusTooAndPrintBack() {
        // reading 51: 每次加1分 counts as 每次扣1分 counts (here 计分对象, reading 31), its points added
        String text = "规则包：t/bonus-count\n名称：「按次加分」\n总分：10\n加分：可超过分值\n数据：\n  表彰次数：数量（次）\n"
                + "指标：\n一级：「工作成效」（10）\n  评价标准「获得市级表彰的，每次加1分，最高加3分。」\n  计分对象：表彰次数\n";
        RulePack pack = compiled(text);
        Rule rule = pack.leaves().get(0).rule();
        assertTrue(rule instanceof Rule.Bonus b && b.terms().get(0) instanceof io.perfeval.core.rule.DeductionTerm.PerCount,
                rule::toString);
        for (String[] c : new String[][] {{"0", "0"}, {"2", "2"}, {"5", "3"}}) {
            ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().number("表彰次数", c[0]).build());
            assertEquals(0, new BigDecimal(c[1]).compareTo(sheet.total().orElseThrow()), c[0]);
        }
        String printed = PackPrinter.print(pack);
        assertTrue(printed.contains("加分｛按项 「获得市级表彰」 表彰次数 加 1分｝ 最多 加 3分"), printed);
        assertEquals(rule, compiled(printed).leaves().get(0).rule());
    }

    @Test
    void addedUpToNPointsIsTheBonusCap() {
        // 「加到1分为止」「加满1分为止」 say what 「最高加1分」 says
        String head = "规则包：t/bonus-cap\n名称：「加到为止」\n总分：10\n加分：可超过分值\n数据：\n  表彰次数：数量（次）\n"
                + "指标：\n一级：「工作成效」（10）\n  评价标准「";
        String tail = "」\n  计分对象：表彰次数\n";
        Rule most = compiled(head + "获得市级表彰的，每次加0.5分，最高加1分。" + tail).leaves().get(0).rule();
        for (String cap : List.of("加到1分为止", "加满1分为止", "加分至1分为止", "加到1分")) {
            assertEquals(most, compiled(head + "获得市级表彰的，每次加0.5分，" + cap + "。" + tail).leaves().get(0).rule(),
                    cap);
        }
    }
}
