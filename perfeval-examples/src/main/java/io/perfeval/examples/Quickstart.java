package io.perfeval.examples;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;

/**
 * The README's quickstart with the core API alone: one indicator of the Shijiazhuang 2019 template (收入预算完成率)
 * built by hand, scored on the Gaoyi 2021 figures. Packs are normally compiled from DSL text instead.
 */
public final class Quickstart {

    private Quickstart() {
    }

    /** 1、预算完成率≥95%得满分；2、≤85%得0分；3、之间每降低一个百分点，扣分值的十分之一。 */
    public static RulePack pack() {
        Expr rate = new Expr.Ref("收入预算完成率");
        Expr p95 = new Expr.Const(Quantity.percent("95"));
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(new Condition.Compare(Comparison.GE, rate, p95), new Rule.FullMarks()),
                new Rule.Case(new Condition.Compare(Comparison.LE, rate, new Expr.Const(Quantity.percent("85"))),
                        Rule.FixedScore.zero())),
                new Rule.Deduct(List.of(new DeductionTerm.PerStep(rate, p95, DeductionTerm.Direction.BELOW,
                        Quantity.percent("1"), Points.share(1, 10), DeductionTerm.StepCounting.PROPORTIONAL)), false));
        Expr formula = new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, new Expr.Binary(Expr.ArithmeticOp.DIVIDE,
                new Expr.Ref("收入预算完成数"), new Expr.Ref("收入预算数")), new Expr.Const(Quantity.percent("100")));
        BigDecimal two = new BigDecimal("2");
        return RulePack.builder(new PackInfo("example/quickstart", "收入预算完成率示例", "河北省石家庄市", "2019", "石发〔2019〕8号"))
                .totalScore(two)
                .grades(new io.perfeval.core.GradeScale(List.of(io.perfeval.core.GradeBand.halfOpen("达标", "1.9", null),
                        io.perfeval.core.GradeBand.halfOpen("未达标", null, "1.9"))))
                .field(DataField.amount("收入预算数", "调整后的收入预算"))
                .field(DataField.amount("收入预算完成数", "本年收入"))
                .measure(new Measure("收入预算完成率", formula, Unit.PERCENT, 2, "收入预算完成数/收入预算数*100%"))
                .indicator(new Indicator.Group("过程", two, List.of(new Indicator.Leaf("收入预算完成率", two,
                        "部门收入预算完成数与预算数的比较", "1、预算完成率大于或等于95%得满分；…", rule))))
                .build();
    }

    public static void main(String[] args) {
        ScoreSheet sheet = pack().evaluate(EvaluationInput.builder()
                .number("收入预算数", "1308.05").number("收入预算完成数", "1308.05").build());
        IndicatorResult line = sheet.find("收入预算完成率").orElseThrow();
        System.out.println(line.name() + "：" + line.score().orElseThrow() + " / " + line.maxScore() + " 分");
        line.trace().lines().forEach(l -> System.out.println("  " + l));
    }
}
