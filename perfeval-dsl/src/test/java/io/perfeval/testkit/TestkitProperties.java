package io.perfeval.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.TraceEntry;
import io.perfeval.dsl.PackCompiler;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The kit on two small packs: one as officials write it, one whose score falls as its 完成率 rises. */
class TestkitProperties {

    private static final String HEAD = """
            规则包：test/kit
            名称：「测试包」
            总分：10
            数据：
              计划数：金额（万元）
              完成数：金额（万元）
              年初结转：金额（万元）
              本年支出：金额（万元）
            计算：
              完成率 = 完成数 / 计划数 × 100%，保留两位小数
              结余率 = (年初结转 + 完成数 − 本年支出) / (计划数 + 年初结转) × 100%，保留两位小数
            指标：
            一级：执行（10）
            """;

    static final RulePack GOOD = PackCompiler.compileOrThrow(HEAD + """
              三级：收入完成率（5）
                评价标准「1、完成率大于或等于95%得满分；2、完成率小于或等于85%的得0分；3、完成率在85%—95%之间的，在0分和满分之间确定；每降低一个百分点，扣分值的十分之一。」
              三级：资金结余率（5）
                评价标准「1. 结余率小于或等于5%的，得满分；2. 结余率大于或等于50%的，得0分；3. 结余率在5%-50%之间的，在满分和0之间计算确定；每五个百分点为档，每档扣分值的十分之一。」
                档的计法：不足一档按一档计
            """, "good.perfeval");

    static final RulePack REVERSED = PackCompiler.compileOrThrow(HEAD + """
              三级：收入完成率（5）
                评价标准「完成率大于或等于95%得0分，否则得满分。」
              三级：资金结余率（5）
                评价标准「根据实际情况设置」
            """, "reversed.perfeval");

    @Provide
    Arbitrary<EvaluationInput> inputs() {
        return PackArbitraries.inputs(GOOD);
    }

    @Provide
    Arbitrary<ThresholdCase> thresholds() {
        return PackArbitraries.thresholdCases(GOOD);
    }

    @Property(tries = 200)
    void generatedInputsAreValidAndThePackHolds(@ForAll("inputs") EvaluationInput input) {
        assertTrue(GOOD.validate(input).isEmpty(), () -> GOOD.validate(input).toString());
        PackProperties.check(GOOD, input);
    }

    @Property(tries = 200)
    void aThresholdCaseReachesItsMeasureExactly(@ForAll("thresholds") ThresholdCase c) {
        ScoreSheet sheet = GOOD.evaluate(c.input());
        BigDecimal figure = sheet.figures().stream().filter(f -> f.name().equals(c.axis()))
                .map(TraceEntry.Computed::value).findFirst().orElseThrow().value();
        assertEquals(0, figure.compareTo(c.value()), () -> c + " computed " + figure);
        PackProperties.exactAtThreshold(GOOD, c);
    }

    @Example
    void thresholdCasesVisitEveryThresholdAndBothNeighbours() {
        Set<String> seen = PackArbitraries.thresholdCases(GOOD).sampleStream().limit(400)
                .map(c -> c.axis() + "=" + c.value().stripTrailingZeros().toPlainString())
                .collect(Collectors.toCollection(TreeSet::new));
        for (String v : new String[] {"完成率=84.99", "完成率=85", "完成率=85.01", "完成率=94.99", "完成率=95",
                "完成率=95.01", "结余率=4.99", "结余率=5", "结余率=5.01", "结余率=49.99", "结余率=50", "结余率=50.01"}) {
            assertTrue(seen.contains(v), v + " not in " + seen);
        }
    }

    @Example
    void aScoreThatFallsAsTheRateRisesIsCaughtByTheMonotoneProperty() {
        assertTrue(PackAnalysis.analyze(REVERSED).findings().stream().anyMatch(p -> p.code().equals("W118")));
        long caught = PackArbitraries.monotonePairs(REVERSED).sampleStream().limit(300).filter(pair -> {
            try {
                PackProperties.monotone(REVERSED, pair);
                return false;
            } catch (AssertionError e) {
                return true;
            }
        }).count();
        assertTrue(caught > 0, "no pair crossed 95% in 300 tries");
        PackArbitraries.monotonePairs(GOOD).sampleStream().limit(300).forEach(p -> PackProperties.monotone(GOOD, p));
    }
}
