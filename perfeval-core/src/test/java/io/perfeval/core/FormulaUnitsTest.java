package io.perfeval.core;

import static io.perfeval.core.SeedFixture.bin;
import static io.perfeval.core.SeedFixture.cmp;
import static io.perfeval.core.SeedFixture.pct;
import static io.perfeval.core.SeedFixture.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Formulas with units in either order (分值 × A / B as A / B × 分值, 条数 × 0.5分, (A × B) / C), and the smaller, the
 * larger and the absolute value: 「超过100%以100%计算」, 「得分=(1-5×偏差率)×分值」, 偏差率 = |实际值 − 目标值| / 目标值.
 */
class FormulaUnitsTest {

    private static final Expr MAX = new Expr.MaxScore();

    private static Expr points(String p) {
        return new Expr.Const(Quantity.of(p, Unit.POINT));
    }

    private static Single amounts(Expr score, boolean cap) {
        return Single.of("4", new Rule.Formula(score, cap)).field(DataField.amount("已完成", ""))
                .field(DataField.amount("计划", ""));
    }

    @ParameterizedTest(name = "已完成 {0} / 计划 {1} → {2}")
    @CsvSource({"3, 4, 3.00", "1, 3, 1.33", "2, 3, 2.67", "4, 4, 4.00", "0, 4, 0.00", "5, 4, 4.00",
            "1308.05, 1406.17, 3.72"})
    void theMaxScoreTimesAQuotientOfAmountsIsPointsInEitherOrder(String done, String planned, String expected) {
        Expr first = bin(ArithmeticOp.DIVIDE, bin(ArithmeticOp.MULTIPLY, MAX, ref("已完成")), ref("计划"));
        Expr last = bin(ArithmeticOp.MULTIPLY, bin(ArithmeticOp.DIVIDE, ref("已完成"), ref("计划")), MAX);
        for (Expr score : List.of(first, last)) {
            RulePack pack = amounts(score, true).pack();
            assertEquals(new BigDecimal(expected), Single.score(pack, Single.input().number("已完成", done)
                    .number("计划", planned).build()), ExprText.symbolic(score));
        }
    }

    @Test
    void theTraceShowsTheFormulaAsWritten() {
        Expr first = bin(ArithmeticOp.DIVIDE, bin(ArithmeticOp.MULTIPLY, MAX, ref("已完成")), ref("计划"));
        IndicatorResult line = Single.line(amounts(first, true).pack().evaluate(Single.input().number("已完成", "3")
                .number("计划", "4").build()));
        assertEquals(List.of("得分 = 分值 × 已完成 / 计划 = 4 × 3 / 4，得 3 分"), line.trace().lines());
    }

