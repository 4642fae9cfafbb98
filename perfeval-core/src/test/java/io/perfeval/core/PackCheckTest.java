package io.perfeval.core;

import static io.perfeval.core.SeedFixture.cmp;
import static io.perfeval.core.SeedFixture.pct;
import static io.perfeval.core.SeedFixture.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.InvalidPackException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed pack is rejected with every error at once, located where the source map knows the place. */
class PackCheckTest {

    private static Indicator.Leaf leaf(String name, String max, Rule rule) {
        return new Indicator.Leaf(name, new BigDecimal(max), "", "", rule);
    }

    @Test
    void structuralErrorsAreAllReported() {
        Rule wrongUnits = new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, ref("预算数"), pct("95")),
                new Rule.FullMarks())), Rule.FixedScore.zero());
        RulePack.Builder b = RulePack.builder(new PackInfo("t/bad", "坏包", "", "", ""))
                .field(DataField.amount("预算数", ""))
                .field(DataField.amount("未用数据", ""))
                .measure(new Measure("甲率", new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, ref("乙率"), pct("1")),
                        Unit.PERCENT, 2, ""))
                .measure(new Measure("乙率", new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, ref("甲率"), pct("1")),
                        Unit.PERCENT, 2, ""))
                .indicator(new Indicator.Group("投入", new BigDecimal("20"), List.of(
                        leaf("重名", "10", wrongUnits),
                        leaf("重名", "5", new Rule.Cases(List.of(new Rule.Case(cmp(Comparison.GE, ref("预箅数"),
                                new Expr.Const(new Quantity(BigDecimal.ONE, Unit.WAN_YUAN))), new Rule.FullMarks())),
                                new Rule.NoRule())))))
                .grades(new GradeScale(List.of(GradeBand.halfOpen("优秀", "85", null), GradeBand.halfOpen("良好", "70", "80"),
                        GradeBand.halfOpen("较差", null, "75"))))
                .source("投入/重名", new SourceLocation("bad.perfeval", 12, 5, 2));
        InvalidPackException e = assertThrows(InvalidPackException.class, b::build);
        List<String> codes = e.problems().stream().map(Problem::code).distinct().sorted().toList();
        assertEquals(List.of("C001", "C002", "C003", "C004", "C006", "C007", "C008"), codes);
        Problem dup = e.problems().stream().filter(p -> p.code().equals("C001")).findFirst().orElseThrow();
        assertEquals("bad.perfeval:12:5: 错误 C001 [投入/重名] 指标名称「重名」重复（已在「投入/重名」出现）；指标名称在规则包内须唯一",
                dup.display());
        Problem typo = e.problems().stream().filter(p -> p.code().equals("C004")).findFirst().orElseThrow();
        assertTrue(typo.message().contains("是否指「预算数」"), typo.message());
        // Warnings are not errors: the unused datum is reported only when the pack is otherwise usable.
        assertTrue(b.check().problems().stream().anyMatch(p -> p.code().equals("W104")));
    }

    @Test
    void theSeedTemplatesDefectsAreWarnings() {
        // 绩效指标科学性: 2 items × 0.5 against 3 points can never reach zero.
        Rule rule = new Rule.Deduct(List.of(new io.perfeval.core.rule.DeductionTerm.PerCount("不符合项",
                new Expr.FailedItems("清单", List.of()), io.perfeval.core.rule.Points.absolute("0.5"))), false);
        RulePack pack = Single.of("3", rule).field(DataField.checklist("清单", List.of("准确反映", "清晰细化"))).pack();
        assertEquals(List.of("W102"), pack.warnings().stream().map(Problem::code).toList());
        assertEquals("列明的扣分最多 1 分，本指标最低仍得 2 分，永远不会得 0 分", pack.warnings().get(0).message());
    }

    @Test
    void packsAreValuesSourcePositionsAndWarningsDoNotTakePartInEquality() {
        RulePack a = SeedFixture.pack(io.perfeval.core.rule.DeductionTerm.StepCounting.STARTED);
        RulePack b = SeedFixture.pack(io.perfeval.core.rule.DeductionTerm.StepCounting.STARTED);
        RulePack c = SeedFixture.pack(io.perfeval.core.rule.DeductionTerm.StepCounting.COMPLETED);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(!a.equals(c));
    }
}
