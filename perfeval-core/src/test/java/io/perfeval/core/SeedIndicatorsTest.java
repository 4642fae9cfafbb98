package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.Value;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's facts through hand-built trees: the scores, the traces a reviewer reads, and the audit. */
class SeedIndicatorsTest {

    private static IndicatorResult line(ScoreSheet sheet, String name) {
        return sheet.find(name).orElseThrow();
    }

    @Test
    void revenueCompletionIsFullMarksWithATraceThatShowsTheArithmetic() {
        ScoreSheet sheet = SeedFixture.pack(StepCounting.STARTED).evaluate(SeedFixture.gaoyi().build());
        IndicatorResult r = line(sheet, "收入预算完成率");
        assertEquals(new BigDecimal("2.00"), r.score().orElseThrow());
        assertEquals(List.of(
                "收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 1308.05 / 1308.05 × 100% = 100.00%",
                "收入预算完成率 100.00% ≥ 95%，成立",
                "得满分 2 分"), r.trace().lines());
    }

    @Test
    void carryOverRateIsComputedFromRawAmountsAndBandedAsDeclared() {
        // 结转结余总额 = 98.12 + 1308.05 − 906.09 = 500.08; 支出预算数 = 1308.05 + 98.12 = 1406.17; 35.56%.
        // 30.56 points above 5% is 6.112 bands of five points.
        ScoreSheet started = SeedFixture.pack(StepCounting.STARTED).evaluate(SeedFixture.gaoyi().build());
        IndicatorResult r = line(started, "资金结余结转率");
        assertEquals(new BigDecimal("0.60"), r.score().orElseThrow(), "7 bands begun × 0.2");
        assertTrue(r.trace().lines().contains("结转结余率 = 结转结余总额 / 支出预算数 × 100% = 500.08 / 1406.17 × 100% = 35.56%"),
                r.trace().lines().toString());
        assertTrue(r.trace().render().contains("结转结余率 35.56% 高于 5% 30.56个百分点，每 5个百分点为一档（不足一档按一档计） 7 档 × 0.2 分 = 扣 1.4 分"),
                r.trace().render());

        ScoreSheet completed = SeedFixture.pack(StepCounting.COMPLETED).evaluate(SeedFixture.gaoyi().build());
        assertEquals(new BigDecimal("0.80"), line(completed, "资金结余结转率").score().orElseThrow(), "6 whole bands");
        ScoreSheet proportional = SeedFixture.pack(StepCounting.PROPORTIONAL).evaluate(SeedFixture.gaoyi().build());
        // 2 − 6.112 × 0.2 = 0.7776 → 0.78 (two decimals, half-up)
        assertEquals(new BigDecimal("0.78"), line(proportional, "资金结余结转率").score().orElseThrow());
    }

    @Test
    void complianceChecklistDeductsPerFailedItemAndStopsAtZero() {
        RulePack pack = SeedFixture.pack(StepCounting.STARTED);
        assertEquals(new BigDecimal("4.00"),
                line(pack.evaluate(SeedFixture.gaoyi().build()), "资金使用合规性").score().orElseThrow());
        IndicatorResult two = line(pack.evaluate(SeedFixture.gaoyi()
                .put("资金使用合规性", Value.Checklist.allMetExcept(8, 5, 7)).build()), "资金使用合规性");
        assertEquals(new BigDecimal("3.00"), two.score().orElseThrow());
        assertTrue(two.trace().render().contains("第5项「是否存在截留支出情况」"), two.trace().render());
        assertTrue(two.trace().render().contains("不符合项 2项 × 0.5 分 = 扣 1 分"), two.trace().render());
        IndicatorResult all = line(pack.evaluate(SeedFixture.gaoyi()
                .put("资金使用合规性", Value.Checklist.allMetExcept(8, 1, 2, 3, 4, 5, 6, 7, 8)).build()), "资金使用合规性");
        assertEquals(new BigDecimal("0.00"), all.score().orElseThrow());
    }

    @Test
    void subtotalsTotalAndGradeFollowFromTheLeaves() {
        ScoreSheet sheet = SeedFixture.pack(StepCounting.STARTED).evaluate(SeedFixture.gaoyi().build());
        assertEquals(new BigDecimal("6.60"), line(sheet, "预算执行").score().orElseThrow());
        assertEquals(new BigDecimal("6.60"), line(sheet, "过程").score().orElseThrow());
        assertEquals(new BigDecimal("86.60"), sheet.total().orElseThrow());
        assertEquals("优秀", sheet.grade().orElseThrow().name());
    }

    @Test
    void auditListsTheSeedSelfScoreThatItsOwnRuleDoesNotGive() {
        // The seed reports 1.5 for 资金结余结转率 at 35%; no reading of its band rule gives more than 0.8.
        ScoreSheet sheet = SeedFixture.pack(StepCounting.STARTED).evaluate(SeedFixture.gaoyi()
                .selfScore("收入预算完成率", "2").selfScore("资金结余结转率", "1.5").selfScore("资金使用合规性", "4")
                .build());
        assertEquals(1, sheet.findings().size());
        AuditFinding f = sheet.findings().get(0);
        assertEquals("资金结余结转率", f.name());
        assertEquals(new BigDecimal("0.90"), f.difference().orElseThrow());
        assertEquals("资金结余结转率：自评 1.5 分，按评价标准应得 0.6 分（相差 +0.9 分）", f.render());
    }
}
