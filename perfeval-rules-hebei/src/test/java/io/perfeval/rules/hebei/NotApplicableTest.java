package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.RulePack;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Zero denominators in the Shijiazhuang pack: each ratio indicator declares 不适用条件, so a zero budget or count makes
 * the indicator 不适用 and the pack's 按比例折算 rescales the total over the applicable 分值 — never a silent full or zero
 * score, never a division error.
 */
class NotApplicableTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();

    /** The Gaoyi case with {@code /group/key} set to 0 (and, when given, {@code /group/other} too). */
    private static ScoreSheet gaoyiWithZero(String group, String key, String other) throws Exception {
        String json = DepartmentInputJsonTest.gaoyiEdited(root -> {
            ObjectNode g = (ObjectNode) root.get(group);
            g.put(key, BigDecimal.ZERO);
            if (!other.isEmpty()) {
                g.put(other, BigDecimal.ZERO);
            }
        });
        return PACK.evaluate(DepartmentInputJson.read(json, "zero.json").toEvaluationInput());
    }

    @ParameterizedTest(name = "{0}/{1} = 0 → {3} 不适用")
    @CsvSource({
        "三公经费, 预算数, 实际支出数, “三公经费”控制率, 未安排“三公经费”预算，也没有支出",
        "政府采购, 预算数, 实际金额, 政府采购执行率, 未编制政府采购预算，也没有采购",
        "意见建议, 总数, 采纳数, 评价结果应用率, 评价未提出意见建议",
    })
    void aZeroDenominatorMakesTheIndicatorNotApplicableAndTheTotalIsRescaled(String group, String key, String other,
            String indicator, String reason) throws Exception {
        ScoreSheet base = PACK.evaluate(DepartmentInputJson.read(DepartmentInputJsonTest.gaoyiJson(), "gaoyi")
                .toEvaluationInput());
        ScoreSheet sheet = gaoyiWithZero(group, key, other);
        IndicatorResult line = sheet.find(indicator).orElseThrow();
        assertEquals(Status.NOT_APPLICABLE, line.status(), line.trace().render());
        assertTrue(line.score().isEmpty());
        assertTrue(line.trace().render().contains(reason), line.trace().render());
        assertTrue(line.trace().render().contains("按比例折算"), line.trace().render());

        // expected: every other indicator keeps its Gaoyi score; the sum is rescaled from (100 − 分值) to 100
        BigDecimal baseLine = base.find(indicator).orElseThrow().score().orElseThrow();
        BigDecimal applicable = new BigDecimal("100").subtract(line.maxScore());
        BigDecimal expected = base.total().orElseThrow().subtract(baseLine).multiply(new BigDecimal("100"))
                .divide(applicable, 2, RoundingMode.HALF_UP);
        assertEquals(0, applicable.compareTo(sheet.applicableMax()));
        assertTrue(sheet.rescaled());
        assertEquals(expected, sheet.total().orElseThrow());
        assertTrue(sheet.gradeStatement().contains("按比例折算"), sheet.gradeStatement());
        assertEquals(List.of(), sheet.problems().stream().filter(p -> p.isError()).toList());
    }

    @Test
    void noProjectsToSelfEvaluateMakesTheCoverageNotApplicable() throws Exception {
        String json = DepartmentInputJsonTest.gaoyiEdited(root -> root.putArray("分项绩效项目清单"));
        ScoreSheet sheet = PACK.evaluate(DepartmentInputJson.read(json, "none.json")
                .toEvaluationInput());
        IndicatorResult line = sheet.find("绩效自评覆盖率").orElseThrow();
        assertEquals(Status.NOT_APPLICABLE, line.status(), line.trace().render());
        assertTrue(sheet.complete());
        assertTrue(sheet.rescaled());
    }

    @Test
    void aNonZeroBudgetStillFollowsTheOfficialCriterion() throws Exception {
        String json = DepartmentInputJsonTest.gaoyiEdited(root ->
                ((ObjectNode) root.get("三公经费")).put("预算数", new BigDecimal("0.01"))
                        .put("实际支出数", new BigDecimal("0.02")));
        ScoreSheet sheet = PACK.evaluate(DepartmentInputJson.read(json, "x.json")
                .toEvaluationInput());
        IndicatorResult line = sheet.find("“三公经费”控制率").orElseThrow();
        // 200% control rate: 100 points over, far beyond the 2 points the steps can take (扣完为止)
        assertEquals(Status.SCORED, line.status());
        assertEquals(0, line.score().orElseThrow().signum());
        assertFalse(sheet.rescaled());
    }

    /**
     * Issue 17, finding 8: a 三公经费 budget of 0 with money spent was read as 不适用 and raised the total (93.60 → 93.47
     * rescaled became higher than scoring it); spending with no budget is the worst case, 0 points. The same for
     * procurement without a procurement budget.
     */
    @ParameterizedTest(name = "{0}/{1} = 0 with {2} spent → {3} scores 0")
    @CsvSource({
        "三公经费, 预算数, 实际支出数, “三公经费”控制率",
        "政府采购, 预算数, 实际金额, 政府采购执行率",
    })
    void spendingWithoutABudgetScoresZeroAndIsNotExcused(String group, String key, String spent, String indicator)
            throws Exception {
        ScoreSheet excused = gaoyiWithZero(group, key, spent);
        String json = DepartmentInputJsonTest.gaoyiEdited(root ->
                ((ObjectNode) root.get(group)).put(key, BigDecimal.ZERO).put(spent, new BigDecimal("9.738")));
        ScoreSheet sheet = PACK.evaluate(DepartmentInputJson.read(json, "x.json")
                .toEvaluationInput());
        IndicatorResult line = sheet.find(indicator).orElseThrow();
        assertEquals(Status.SCORED, line.status(), line.trace().render());
        assertEquals(0, line.score().orElseThrow().signum(), line.trace().render());
        assertFalse(sheet.rescaled());
        assertTrue(sheet.total().orElseThrow().compareTo(excused.total().orElseThrow()) < 0,
                sheet.total() + " must be below the total with nothing spent " + excused.total());
        ScoreSheet base = PACK.evaluate(DepartmentInputJsonTest.gaoyi().toEvaluationInput());
        // exactly the Gaoyi total less what the indicator scored there
        assertEquals(base.total().orElseThrow().subtract(base.find(indicator).orElseThrow().score().orElseThrow()),
                sheet.total().orElseThrow());
    }

    /** The rates just over 100 % still follow the official criteria (the threshold cases no longer reach them). */
    @ParameterizedTest(name = "{0} 100.01% → {3}")
    @CsvSource({
        "三公经费, 实际支出数, “三公经费”控制率, 1.99",
        "政府采购, 实际金额, 政府采购执行率, 2.00",
    })
    void ratesJustOverAHundredPercentFollowTheCriterion(String group, String spent, String indicator, String score)
            throws Exception {
        String json = DepartmentInputJsonTest.gaoyiEdited(root ->
                ((ObjectNode) root.get(group)).put("预算数", new BigDecimal("100")).put(spent, new BigDecimal("100.01")));
        ScoreSheet sheet = PACK.evaluate(DepartmentInputJson.read(json, "x.json")
                .toEvaluationInput());
        assertEquals(new BigDecimal(score), sheet.find(indicator).orElseThrow().score().orElseThrow());
    }
}
