package io.perfeval.core.analysis;

import io.perfeval.core.BonusPolicy;
import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * One-indicator packs for the rule kinds of the last rule-tree change (levels, awards, bonuses, limited deductions,
 * discretion within a tier, min/max/|…|), as the Javadoc of each record describes them. Shared by the lattice tests
 * that run now and by {@code src/test/pending/…/NewKindsWitnessTest}, which needs the evaluator to score them.
 */
final class NewKinds {

    static final String NAME = "新形状";

    private NewKinds() {
    }

    /** A pack whose one 10-point group holds the indicator {@link #NAME} worth {@code max}, and a judged filler. */
    static RulePack pack(String max, Rule rule, BonusPolicy policy) {
        BigDecimal m = new BigDecimal(max);
        RulePack.Builder b = RulePack.builder(new PackInfo("test/new-kinds", "新形状", "", "", ""))
                .totalScore(BigDecimal.TEN).bonusPolicy(policy)
                .field(DataField.checklist("资料", List.of("制度健全", "执行到位", "台账完整")))
                .field(DataField.yesNo("获得表彰", ""))
                .field(DataField.amount("计划数", ""))
                .field(DataField.amount("完成数", ""))
                .measure(new Measure("完成率", new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.Binary(
                        ArithmeticOp.DIVIDE, new Expr.Ref("完成数"), new Expr.Ref("计划数")), pct("100")),
                        Unit.PERCENT, 2, ""));
        List<Indicator> leaves = m.compareTo(BigDecimal.TEN) == 0 ? List.of(new Indicator.Leaf(NAME, m, "", "", rule))
                : List.of(new Indicator.Leaf(NAME, m, "", "", rule), new Indicator.Leaf("其余", BigDecimal.TEN
                        .subtract(m), "", "", Rule.Judgement.anywhere()));
        return b.indicator(new Indicator.Group("一级", BigDecimal.TEN, leaves)).build();
    }

    static RulePack pack(String max, Rule rule) {
        return pack(max, rule, BonusPolicy.WITHIN_MAX);
    }

    static Expr pct(String v) {
        return new Expr.Const(Quantity.percent(v));
    }

    static Condition met(int item) {
        return new Condition.AllItemsMet("资料", List.of(item));
    }

    /** 一项不符合扣2分 over three items, 最多扣3分 (on 5 points: never below 2). */
    static Rule limitedDeduct() {
        return new Rule.LimitedDeduct(new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项",
                new Expr.FailedItems("资料", List.of()), Points.absolute("2"))), false), Points.absolute("3"));
    }

    /** 完成率≥90%得6分，否则得3分；存在问题的，酌情扣分 (on 8 points: never above 6). */
    static Rule judgementWithin() {
        return new Rule.JudgementWithin(new Rule.Cases(List.of(new Rule.Case(new Condition.Compare(
                Condition.Comparison.GE, new Expr.Ref("完成率"), pct("90")), new Rule.FixedScore(new BigDecimal("6")))),
                new Rule.FixedScore(new BigDecimal("3"))));
    }

    /** 好：4分；较好：3分；一般：2分；差：0分. */
    static Rule levels() {
        return new Rule.Levels(List.of(level("好", "4", "4"), level("较好", "3", "3"), level("一般", "2", "2"),
                level("差", "0", "0")));
    }

    /** 达成：分值的100%-80%；部分达成：80%-60%；未达成：60%-0. */
    static Rule shareLevels() {
        return new Rule.Levels(List.of(
                new Rule.Level("达成", Points.share(4, 5), Points.full()),
                new Rule.Level("部分达成", Points.share(3, 5), Points.share(4, 5)),
                new Rule.Level("未达成", Points.absolute("0"), Points.share(3, 5))));
    }

    private static Rule.Level level(String label, String min, String max) {
        return new Rule.Level(label, Points.absolute(min), Points.absolute(max));
    }

    /** 制度健全（2分），执行到位（1分），台账完整（1分）. */
    static Rule awards() {
        return new Rule.Awards(List.of(new Rule.Award("制度健全", met(1), Points.absolute("2")),
                new Rule.Award("执行到位", met(2), Points.absolute("1")),
                new Rule.Award("台账完整", met(3), Points.absolute("1"))));
    }

    /** The three items' deduction (一项不符合扣1分), 获得表彰的加1分，最高加2分. */
    static Rule bonus() {
        Rule base = new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项", new Expr.FailedItems("资料",
                List.of()), Points.absolute("1"))), true);
        return new Rule.Bonus(base, List.of(new Rule.Award("获得表彰", new Condition.IsYes("获得表彰"),
                Points.absolute("1"))), Points.absolute("2"));
    }

    /**
     * 分项计分 on 5 points: 「完成」 3 points, 完成率≥90%得满分（3分），≥60%得分值的一半，否则不得分; 「资料」 2 points, one per
     * item met of the first two (分值 × 1/2 each).
     */
    static Rule sum() {
        Rule ladder = new Rule.Cases(List.of(
                new Rule.Case(rate(Condition.Comparison.GE, "90"), new Rule.FullMarks()),
                new Rule.Case(rate(Condition.Comparison.GE, "60"), new Rule.FixedScore(new BigDecimal("1.5")))),
                Rule.FixedScore.zero());
        Rule items = new Rule.Awards(List.of(new Rule.Award("制度健全", met(1), Points.share(1, 2)),
                new Rule.Award("执行到位", met(2), Points.share(1, 2))));
        return new Rule.Sum(List.of(new Rule.Part("完成", new BigDecimal("3"), ladder),
                new Rule.Part("资料", new BigDecimal("2"), items)));
    }

    /**
     * Two parts that cannot both be full (5 points): 「高」 2 points when 完成率≥90%, 「低」 3 points when 完成率<50%: the
     * score is at most 3, though the parts' 分值 add up to 5.
     */
    static Rule exclusiveSum() {
        return new Rule.Sum(List.of(
                new Rule.Part("高", new BigDecimal("2"), new Rule.Cases(List.of(new Rule.Case(
                        rate(Condition.Comparison.GE, "90"), new Rule.FullMarks())), Rule.FixedScore.zero())),
                new Rule.Part("低", new BigDecimal("3"), new Rule.Cases(List.of(new Rule.Case(
                        rate(Condition.Comparison.LT, "50"), new Rule.FullMarks())), Rule.FixedScore.zero()))));
    }

    /** 总体情况酌情给分，最高1分; 获得表彰得1分 (2 points; the judgement is the first part's, 0 to 1). */
    static Rule judgedSum() {
        return new Rule.Sum(List.of(new Rule.Part("总体", BigDecimal.ONE, Rule.Judgement.anywhere()),
                new Rule.Part("表彰", BigDecimal.ONE, new Rule.Awards(List.of(new Rule.Award("获得表彰",
                        new Condition.IsYes("获得表彰"), Points.full()))))));
    }

    /** A formula part without a cap (完成率 × 分值 in a part of 2) beside full marks (3): R004 above 100%. */
    static Rule uncappedPartSum() {
        return new Rule.Sum(List.of(new Rule.Part("完成", new BigDecimal("2"), new Rule.Formula(new Expr.Binary(
                ArithmeticOp.MULTIPLY, new Expr.Ref("完成率"), new Expr.MaxScore()), false)),
                new Rule.Part("其他", new BigDecimal("3"), new Rule.FullMarks())));
    }

    /**
     * {@code depth} sums, each of a part 完成率≥(50 + 5·depth)%得满分 and a part that is the next sum (the innermost a
     * ladder at 90%), every 分值 halved on the way down: 0 to {@code max}.
     */
    static Rule nestedSum(BigDecimal max, int depth) {
        BigDecimal half = max.divide(BigDecimal.valueOf(2));
        Condition reached = rate(Condition.Comparison.GE, Integer.toString(50 + 5 * depth));
        Rule ladder = new Rule.Cases(List.of(new Rule.Case(reached, new Rule.FullMarks())), Rule.FixedScore.zero());
        if (depth == 0) {
            return ladder;
        }
        return new Rule.Sum(List.of(new Rule.Part("第" + depth + "层", half, ladder),
                new Rule.Part("下一层", max.subtract(half), nestedSum(max.subtract(half), depth - 1))));
    }

    private static Condition rate(Condition.Comparison op, String percent) {
        return new Condition.Compare(op, new Expr.Ref("完成率"), pct(percent));
    }

    /** 得分 = 分值 × min(完成率, 100%): 超过100%以100%计算. */
    static Rule capByMin() {
        return new Rule.Formula(new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.MaxScore(),
                new Expr.Min(new Expr.Ref("完成率"), pct("100"))), false);
    }

    /** 得分 = (1 − 5 × |完成率 − 100%|) × 分值: the score peaks at 100% and is 0 beyond ±20%. */
    static Rule deviation() {
        Expr dev = new Expr.Abs(new Expr.Binary(ArithmeticOp.SUBTRACT, new Expr.Ref("完成率"), pct("100")));
        Expr factor = new Expr.Binary(ArithmeticOp.SUBTRACT, new Expr.Const(Quantity.number(BigDecimal.ONE)),
                new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.Const(Quantity.number(new BigDecimal("5"))), dev));
        return new Rule.Formula(new Expr.Binary(ArithmeticOp.MULTIPLY, factor, new Expr.MaxScore()), false);
    }
}
