package io.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's quickstart as written there, so the README stays true. */
class QuickstartTest {

    @Test
    void theReadmeQuickstartGivesWhatTheReadmeSays() {
        RulePack pack = Quickstart.pack();
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder()
                .number("收入预算数", "1308.05")
                .number("收入预算完成数", "1308.05")
                .build());
        IndicatorResult line = sheet.find("收入预算完成率").orElseThrow();
        assertEquals(new BigDecimal("2.00"), line.score().orElseThrow());
        assertEquals(List.of("收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 1308.05 / 1308.05 × 100% = 100.00%",
                "收入预算完成率 100.00% ≥ 95%，成立", "得满分 2 分"), line.trace().lines());
    }

    @Test
    void ninetyPercentCostsHalfTheMarks() {
        ScoreSheet sheet = Quickstart.pack().evaluate(EvaluationInput.builder()
                .number("收入预算数", "1000").number("收入预算完成数", "900").build());
        assertEquals(new BigDecimal("1.00"), sheet.find("收入预算完成率").orElseThrow().score().orElseThrow());
        assertEquals("未达标", sheet.grade().orElseThrow().name());
    }
}
