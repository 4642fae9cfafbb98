package io.perfeval.dsl;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rule packs generated for the analysis: measures computed from shared data (so the lattice's numbers are not
 * independent), ladders and bands, step and count deductions (some without 扣完为止, some counting a difference that
 * can go negative), formulas with and without caps (one a product of two measures), judgements, yes/no answers,
 * checklist items, a comparison of two data, a quarter against a bound, 不适用 on a zero denominator, vetoes, sums of
 * parts scored on their own (分项计分).
 */
final class GeneratedPacks {

    private static final String[] RATES = {"完成率", "办结率", "结余率", "满意度"};

    private GeneratedPacks() {
    }

    /** A pack from {@code r}'s choices, or null when the core's checks refuse it. */
    static RulePack pack(Random r) {
        RulePack.Builder b = RulePack.builder(new PackInfo("test/generated", "生成", "", "", ""));
        b.field(DataField.amount("计划数", "")).field(DataField.amount("完成数", ""))
                .field(DataField.amount("预算数", "")).field(DataField.amount("支出数", ""))
                .field(DataField.count("应办件数", Unit.ITEM, "")).field(DataField.count("已办件数", Unit.ITEM, ""))
                .field(DataField.percentage("满意度", "")).field(DataField.yesNo("按时上报", ""))
                .field(DataField.checklist("清单", List.of("资料齐全", "记录及时", "台账完整")))
                .field(DataField.series("进度", Unit.PERCENT, List.of("第一季度", "第二季度"), ""));
        b.measure(rate("完成率", "完成数", "计划数")).measure(rate("办结率", "已办件数", "应办件数"))
                .measure(new Measure("结余率", times100(new Expr.Binary(ArithmeticOp.DIVIDE, new Expr.Binary(
                        ArithmeticOp.SUBTRACT, ref("预算数"), ref("支出数")), ref("预算数"))), Unit.PERCENT, 2, ""))
                .measure(new Measure("未办件数", new Expr.Binary(ArithmeticOp.SUBTRACT, ref("应办件数"), ref("已办件数")),
                        Unit.ITEM, 0, ""));
        int leaves = 1 + r.nextInt(3);
        List<Indicator> children = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < leaves; i++) {
            BigDecimal max = new BigDecimal(new String[] {"2", "4", "5", "10"}[r.nextInt(4)]);
            total = total.add(max);
            children.add(new Indicator.Leaf("指标" + i, max, r.nextInt(4) == 0 ? "完成率越高越好" : "", "",
                    rule(r, max, 2)));
        }
        b.totalScore(total).indicator(new Indicator.Group("一级", total, children));
        RulePack.CheckResult c = b.check();
        return c.pack().orElse(null);
    }

    private static Measure rate(String name, String part, String whole) {
        return new Measure(name, times100(new Expr.Binary(ArithmeticOp.DIVIDE, ref(part), ref(whole))), Unit.PERCENT, 2,
                "");
    }

    private static Expr times100(Expr e) {
        return new Expr.Binary(ArithmeticOp.MULTIPLY, e, pct(100));
    }

    private static Expr ref(String name) {
        return new Expr.Ref(name);
    }

    private static Expr pct(int v) {
        return new Expr.Const(Quantity.percent(Integer.toString(v)));
    }

    private static Expr rateRef(Random r) {
        return ref(RATES[r.nextInt(RATES.length)]);
    }

    static Rule rule(Random r, BigDecimal max, int depth) {
        return switch (r.nextInt(depth > 0 ? 11 : 7)) {
            case 0 -> ladder(r, max);
            case 1 -> deductPerStep(r);
            case 2 -> deductPerCount(r);
            case 3 -> formula(r);
            case 4 -> new Rule.Judgement(Points.absolute("0"), r.nextBoolean() ? Points.full() : Points.share(1, 2));
            case 5 -> r.nextBoolean() ? new Rule.FullMarks() : new Rule.FixedScore(max.divide(BigDecimal.valueOf(2)));
            case 6 -> new Rule.Veto(Rule.VetoScope.INDICATOR);
            case 7 -> new Rule.Cases(List.of(new Rule.Case(new Condition.Compare(Comparison.EQ, ref("计划数"),
                    new Expr.Const(Quantity.of("0", Unit.WAN_YUAN))), new Rule.NotApplicable("无计划"))),
                    rule(r, max, depth - 1));
            case 10 -> sum(r, max, depth);
            default -> new Rule.Cases(List.of(new Rule.Case(condition(r, 1), rule(r, max, depth - 1))),
                    rule(r, max, depth - 1));
        };
    }

    /**
     * 分项计分: two parts splitting {@code max} at a tenth, each a rule of its own 分值 (no 一票否决 or 不适用, which the
     * checks refuse in a part, and the second never judged beside a judged first).
     */
    private static Rule sum(Random r, BigDecimal max, int depth) {
        BigDecimal first = max.multiply(BigDecimal.valueOf(1 + r.nextInt(9))).divide(BigDecimal.TEN);
        BigDecimal second = max.subtract(first);
        Rule a = part(r, first, depth);
        Rule b = part(r, second, depth);
        while (judged(a) && judged(b)) {
            b = part(r, second, depth);
        }
        return new Rule.Sum(List.of(new Rule.Part("甲项", first, a), new Rule.Part("乙项", second, b)));
    }

    private static Rule part(Random r, BigDecimal max, int depth) {
        Rule x = rule(r, max, depth - 1);
        while (wholeIndicator(x)) {
            x = rule(r, max, depth - 1);
        }
        return x;
    }

    /** Whether the generated rule is or holds 一票否决 or 不适用 (only clauses hold other rules here). */
    private static boolean wholeIndicator(Rule x) {
        if (x instanceof Rule.Cases c) {
            return c.cases().stream().anyMatch(k -> wholeIndicator(k.then())) || wholeIndicator(c.otherwise());
        }
        return x instanceof Rule.Veto || x instanceof Rule.NotApplicable;
    }

    private static boolean judged(Rule x) {
        if (x instanceof Rule.Cases c) {
            return c.cases().stream().anyMatch(k -> judged(k.then())) || judged(c.otherwise());
        }
        if (x instanceof Rule.Sum s) {
            return s.parts().stream().anyMatch(p -> judged(p.rule()));
        }
        return x instanceof Rule.Judgement;
    }

    /** ≥ t1 满分；≥ t2 部分；否则 0 (or the mirror for a rate where lower is better), sometimes as closed bands. */
    private static Rule ladder(Random r, BigDecimal max) {
        Expr x = rateRef(r);
        int hi = 60 + r.nextInt(40);
        int lo = hi - 5 - r.nextInt(30);
        Rule part = new Rule.FixedScore(max.divide(BigDecimal.valueOf(2)));
        Condition second = r.nextBoolean() ? cmp(Comparison.GE, x, lo)
                : new Condition.All(List.of(cmp(Comparison.GE, x, lo), cmp(Comparison.LE, x, hi)));
        return new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, x, hi), new Rule.FullMarks()),
                new Rule.Case(second, part)), r.nextInt(4) == 0 ? new Rule.NoRule() : Rule.FixedScore.zero());
    }

    private static Condition cmp(Comparison op, Expr x, int v) {
        return new Condition.Compare(op, x, pct(v));
    }

    private static Rule deductPerStep(Random r) {
        DeductionTerm t = new DeductionTerm.PerStep(rateRef(r), pct(80 + r.nextInt(20)),
                DeductionTerm.Direction.values()[r.nextInt(3)], Quantity.percent(new String[] {"1", "5"}[r.nextInt(2)]),
                r.nextBoolean() ? Points.absolute("0.5") : Points.share(1, 10),
                DeductionTerm.StepCounting.values()[r.nextInt(3)]);
        return new Rule.Deduct(List.of(t), r.nextBoolean());
    }

    private static Rule deductPerCount(Random r) {
        Expr count = switch (r.nextInt(3)) {
            case 0 -> new Expr.FailedItems("清单", List.of());
            case 1 -> ref("未办件数");
            default -> new Expr.CountOf(List.of(new Condition.IsYes("按时上报"), new Condition.Compare(Comparison.LT,
                    new Expr.PeriodValue("进度", "第二季度"), pct(50))));
        };
        return new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合", count, Points.absolute("1"))),
                r.nextBoolean());
    }

    private static Rule formula(Random r) {
        Expr score = switch (r.nextInt(3)) {
            case 0 -> new Expr.Binary(ArithmeticOp.MULTIPLY, rateRef(r), new Expr.MaxScore());
            case 1 -> new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.Binary(ArithmeticOp.MULTIPLY, ref("完成率"),
                    ref("满意度")), new Expr.MaxScore());
            default -> new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.Binary(ArithmeticOp.SUBTRACT, pct(100),
                    ref("结余率")), new Expr.MaxScore());
        };
        return new Rule.Formula(score, r.nextBoolean());
    }

    private static Condition condition(Random r, int depth) {
        Condition atom = switch (r.nextInt(5)) {
            case 0 -> new Condition.IsYes("按时上报");
            case 1 -> new Condition.AllItemsMet("清单", r.nextBoolean() ? List.of() : List.of(2));
            case 2 -> new Condition.Compare(Comparison.LE, ref("支出数"), ref("预算数"));
            case 3 -> new Condition.Compare(Comparison.GE, new Expr.PeriodValue("进度", "第一季度"), pct(25));
            default -> cmp(Comparison.values()[r.nextInt(4)], rateRef(r), 50 + r.nextInt(50));
        };
        if (depth == 0 || r.nextInt(3) != 0) {
            return atom;
        }
        Condition other = condition(r, depth - 1);
        return switch (r.nextInt(3)) {
            case 0 -> new Condition.All(List.of(atom, other));
            case 1 -> new Condition.Any(List.of(atom, other));
            default -> new Condition.Not(atom);
        };
    }
}
