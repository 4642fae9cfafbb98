package io.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's quickstart and checks the results the README shows, so the README stays true. */
class QuickstartTest {

    @Test
    void theGaoyiCaseGivesWhatTheReadmeSays() {
        ScoreSheet sheet = Quickstart.scoreGaoyi();
        assertEquals(new BigDecimal("95.60"), sheet.total().orElseThrow());
        assertEquals("优秀", sheet.grade().orElseThrow().name());
        assertEquals(List.of("资金结余结转率：自评 1.5 分，按评价标准应得 0.6 分（相差 +0.9 分）",
                "合计：自评 96.5 分，按评价标准应得 95.6 分（相差 +0.9 分）"),
                sheet.findings().stream().map(AuditFinding::render).toList());
    }

    @Test
    void theOfficialCriterionCompilesAndScoresAsTheReadmeSays() {
        ScoreSheet sheet = Quickstart.scoreOneCriterion();
        IndicatorResult line = sheet.find("收入预算完成率").orElseThrow();
        assertEquals(new BigDecimal("1.00"), line.score().orElseThrow());
        assertEquals(List.of(
                "收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 900 / 1000 × 100% = 90.00%",
                "收入预算完成率 90.00% ≥ 95%，不成立",
                "收入预算完成率 90.00% ≤ 85%，不成立",
                "收入预算完成率 90.00% ≥ 85%，成立",
                "收入预算完成率 90.00% ≤ 95%，成立",
                "收入预算完成率 90.00% 低于 95% 5个百分点，每 1个百分点为一档（按实际偏离折算） 5 档 × 0.2 分 = 扣 1 分",
                "分值 2 分减扣分 1 分，得 1 分"), line.trace().lines());
        assertEquals("不合格", sheet.grade().orElseThrow().name());
    }
}