    @ParameterizedTest(name = "{0} 条 → {1}")
    @CsvSource({"0, 0.00", "3, 1.50", "7, 3.50", "8, 4.00", "9, 4.00", "20, 4.00"})
    void aCountTimesPointsIsPoints(String count, String expected) {
        // 每采纳一条得0.5分，最高4分
        Rule rule = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, ref("采纳条数"), points("0.5")), true);
        RulePack pack = Single.of("4", rule).field(DataField.count("采纳条数", Unit.count("条"), "")).pack();
        assertEquals(new BigDecimal(expected), Single.score(pack, Single.input().number("采纳条数", count).build()));
    }

    @ParameterizedTest(name = "单价 {0} × 数量 {1} ≤ 预算 10 → {2}")
    @CsvSource({"2.5, 4, 2.00", "2.5025, 4, 0.00", "2.4975, 4, 2.00", "3, 3, 2.00", "3.34, 3, 0.00"})
    void aProductWithACountComparesWithAnAmount(String price, String count, String expected) {
        Expr cost = bin(ArithmeticOp.MULTIPLY, ref("单价"), ref("数量"));
        Rule rule = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.LE, cost, ref("预算")), new Rule.FullMarks())),
                Rule.FixedScore.zero());
        RulePack pack = Single.of("2", rule).field(DataField.amount("单价", "")).field(DataField.amount("预算", ""))
                .field(DataField.count("数量", Unit.ITEM, "")).pack();
        assertEquals(new BigDecimal(expected), Single.score(pack, Single.input().number("单价", price)
                .number("数量", count).number("预算", "10").build()));
    }

    @Test
    void quantitiesWhoseDimensionsCancelGiveWhatIsLeft() {
        // (A × B) / C in 万元, an amount per person in 万元
        Expr squared = bin(ArithmeticOp.DIVIDE, bin(ArithmeticOp.MULTIPLY, ref("甲"), ref("甲")), ref("乙"));
        Expr perHead = bin(ArithmeticOp.DIVIDE, ref("甲"), ref("人数"));
        Rule rule = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, ref("人均"),
                new Expr.Const(Quantity.of("1.5", Unit.WAN_YUAN))), new Rule.FullMarks())), Rule.FixedScore.zero());
        Single s = Single.of("2", rule).field(DataField.amount("甲", "")).field(DataField.amount("乙", ""))
                .field(DataField.count("人数", Unit.count("人"), ""))
                .measure(new Measure("折算", squared, Unit.WAN_YUAN, 2, ""))
                .measure(new Measure("人均", perHead, Unit.WAN_YUAN, 2, ""));
        ScoreSheet sheet = s.pack().evaluate(Single.input().number("甲", "3").number("乙", "2").number("人数", "2")
                .build());
        assertEquals(List.of("折算 = 甲 × 甲 / 乙 = 3 × 3 / 2 = 4.50万元", "人均 = 甲 / 人数 = 3 / 2 = 1.50万元"),
                sheet.figures().stream().map(c -> c.render()).toList());
        assertEquals(new BigDecimal("2.00"), Single.line(sheet).score().orElseThrow());
        assertEquals(new BigDecimal("0.00"), Single.score(s.pack(), Single.input().number("甲", "3")
                .number("乙", "2").number("人数", "3").build()));
    }

    @ParameterizedTest(name = "完成率 {0}% → {1}")
    @CsvSource({"120, 4.00", "100.01, 4.00", "100, 4.00", "99.99, 4.00", "99.5, 3.98", "50, 2.00", "0, 0.00"})
    void theSmallerOfARateAndAHundredPercentCapsTheFormula(String rate, String expected) {
        // 「超过100%以100%计算」: no cap on the rule (R004 otherwise), the Min keeps it within the 分值
        Rule rule = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, new Expr.Min(ref("完成率"), pct("100")), MAX), false);
        RulePack pack = Single.of("4", rule).field(DataField.percentage("完成率", "")).pack();
        IndicatorResult line = Single.line(pack.evaluate(Single.input().number("完成率", rate).build()));
        assertEquals(new BigDecimal(expected), line.score().orElseThrow());
        if (rate.equals("120")) {
            assertEquals(List.of("得分 = 较小值(完成率, 100%) × 分值 = 较小值(120%, 100%) × 4，得 4 分"),
                    line.trace().lines());
        }
    }

    /** 偏差率 = |实际值 − 目标值| / 目标值 × 100%; 得分 = 较大值(1 − 5 × 偏差率, 0) × 分值. */
    @ParameterizedTest(name = "实际 {0} → 偏差率 {1}, {2}")
    @CsvSource({"100, 0.00%, 4.00", "96, 4.00%, 3.20", "104, 4.00%, 3.20", "90, 10.00%, 2.00", "110, 10.00%, 2.00",
            "80.01, 19.99%, 0.00", "80, 20.00%, 0.00", "75, 25.00%, 0.00", "125, 25.00%, 0.00"})
    void theAbsoluteDeviationAndTheLargerOfTwoValues(String actual, String deviation, String expected) {
        Expr rate = bin(ArithmeticOp.MULTIPLY, bin(ArithmeticOp.DIVIDE,
                new Expr.Abs(bin(ArithmeticOp.SUBTRACT, ref("实际值"), ref("目标值"))), ref("目标值")), pct("100"));
        Expr share = bin(ArithmeticOp.SUBTRACT, new Expr.Const(Quantity.number(BigDecimal.ONE)),
                bin(ArithmeticOp.MULTIPLY, new Expr.Const(Quantity.number(new BigDecimal("5"))), ref("偏差率")));
        Rule rule = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, new Expr.Max(share,
                new Expr.Const(Quantity.number(BigDecimal.ZERO))), MAX), false);
        Single s = Single.of("4", rule).field(tons("实际值")).field(tons("目标值"))
                .measure(new Measure("偏差率", rate, Unit.PERCENT, 2, ""));
        ScoreSheet sheet = s.pack().evaluate(Single.input().number("实际值", actual).number("目标值", "100").build());
        assertEquals(deviation, sheet.figures().get(0).value().display());
        assertEquals(new BigDecimal(expected), Single.line(sheet).score().orElseThrow());
    }

    private static DataField tons(String name) {
        return new DataField(name, DataType.QUANTITY, Unit.other("吨"), "", List.of(), List.of(), null, null);
    }

    @Test
    void unitsThatDoNotAgreeAreStillPackErrors() {
        Rule minOfRateAndAmount = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, new Expr.Min(ref("完成率"), ref("金额")),
                MAX), true);
        Rule sumOfRateAndAmount = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, bin(ArithmeticOp.ADD, ref("完成率"),
                ref("金额")), MAX), true);
        Rule pointsTimesAmount = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, MAX, ref("金额")), true);
        assertEquals(List.of("C006 单位不一致：较小值(完成率, 金额)（% / 万元）"), errors(minOfRateAndAmount));
        assertEquals(List.of("C006 单位不一致：完成率 + 金额（% + 万元）"), errors(sumOfRateAndAmount));
        assertEquals(List.of("C011 计分公式「分值 × 金额」的结果单位是 分·元，不是分"), errors(pointsTimesAmount));
    }

    private static List<String> errors(Rule rule) {
        return Single.of("4", rule).field(DataField.percentage("完成率", "")).field(DataField.amount("金额", ""))
                .check().problems().stream().filter(Problem::isError).map(p -> p.code() + " " + p.message()).toList();
    }
}
