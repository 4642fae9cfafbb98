package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Finding;
import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Witness;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The false claims of issue 15, each reproduced on a small pack under {@code io/perfeval/dsl/analysis/} whose header
 * says what the analysis used to claim, and what the evaluator gives instead. Each test failed before the analysis
 * made its claims only on witnesses the evaluator confirms.
 */
class AnalysisClaimsTest {

    private static RulePack pack(String name) {
        return PackCompiler.fromResource("io/perfeval/dsl/analysis/" + name + ".perfeval");
    }

    private static List<String> codes(PackAnalysis a, String indicator) {
        return a.findings().stream().filter(p -> p.subject().endsWith("/" + indicator)).map(Problem::code).toList();
    }

    private static Finding only(PackAnalysis a, String code, String indicator) {
        List<Finding> found = a.witnessed().stream().filter(f -> f.problem().code().equals(code)
                && f.problem().subject().endsWith("/" + indicator)).toList();
        assertEquals(1, found.size(), () -> code + " " + indicator + " in " + a.findings());
        return found.get(0);
    }

    private static IndicatorResult scored(RulePack pack, EvaluationInput in, String indicator) {
        return pack.evaluate(in).find(indicator).orElseThrow();
    }

    @Test
    void aJumpIsNotClaimedWhereTheEvaluatorGivesOtherScores() {
        RulePack pack = pack("w117-dependent-measures");
        PackAnalysis a = PackAnalysis.analyze(pack);
        // claimed before: 控制率在 95% 处得分跳变：95% 时 5 分，95.01% 时 0 分
        assertFalse(codes(a, "支出控制").contains("W117"), a.findings()::toString);
        assertEquals(List.of("W117"), a.unconfirmed().stream().map(Problem::code).toList());
        assertTrue(codes(a, "支出控制").contains("W123"), "the dropped claim is counted where it was");
        for (String spent : List.of("95", "95.01")) {
            EvaluationInput in = EvaluationInput.builder().number("预算数", "100").number("实际支出数", spent).build();
            assertEquals(0, scored(pack, in, "支出控制").score().orElseThrow().compareTo(BigDecimal.TEN), spent);
        }
    }

    @Test
    void aProductOfTwoMeasuresIsNotClaimedToStayAtZero() {
        RulePack pack = pack("w112-product-formula");
        PackAnalysis a = PackAnalysis.analyze(pack);
        // claimed before: 最高只能得 0 分，达不到分值 100 分
        assertFalse(codes(a, "综合得分").contains("W112"), a.findings()::toString);
        EvaluationInput real = EvaluationInput.builder().number("计划数", "100").number("完成数", "90")
                .number("满意度", "96.19").build();
        assertEquals(new BigDecimal("86.57"), scored(pack, real, "综合得分").score().orElseThrow());
        LeafSummary s = a.leaf("综合得分").orElseThrow();
        assertEquals(0, s.max().compareTo(new BigDecimal("100")));
        Witness top = s.highest().orElseThrow();
        assertEquals(0, scored(pack, top.input(), "综合得分").score().orElseThrow().compareTo(s.max()));
        // the formula does exceed the 分值 without a cap, and that is said with an input that shows it
        Witness over = only(a, "W119", "综合得分").witnesses().get(0);
        IndicatorResult r = scored(pack, over.input(), "综合得分");
        assertEquals(Status.ERROR, r.status());
        assertEquals("R004", r.problems().get(0).code());
    }

    @Test
    void anExampleIsAnInputThatExists() {
        RulePack pack = pack("w119-impossible-example");
        Finding f = only(PackAnalysis.analyze(pack), "W119", "绩效自评覆盖率");
        // claimed before: 例如 应自评项目数 = 1个，绩效自评覆盖率 = 100.01%
        assertEquals("例如 应自评项目数 = 10000个，绩效自评覆盖率 = 100.01% 时得分公式超过分值 4 分，评价标准未设上限，评分将报错（R004）",
                f.problem().message());
        Witness w = f.witnesses().get(0);
        assertEquals(new BigDecimal("10000"), number(w.input(), "应自评项目数"));
        assertEquals(new BigDecimal("10001"), number(w.input(), "已自评项目数"));
        assertTrue(pack.validate(w.input()).isEmpty());
        assertEquals(Status.ERROR, scored(pack, w.input(), "绩效自评覆盖率").status());
    }

    private static BigDecimal number(EvaluationInput in, String name) {
        return ((Value.Number) in.data().get(name)).value();
    }

    @Test
    void aDirectionIsNeverGuessedFromAName() {
        PackAnalysis a = PackAnalysis.analyze(pack("w118-stated-direction"));
        // claimed before: 与指标措辞（预算调整次数越高越好）不符, and the same of 未完成件数
        assertFalse(codes(a, "预算调整").contains("W118"), a.findings()::toString);
        assertFalse(codes(a, "完成情况").contains("W118"), a.findings()::toString);
        // a direction the wording states, against the criterion, is still found, with the two inputs that show it
        Finding f = only(a, "W118", "执行率");
        assertEquals("得分随执行率增大而随之不增，与指标措辞（执行率越高越好）不符", f.problem().message());
        assertEquals(2, f.witnesses().size());
        BigDecimal lower = f.witnesses().get(0).values().get("执行率").value();
        BigDecimal higher = f.witnesses().get(1).values().get("执行率").value();
        assertTrue(lower.compareTo(higher) < 0);
        assertTrue(f.witnesses().get(0).score().orElseThrow().compareTo(f.witnesses().get(1).score().orElseThrow()) > 0);
        // what is stated, and what a name alone never states
        assertEquals("NON_INCREASING", a.statedTrend("预算调整", "预算调整次数").orElseThrow().name());
        assertEquals("NON_INCREASING", a.statedTrend("完成情况", "未完成件数").orElseThrow().name());
        // and a count that can go below zero is one the evaluator refuses (R009), said where
        assertEquals("未完成件数 ∈ (-∞, 0件) 时按项扣分所计的数为负数，评分将报错（R009）",
                only(a, "W125", "完成情况").problem().message());
    }

    @Test
    void anOrderedLadderIsNoOverlapButTwoBandsClaimingOneValueAre() {
        PackAnalysis a = PackAnalysis.analyze(pack("w115-ladder"));
        // claimed before: 第1条与第2条在 完成率 ∈ [95%, +∞) 时同时成立
        assertFalse(codes(a, "完成率阶梯").contains("W115"), a.findings()::toString);
        Finding f = only(a, "W115", "完成率分段");
        assertEquals("第1条与第2条在 完成率 = 90% 时同时成立：按先列的第1条得 5 分，第2条则是 3 分", f.problem().message());
        Witness w = f.witnesses().get(0);
        assertEquals(2, w.holds().size(), "both clauses hold on the witness, as a probe of the evaluator shows");
        assertEquals(0, w.values().get("完成率").value().compareTo(new BigDecimal("90")));
    }

    @Test
    void noClaimOfTheseReproductionsIsLeftWithoutAWitness() {
        for (String name : List.of("w112-product-formula", "w115-ladder", "w117-dependent-measures",
                "w118-stated-direction", "w119-impossible-example")) {
            RulePack pack = pack(name);
            for (Finding f : PackAnalysis.analyze(pack).witnessed()) {
                String code = f.problem().code();
                boolean structural = List.of("W116", "W120", "W121", "W122", "W123").contains(code);
                assertEquals(structural, f.witnesses().isEmpty(), () -> name + ": " + f);
            }
        }
    }
}
