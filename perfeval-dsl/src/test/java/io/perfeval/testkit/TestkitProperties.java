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
                指标内容「完成率越高越好。」
                评价标准「完成率大于或等于95%得0分，否则得满分。」
              三级：资金结余率（5）
                评价标准「根据实际情况设置」
            """, "reversed.perfeval");

    /** A pack whose rules read yes/no answers and checklist items only: no number is compared with anything. */
    static final RulePack ANSWERS = PackCompiler.compileOrThrow("""
            规则包：test/kit-answers
            名称：「只有是否与清单」
            总分：10
            数据：
              按时上报：是否
              资料：清单：「资料齐全」、「记录及时」
            指标：
            一级：管理（10）
              三级：上报（5）
                规则：分情形｛当 按时上报：得满分；其余：得 0分｝
              三级：资料（5）
                规则：扣分｛按项「不符合项」 不符合项数（资料） 扣 2.5分｝ 扣完为止
            """, "answers.perfeval");

    /**
     * A pack built in code with bounds the DSL does not declare: a percentage of at most 100, a series of at most
     * 50% per quarter, a quantity between 5 and 10. Generated inputs used to step past them (quarters up to 100%).
     */
    static final RulePack BOUNDED = boundedPack();

    private static RulePack boundedPack() {
        io.perfeval.core.rule.Unit pct = io.perfeval.core.rule.Unit.PERCENT;
        io.perfeval.core.DataField share = new io.perfeval.core.DataField("满意度", io.perfeval.core.DataType.PERCENTAGE,
                pct, "", java.util.List.of(), java.util.List.of(), BigDecimal.ZERO, new BigDecimal("100"));
        io.perfeval.core.DataField quarters = new io.perfeval.core.DataField("进度", io.perfeval.core.DataType.SERIES,
                pct, "", java.util.List.of(), java.util.List.of("第一季度", "第二季度"), BigDecimal.ZERO,
                new BigDecimal("50"));
        io.perfeval.core.DataField days = new io.perfeval.core.DataField("天数", io.perfeval.core.DataType.QUANTITY,
                io.perfeval.core.rule.Unit.DAY, "", java.util.List.of(), java.util.List.of(), new BigDecimal("5"),
                new BigDecimal("10"));
        io.perfeval.core.rule.Expr.Const hundred = new io.perfeval.core.rule.Expr.Const(
                io.perfeval.core.rule.Quantity.percent("100"));
        io.perfeval.core.rule.Rule rule = new io.perfeval.core.rule.Rule.Cases(java.util.List.of(
                new io.perfeval.core.rule.Rule.Case(new io.perfeval.core.rule.Condition.Compare(
                        io.perfeval.core.rule.Condition.Comparison.GE, new io.perfeval.core.rule.Expr.PeriodValue("进度",
                        "第二季度"), new io.perfeval.core.rule.Expr.Const(io.perfeval.core.rule.Quantity.percent("50"))),
                        new io.perfeval.core.rule.Rule.FullMarks()),
                new io.perfeval.core.rule.Rule.Case(new io.perfeval.core.rule.Condition.Compare(
                        io.perfeval.core.rule.Condition.Comparison.GE, new io.perfeval.core.rule.Expr.Ref("满意度"),
                        hundred), new io.perfeval.core.rule.Rule.FullMarks()),
                new io.perfeval.core.rule.Rule.Case(new io.perfeval.core.rule.Condition.Compare(
                        io.perfeval.core.rule.Condition.Comparison.LE, new io.perfeval.core.rule.Expr.Ref("天数"),
                        new io.perfeval.core.rule.Expr.Const(io.perfeval.core.rule.Quantity.of("5",
                                io.perfeval.core.rule.Unit.DAY))), new io.perfeval.core.rule.Rule.FullMarks())),
                io.perfeval.core.rule.Rule.FixedScore.zero());
        return RulePack.builder(new io.perfeval.core.PackInfo("test/kit-bounded", "有界", "", "", ""))
                .totalScore(BigDecimal.TEN).field(share).field(quarters).field(days)
                .indicator(new io.perfeval.core.Indicator.Group("一级", BigDecimal.TEN, java.util.List.of(
                        new io.perfeval.core.Indicator.Leaf("有界指标", BigDecimal.TEN, "", "", rule)))).build();
    }

    @Provide
    Arbitrary<EvaluationInput> bounded() {
        return PackArbitraries.inputs(BOUNDED);
    }

    @Property(tries = 200)
    void generatedInputsStayInsideTheDeclaredBounds(@ForAll("bounded") EvaluationInput input) {
        assertTrue(BOUNDED.validate(input).isEmpty(), () -> BOUNDED.validate(input).toString());
    }

    @Example
    void aPackOfAnswersOnlyGetsACaseForEveryCombinationAndNoException() {
        Set<String> seen = new TreeSet<>();
        PackArbitraries.thresholdCases(ANSWERS).sampleStream().limit(200).forEach(c -> {
            assertTrue(ANSWERS.validate(c.input()).isEmpty());
            PackProperties.exactAtThreshold(ANSWERS, c);
            seen.add(c.indicator() + " " + c.axis());
        });
        assertEquals(Set.of("上报 按时上报=是", "上报 按时上报=否", "资料 资料#1=是，资料#2=是", "资料 资料#1=否，资料#2=是",
                "资料 资料#1=是，资料#2=否", "资料 资料#1=否，资料#2=否"), seen);
        PackArbitraries.monotonePairs(ANSWERS).sampleStream().limit(20).forEach(p -> PackProperties.monotone(ANSWERS, p));
        PackArbitraries.inputs(ANSWERS).sampleStream().limit(20).forEach(in -> PackProperties.check(ANSWERS, in));
    }

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
