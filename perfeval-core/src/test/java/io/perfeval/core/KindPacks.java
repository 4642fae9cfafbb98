package io.perfeval.core;

import static io.perfeval.core.SeedFixture.bin;
import static io.perfeval.core.SeedFixture.cmp;
import static io.perfeval.core.SeedFixture.pct;
import static io.perfeval.core.SeedFixture.ref;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * One pack per new rule kind, each a {@link Single} with the data it reads: for the trace golden and the properties
 * (the kinds' own tests build theirs beside their cases).
 */
final class KindPacks {

    static final List<String> LEDGER = List.of("制度", "台账", "记录", "归档", "公开");

    private KindPacks() {
    }

    /** 一项不符合扣1分，每低于95%一个百分点扣0.5分，最多扣 {@code limit} 分 (5 points). */
    static Single limited(String limit) {
        Rule rule = new Rule.LimitedDeduct(new Rule.Deduct(List.of(
                new DeductionTerm.PerCount("不符合项", new Expr.FailedItems("台账", List.of()), Points.absolute("1")),
                new DeductionTerm.PerStep(ref("完成率"), pct("95"), Direction.BELOW, Quantity.percent("1"),
                        Points.share(1, 10), StepCounting.PROPORTIONAL)), false), Points.absolute(limit));
        return Single.of("5", rule).field(DataField.checklist("台账", LEDGER)).field(DataField.percentage("完成率", ""));
    }

    /** 制度健全得6分，部分健全得3分，无制度的不适用；存在问题的酌情扣分 (8 points). */
    static Single tier() {
        Rule rule = new Rule.JudgementWithin(new Rule.Cases(List.of(
                new Rule.Case(new Condition.IsYes("无制度"), new Rule.NotApplicable("未建立制度")),
                new Rule.Case(new Condition.IsYes("制度健全"), new Rule.FixedScore(new BigDecimal("6")))),
                new Rule.FixedScore(new BigDecimal("3"))));
        return Single.of("8", rule).field(DataField.yesNo("无制度", "")).field(DataField.yesNo("制度健全", ""));
    }

    /** 达成：分值的100%-80%；部分达成：80%-60%；未达成：60%-0 (10 points). */
    static Single banded() {
        return Single.of("10", new Rule.Levels(List.of(
                new Rule.Level("达成", Points.share(4, 5), Points.full()),
                new Rule.Level("部分达成", Points.share(3, 5), Points.share(4, 5)),
                new Rule.Level("未达成", Points.absolute("0"), Points.share(3, 5)))));
    }

    /** 好：4分；较好：3分；一般：2分；差：0分 (4 points). */
    static Single graded() {
        return Single.of("4", new Rule.Levels(List.of(
                new Rule.Level("好", Points.absolute("4"), Points.absolute("4")),
                new Rule.Level("较好", Points.absolute("3"), Points.absolute("3")),
                new Rule.Level("一般", Points.absolute("2"), Points.absolute("2")),
                new Rule.Level("差", Points.absolute("0"), Points.absolute("0")))));
    }

    /** 制度健全（2分），执行到位（{@code executed}分），台账完整（1分；本年未发生采购的，此项得满分）(4 points). */
    static Single awards(String executed) {
        Condition ledger = new Condition.Any(List.of(
                cmp(Comparison.GE, ref("台账份数"), new Expr.Const(Quantity.of("12", Unit.count("份")))),
                new Condition.Not(new Condition.IsYes("发生采购"))));
        Rule rule = new Rule.Awards(List.of(
                new Rule.Award("制度健全", new Condition.IsYes("制度健全"), Points.absolute("2")),
                new Rule.Award("执行到位", new Condition.IsYes("执行到位"), Points.absolute(executed)),
                new Rule.Award("台账完整", ledger, Points.absolute("1"))));
        return Single.of("4", rule).field(DataField.yesNo("制度健全", "")).field(DataField.yesNo("执行到位", ""))
                .field(DataField.yesNo("发生采购", "")).field(DataField.count("台账份数", Unit.count("份"), ""));
    }

    /**
     * 完成率 × 分值 (capped), plus 获得省级表彰的加1分，获得国家级表彰的加2分，最高加2分 (10 points), under {@code policy}
     * with the total's cap {@code cap} (null: none).
     */
    static Single bonus(BonusPolicy policy, String cap) {
        Rule base = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, ref("完成率"), new Expr.MaxScore()), true);
        Rule rule = new Rule.Bonus(base, List.of(
                new Rule.Award("省级表彰", new Condition.IsYes("省级表彰"), Points.absolute("1")),
                new Rule.Award("国家级表彰", new Condition.IsYes("国家级表彰"), Points.absolute("2"))),
                Points.absolute("2"));
        return Single.of("10", rule).bonus(policy, cap).field(DataField.percentage("完成率", ""))
                .field(DataField.yesNo("省级表彰", "")).field(DataField.yesNo("国家级表彰", ""));
    }

    /**
     * 偏差率 = |实际值 − 目标值| / 目标值 × 100%; 得分 = 较大值(1 − 5 × 偏差率, 0) × 分值 × 已完成 / 计划, the last two amounts
     * (4 points).
     */
    static Single deviation() {
        Expr rate = bin(ArithmeticOp.MULTIPLY, bin(ArithmeticOp.DIVIDE,
                new Expr.Abs(bin(ArithmeticOp.SUBTRACT, ref("实际值"), ref("目标值"))), ref("目标值")), pct("100"));
        Expr share = new Expr.Max(bin(ArithmeticOp.SUBTRACT, new Expr.Const(Quantity.number(BigDecimal.ONE)),
                bin(ArithmeticOp.MULTIPLY, new Expr.Const(Quantity.number(new BigDecimal("5"))), ref("偏差率"))),
                new Expr.Const(Quantity.number(BigDecimal.ZERO)));
        Expr score = bin(ArithmeticOp.DIVIDE, bin(ArithmeticOp.MULTIPLY, bin(ArithmeticOp.MULTIPLY, share,
                new Expr.MaxScore()), ref("已完成")), ref("计划"));
        return Single.of("4", new Rule.Formula(new Expr.Min(score, new Expr.MaxScore()), false))
                .field(tons("实际值")).field(tons("目标值")).field(DataField.amount("已完成", ""))
                .field(DataField.amount("计划", "")).measure(new Measure("偏差率", rate, Unit.PERCENT, 2, ""));
    }

    /**
     * 镇区车行15分钟内可到达…得0.5分，15—30分钟到达得0.3分，30分钟以上不得分；镇区内部交通组织合理得0.5分；镇区人均道路面积达15平方米
     * 得0.5分 (1.5 points: a ladder on one number, then two awards, each part 0.5).
     */
    static Single town() {
        Rule ladder = new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.LE, ref("车行时间"), minutes("15")), fixed("0.5")),
                new Rule.Case(cmp(Comparison.LE, ref("车行时间"), minutes("30")), fixed("0.3"))),
                Rule.FixedScore.zero());
        Rule roads = new Rule.Awards(List.of(new Rule.Award("人均道路面积达15平方米", cmp(Comparison.GE, ref("人均道路面积"),
                new Expr.Const(Quantity.of("15", Unit.other("平方米")))), Points.absolute("0.5"))));
        Rule rule = new Rule.Sum(List.of(
                new Rule.Part("车行时间", new BigDecimal("0.5"), ladder),
                new Rule.Part("交通组织", new BigDecimal("0.5"), new Rule.Awards(List.of(new Rule.Award("交通组织合理",
                        new Condition.IsYes("交通组织合理"), Points.absolute("0.5"))))),
                new Rule.Part("人均道路面积", new BigDecimal("0.5"), roads)));
        return Single.of("1.5", rule).field(quantity("车行时间", "分钟")).field(DataField.yesNo("交通组织合理", ""))
                .field(quantity("人均道路面积", "平方米"));
    }

    /**
     * 总体建设完善，视情况酌情给分，最高1分；自来水普及率达95%以上，得0.5分；污水集中处理，得0.5分；垃圾定时收运，得0.5分 (2.5 points: the
     * evaluator's judgement of the first part, 0 to its own 分值, then three awards).
     */
    static Single village() {
        Rule rule = new Rule.Sum(List.of(
                new Rule.Part("总体建设", BigDecimal.ONE, Rule.Judgement.anywhere()),
                new Rule.Part("自来水", new BigDecimal("0.5"), award("自来水普及率达95%以上",
                        cmp(Comparison.GE, ref("自来水普及率"), pct("95")))),
                new Rule.Part("污水处理", new BigDecimal("0.5"), award("污水集中处理", new Condition.IsYes("污水集中处理"))),
                new Rule.Part("垃圾收运", new BigDecimal("0.5"), award("垃圾定时收运", new Condition.IsYes("垃圾定时收运")))));
        return Single.of("2.5", rule).field(DataField.percentage("自来水普及率", ""))
                .field(DataField.yesNo("污水集中处理", "")).field(DataField.yesNo("垃圾定时收运", ""));
    }

    /**
     * 「甲」 0.5 points scored 0.8 (above its 分值), 「乙」 1 point scored (完成率 − 50%) × 分值, capped but below 0 under
     * 50% (1.5 points): both parts clamped to their own 分值.
     */
    static Single clamped() {
        Rule formula = new Rule.Formula(bin(ArithmeticOp.MULTIPLY, bin(ArithmeticOp.SUBTRACT, ref("完成率"), pct("50")),
                new Expr.MaxScore()), true);
        return Single.of("1.5", new Rule.Sum(List.of(new Rule.Part("甲", new BigDecimal("0.5"), fixed("0.8")),
                new Rule.Part("乙", BigDecimal.ONE, formula)))).field(DataField.percentage("完成率", ""));
    }

    /** One award worth the whole of its part (分值 × 1/1): 「…得0.5分」 in a part of 0.5. */
    static Rule award(String label, Condition when) {
        return new Rule.Awards(List.of(new Rule.Award(label, when, Points.full())));
    }

    static Rule fixed(String points) {
        return new Rule.FixedScore(new BigDecimal(points));
    }

    static Expr minutes(String v) {
        return new Expr.Const(Quantity.of(v, Unit.other("分钟")));
    }

    static DataField quantity(String name, String unit) {
        return new DataField(name, DataType.QUANTITY, Unit.other(unit), "", List.of(), List.of(), BigDecimal.ZERO,
                null);
    }

    static DataField tons(String name) {
        return new DataField(name, DataType.QUANTITY, Unit.other("吨"), "", List.of(), List.of(), BigDecimal.ZERO,
                null);
    }
}
