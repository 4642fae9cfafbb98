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

    /** Issue 17, finding 8: I006–I009 printed the item where the list's name belongs and left the last place empty. */
    @Test
    void checklistAndSeriesMessagesNameTheDatumTheItemAndTheCount() {
        DataField progress = DataField.series("支出进度", Unit.PERCENT, List.of("第一季度", "第二季度"), "");
        RulePack p = Single.of("2", new Rule.FixedScore(BigDecimal.ONE))
                .field(progress).pack();
        List<Problem> series = p.validate(Single.input()
                .put("支出进度", new Value.Series(Map.of("第一季度", BigDecimal.TEN, "第五季度", BigDecimal.ONE))).build());
        assertEquals(List.of("分期数据「支出进度」没有期间「第五季度」（已声明：第一季度、第二季度）",
                "分期数据「支出进度」缺少期间「第二季度」"),
                series.stream().map(Problem::message).sorted().toList());
        assertEquals(List.of("series '支出进度' has no period '第五季度' (declared: 第一季度、第二季度)",
                "series '支出进度' lacks period '第二季度'"),
                series.stream().map(Problem::englishMessage).sorted().toList());

        int items = SeedFixture.COMPLIANCE_ITEMS.size();
        List<Problem> checklist = pack.validate(SeedFixture.gaoyi()
                .put("资金使用合规性", new Value.Checklist(Map.of(1, true, items + 1, false))).build());
        Problem extra = checklist.stream().filter(x -> x.code().equals("I007")).findFirst().orElseThrow();
        assertEquals("清单「资金使用合规性」没有第 " + (items + 1) + " 项（共 " + items + " 项）", extra.message());
        Problem missing = checklist.stream().filter(x -> x.code().equals("I006")).findFirst().orElseThrow();
        assertEquals("清单「资金使用合规性」缺少第 2 项「" + SeedFixture.COMPLIANCE_ITEMS.get(1) + "」的回答",
                missing.message());
    }

    /** Issue 17, finding 7: a 300,000-answer checklist gave 299,998 problems; now at most 500, the last saying so. */
    @Test
    void problemsPerInputAreCappedAndTheLastSaysTheListIsCut() {
        Map<Integer, Boolean> answers = new java.util.HashMap<>();
        for (int i = 1; i <= 300_000; i++) {
            answers.put(i, Boolean.TRUE);
        }
        EvaluationInput input = SeedFixture.gaoyi().put("资金使用合规性", new Value.Checklist(answers)).build();
        List<Problem> problems = pack.validate(input);
        assertEquals(io.perfeval.core.diag.InputProblems.MAX, problems.size());
        assertEquals("I019", problems.get(problems.size() - 1).code());
        assertEquals("本输入的问题超过 499 个，其余未列出", problems.get(problems.size() - 1).message());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> pack.evaluate(input));
        assertTrue(e.problems().size() <= io.perfeval.core.diag.InputProblems.MAX + 1, "" + e.problems().size());
        // an exception made from a longer list keeps the cap too
        List<Problem> many = java.util.Collections.nCopies(2_000, problems.get(0));
        assertEquals(500, new InvalidInputException(many).problems().size());
    }
}
