package io.perfeval.core;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
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
 * Hand-built rule trees of seed indicators (the DSL is not involved): the Shijiazhuang 2019 template's 收入预算完成率,
 * 资金结余结转率 and 资金使用合规性, with the Gaoyi 2021 facts from the seed report.
 */
final class SeedFixture {

    static final List<String> COMPLIANCE_ITEMS = List.of(
            "是否符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定",
            "资金的拨付是否有完整的审批程序和手续",
            "项目的重大开支是否经过评估论证",
            "是否符合部门预算批复的用途",
            "是否存在截留支出情况",
            "是否存在挤占支出情况",
            "是否存在挪用支出情况",
            "是否存在虚列支出情况");

    private SeedFixture() {
    }

    static Expr ref(String name) {
        return new Expr.Ref(name);
    }

    static Expr pct(String value) {
        return new Expr.Const(Quantity.percent(value));
    }

    static Expr bin(ArithmeticOp op, Expr l, Expr r) {
        return new Expr.Binary(op, l, r);
    }

    static Condition cmp(Comparison op, Expr l, Expr r) {
        return new Condition.Compare(op, l, r);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** 1、预算完成率≥95%得满分；2、≤85%得0分；3、之间每降低一个百分点，扣分值的十分之一。 */
    static Rule revenueRule() {
        Expr rate = ref("收入预算完成率");
        return new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.GE, rate, pct("95")), new Rule.FullMarks()),
                new Rule.Case(cmp(Comparison.LE, rate, pct("85")), Rule.FixedScore.zero()),
                new Rule.Case(new Condition.All(List.of(cmp(Comparison.GT, rate, pct("85")),
                        cmp(Comparison.LT, rate, pct("95")))),
                        new Rule.Deduct(List.of(new DeductionTerm.PerStep(rate, pct("95"), Direction.BELOW,
                                Quantity.percent("1"), Points.share(1, 10), StepCounting.PROPORTIONAL)), false))),
                new Rule.NoRule());
    }

    /** 1. ≤5% 满分；2. ≥50% 0分；3. 之间每五个百分点为档，每档扣分值的十分之一（counting is the reading chosen）。 */
    static Rule carryOverRule(StepCounting counting) {
        return carryOverRuleOn("结转结余率", counting);
    }

    static Rule carryOverRuleOn(String measure, StepCounting counting) {
        Expr rate = ref(measure);
        return new Rule.Cases(List.of(
                new Rule.Case(cmp(Comparison.LE, rate, pct("5")), new Rule.FullMarks()),
                new Rule.Case(cmp(Comparison.GE, rate, pct("50")), Rule.FixedScore.zero())),
                new Rule.Deduct(List.of(new DeductionTerm.PerStep(rate, pct("5"), Direction.ABOVE,
                        Quantity.percent("5"), Points.share(1, 10), counting)), false));
    }

    /** 一项不符合，扣分值0.5分，扣完为止。 */
    static Rule complianceRule() {
        return new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项",
                new Expr.FailedItems("资金使用合规性", List.of()), Points.absolute("0.5"))), true);
    }

    static RulePack pack(StepCounting carryOverCounting) {
        Indicator.Leaf revenue = new Indicator.Leaf("收入预算完成率", d("2"),
                "部门收入预算完成数与预算数的比较。收入预算完成率=收入预算完成数/收入预算数*100%。",
                "1、预算完成率大于或等于95%得满分；2、预算完成率小于或等于85%的得0分；3、预算完成率在85%—95%之间的，"
                        + "在0分和满分之间确定；每降低一个百分点，扣分值的十分之一。", revenueRule());
        Indicator.Leaf carry = new Indicator.Leaf("资金结余结转率", d("2"), "结转结余率=结转结余总额/支出预算数*100%。",
                "1. 结转结余率小于或等于5%的，得满分；2. 结转结余率大于或等于50%的，得0分；3. 结转结余率在5%-50%之间的，"
                        + "在满分和0之间计算确定；每五个百分点为档，每档扣分值的十分之一。", carryOverRule(carryOverCounting));
        Indicator.Leaf compliance = new Indicator.Leaf("资金使用合规性", d("4"), "是否按规定用途使用预算资金。",
                "一项不符合，扣分值0.5分，扣完为止。", complianceRule());
        Indicator.Leaf rest = new Indicator.Leaf("其他", d("92"), "", "根据实际情况设置", Rule.Judgement.anywhere());
        return RulePack.builder(new PackInfo("test/seed", "部门整体支出绩效评价指标体系（节选）", "河北省石家庄市", "2019",
                        "石发〔2019〕8号"))
                .field(DataField.amount("收入预算数", "调整后收入预算"))
                .field(DataField.amount("收入预算完成数", "本年收入"))
                .field(DataField.amount("年初结转和结余", ""))
                .field(DataField.amount("调整后预算数", ""))
                .field(DataField.amount("本年支出", ""))
                .field(DataField.checklist("资金使用合规性", COMPLIANCE_ITEMS))
                .measure(new Measure("收入预算完成率", bin(ArithmeticOp.MULTIPLY,
                        bin(ArithmeticOp.DIVIDE, ref("收入预算完成数"), ref("收入预算数")), pct("100")), Unit.PERCENT, 2, ""))
                .measure(new Measure("结转结余总额", bin(ArithmeticOp.SUBTRACT,
                        bin(ArithmeticOp.ADD, ref("年初结转和结余"), ref("收入预算完成数")), ref("本年支出")),
                        Unit.WAN_YUAN, 2, ""))
                .measure(new Measure("支出预算数", bin(ArithmeticOp.ADD, ref("调整后预算数"), ref("年初结转和结余")),
                        Unit.WAN_YUAN, 2, ""))
                .measure(new Measure("结转结余率", bin(ArithmeticOp.MULTIPLY,
                        bin(ArithmeticOp.DIVIDE, ref("结转结余总额"), ref("支出预算数")), pct("100")), Unit.PERCENT, 2, ""))
                .indicator(new Indicator.Group("过程", d("8"), List.of(
                        new Indicator.Group("预算执行", d("8"), List.of(revenue, carry, compliance)))))
                .indicator(new Indicator.Group("其余", d("92"), List.of(rest)))
                .build();
    }

    /** The Gaoyi 2021 facts: 收入 1308.05 of 1308.05 budgeted; 98.12 carried in; 906.09 spent; all 8 items met. */
    static EvaluationInput.Builder gaoyi() {
        return EvaluationInput.builder().entity("高邑县人民政府办公室")
                .number("收入预算数", "1308.05")
                .number("收入预算完成数", "1308.05")
                .number("年初结转和结余", "98.12")
                .number("调整后预算数", "1308.05")
                .number("本年支出", "906.09")
                .put("资金使用合规性", Value.Checklist.allMetExcept(8))
                .judgement("其他", "80", "test filler for the indicators not built here");
    }
}
