package io.perfeval.core;

import static io.perfeval.core.SeedFixture.cmp;
import static io.perfeval.core.SeedFixture.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.IndicatorResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 「制度健全（2分），执行到位（1分），台账完整（1分）」: the points of the items met, added up, at most the 分值; with an
 * exception inside an item (「本年未发生采购的，此项得满分」) or-ed into its condition.
 */
class AwardsTest {

    private static Rule awards(String executed) {
        Condition ledger = new Condition.Any(List.of(
                cmp(Comparison.GE, ref("台账份数"), new Expr.Const(Quantity.of("12", Unit.count("份")))),
                new Condition.Not(new Condition.IsYes("发生采购"))));
        return new Rule.Awards(List.of(
                new Rule.Award("制度健全", new Condition.IsYes("制度健全"), Points.absolute("2")),
                new Rule.Award("执行到位", new Condition.IsYes("执行到位"), Points.absolute(executed)),
                new Rule.Award("台账完整", ledger, Points.share(1, 4))));
    }

    private static RulePack pack(String executed) {
        return Single.of("4", awards(executed)).field(DataField.yesNo("制度健全", ""))
                .field(DataField.yesNo("执行到位", "")).field(DataField.yesNo("发生采购", ""))
                .field(DataField.count("台账份数", Unit.count("份"), "")).pack();
    }

    private static final RulePack EXACT = pack("1");
    private static final RulePack OVER = pack("2");

    private static EvaluationInput input(boolean rules, boolean executed, boolean purchases, String ledgers) {
        return Single.input().yes("制度健全", rules).yes("执行到位", executed).yes("发生采购", purchases)
                .number("台账份数", ledgers).build();
    }

    @ParameterizedTest(name = "制度 {0} 执行 {1} 采购 {2} 台账 {3} → {4} / {5}")
    @CsvSource({"true, true, true, 12, 4.00, 4.00", "true, true, true, 11, 3.00, 4.00",
            "true, true, true, 13, 4.00, 4.00", "true, false, true, 12, 3.00, 3.00",
            "false, true, true, 12, 2.00, 3.00", "false, false, true, 11, 0.00, 0.00",
            "false, false, false, 0, 1.00, 1.00", "true, true, false, 0, 4.00, 4.00"})
    void theItemsMetAddUpToAtMostTheMaxScore(boolean rules, boolean executed, boolean purchases, String ledgers,
                                             String exact, String over) {
        assertEquals(new BigDecimal(exact), Single.score(EXACT, input(rules, executed, purchases, ledgers)));
        assertEquals(new BigDecimal(over), Single.score(OVER, input(rules, executed, purchases, ledgers)));
    }

    @Test
    void summingToExactlyTheMaxScoreSaysNothingOfACap() {
        IndicatorResult line = Single.line(EXACT.evaluate(input(true, true, true, "12")));
        assertEquals(List.of("制度健全：是，成立", "执行到位：是，成立", "台账份数 12份 ≥ 12份，成立",
                "得分项：制度健全 2 分、执行到位 1 分、台账完整 1 分，合计得 4 分"), line.trace().lines());
    }

    @Test
    void aboveTheMaxScoreTheSumIsCappedAndTheTraceSaysSo() {
        IndicatorResult line = Single.line(OVER.evaluate(input(true, true, true, "12")));
        assertEquals(new BigDecimal("4.00"), line.score().orElseThrow());
        List<String> lines = line.trace().lines();
        assertEquals("得分项：制度健全 2 分、执行到位 2 分、台账完整 1 分，合计 5 分，超过分值 4 分，按分值计，得 4 分",
                lines.get(lines.size() - 1));
        assertEquals(List.of(), line.problems());
    }

    @Test
    void justBelowTheMaxScoreTheItemsNotMetAreLeftOut() {
        IndicatorResult line = Single.line(OVER.evaluate(input(true, false, true, "11")));
        assertEquals(List.of("制度健全：是，成立", "执行到位：否，不成立", "台账份数 11份 ≥ 12份，不成立", "发生采购：是，成立",
                "得分项：制度健全 2 分，合计得 2 分"), line.trace().lines());
    }

    @Test
    void whenNoItemIsMetTheTraceSaysSo() {
        IndicatorResult line = Single.line(EXACT.evaluate(input(false, false, true, "0")));
        List<String> lines = line.trace().lines();
        assertEquals("无得分项，得 0 分", lines.get(lines.size() - 1));
        assertTrue(line.trace().render().contains("制度健全：否，不成立"), line.trace().render());
    }
}
