package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A broken input is rejected with every problem at once, each naming the datum and the reason. */
class InputValidationTest {

    private final RulePack pack = SeedFixture.pack(StepCounting.STARTED);

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.subject()).sorted().toList();
    }

    @Test
    void everyProblemIsReportedTogether() {
        EvaluationInput input = EvaluationInput.builder()
                .number("收入预算数", "-5")                                   // negative amount
                .yes("收入预算完成数", true)                                  // wrong type
                // 年初结转和结余 missing
                .number("调整后预算数", "1E+20")                              // absurd magnitude
                .number("本年支出", "906.09")
                .number("收入预算数额", "1")                                  // unknown, close to a real name
                .put("资金使用合规性", new Value.Checklist(Map.of(1, true, 2, false, 9, true))) // 3..8 missing, 9 unknown
                .judgement("其他", "93", "")                                  // above 分值 92, and no reason
                .judgement("不存在的指标", "1", "x")
                .selfScore("收入预算完成率", "-1")
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> pack.evaluate(input));
        assertEquals(List.of(
                "I001 年初结转和结余", "I002 收入预算数额", "I003 收入预算完成数", "I004 收入预算数",
                "I006 资金使用合规性", "I006 资金使用合规性", "I006 资金使用合规性", "I006 资金使用合规性",
                "I006 资金使用合规性", "I006 资金使用合规性", "I007 资金使用合规性", "I010 不存在的指标",
                "I011 其他", "I012 其他", "I014 收入预算完成率", "I015 调整后预算数"), codes(e.problems()));
        assertEquals(codes(e.problems()), codes(pack.validate(input)));
        Problem unknown = e.problems().stream().filter(p -> p.code().equals("I002")).findFirst().orElseThrow();
        assertEquals("未声明的数据（是否指「收入预算数」？ did you mean '收入预算数'?）", unknown.message());
        assertTrue(e.getMessage().contains("error I004 [收入预算数] amounts and counts must not be negative: -5"),
                e.getMessage());
        assertTrue(e.chineseMessage().contains("错误 I004 [收入预算数] 金额或数量不能为负数：-5"), e.chineseMessage());
    }

    @Test
    void aValidInputHasNoProblems() {
        assertEquals(List.of(), pack.validate(SeedFixture.gaoyi().build()));
    }

    @Test
    void countsMustBeWholeAndPercentagesWithinDeclaredBounds() {
        DataField share = new DataField("覆盖率", DataType.PERCENTAGE, Unit.PERCENT, "",
                List.of(), List.of(), BigDecimal.ZERO, new BigDecimal("100"));
        Rule rule = new Rule.Cases(List.of(new Rule.Case(new Condition.Compare(Condition.Comparison.GE,
                new Expr.Ref("件数"), new Expr.Const(new Quantity(BigDecimal.ONE, Unit.ITEM))),
                new Rule.Formula(new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, new Expr.Ref("覆盖率"), new Expr.MaxScore()),
                        true))), Rule.FixedScore.zero());
        RulePack p = Single.of("2", rule).field(share).field(DataField.count("件数", Unit.ITEM, "")).pack();
        List<Problem> problems = p.validate(Single.input().number("覆盖率", "100.5").number("件数", "2.5").build());
        assertEquals(List.of("I005 覆盖率", "I016 件数"), codes(problems));
    }
}
