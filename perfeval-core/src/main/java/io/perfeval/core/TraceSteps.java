package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.Node;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The evaluator's trace steps as it records them: the values a step saw, made into a {@link TraceEntry} (and worded)
 * only when someone reads the trace. They are plain records, one object per step: a capturing lambda would be as small,
 * but in the evaluator's large methods the JIT does not always inline its factory, and then each capture became a call
 * into the runtime.
 */
final class TraceSteps {

    private TraceSteps() {
    }

    /** A trace step recorded with the values it saw, made into its {@link TraceEntry} when the trace is read. */
    interface Step {
        TraceEntry make();
    }

    /** 分值 7 分减扣分 2.5 分，得 4.5 分. */
    record Deduction(BigDecimal max, BigDecimal total, BigDecimal score) implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Decided.deferred(() -> "分值 " + Decimals.trim(max) + " 分减扣分 " + Decimals.trim(total)
                    + " 分，得", score);
        }
    }

    /** 不合格项目目标数 3 个，每个扣 0.5 分，扣 1.5 分. */
    record PerCount(DeductionTerm.PerCount term, BigDecimal count, Unit unit, BigDecimal each, BigDecimal amount)
            implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Deducted.deferred(term::label, () -> Decimals.trim(count) + unit.symbol(), each, amount);
        }
    }

    /** 收入预算完成率 90.00% 低于 95% 5个百分点，每 1个百分点为一档 … */
    record PerStep(DeductionTerm.PerStep term, Node measure, BigDecimal measured, Node reference,
                   BigDecimal referenceValue, BigDecimal deviation, BigDecimal steps, BigDecimal each,
                   BigDecimal amount) implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Deducted.deferred(this::text, () -> Decimals.trim(steps) + " 档", each, amount);
        }

        private String text() {
            Unit stepUnit = term.step().unit();
            BigDecimal deviationInStepUnit = Decimals.divide(deviation, stepUnit.factor());
            String unitWord = stepUnit.isPercent() ? "个百分点" : stepUnit.symbol();
            return ExprText.symbolic(term.measure()) + " " + ExprText.value(quantity(measure, measured)) + " "
                    + term.direction().chinese() + " " + ExprText.value(quantity(reference, referenceValue)) + " "
                    + Decimals.trim(deviationInStepUnit) + unitWord + "，每 " + Decimals.trim(term.step().value())
                    + unitWord + "为一档（" + term.counting().chinese() + "）";
        }
    }

    /** 得分 = 覆盖率 × 分值 = 100.00% × 4，得 4 分. */
    record Formula(Rule.Formula formula, Node[] operands, BigDecimal[] values, BigDecimal points) implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Decided.deferred(() -> "得分 = " + ExprText.symbolic(formula.score()) + " = "
                    + substituted(formula.score(), operands, values) + "，得", points);
        }
    }

    /** 收入预算完成率 100.00% ≥ 95%，成立. */
    record Compare(Condition.Compare condition, Node left, BigDecimal leftValue, Node right, BigDecimal rightValue,
                   boolean holds) implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Tested.deferred(() -> side(condition.left(), quantity(left, leftValue)) + " "
                    + condition.op().symbol() + " " + side(condition.right(), quantity(right, rightValue)), holds);
        }

        private static String side(Expr e, Quantity value) {
            return e instanceof Expr.Const ? value.display() : ExprText.symbolic(e) + " " + value.display();
        }
    }

    /** 是否按时上报：是. */
    record IsYes(Condition.IsYes condition, boolean yes) implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Tested.deferred(() -> condition.name() + "：" + (yes ? "是" : "否"), yes);
        }
    }

    /** 资金使用合规性全部符合（不符合 0 项）. */
    record AllItems(Condition.AllItemsMet condition, int failed) implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Tested.deferred(() -> condition.checklist() + (condition.items().isEmpty() ? "全部"
                    : "第" + condition.items() + "项") + "符合（不符合 " + failed + " 项）", failed == 0);
        }
    }

    /** 资金使用合规性不符合：第2项「…」；第5项「…」. */
    record FailedItems(String checklist, Value.Checklist answers, DataField field, List<Integer> which)
            implements Step {
        @Override
        public TraceEntry make() {
            return TraceEntry.Note.deferred(() -> checklist + "不符合：" + text());
        }

        private String text() {
            List<String> failed = new ArrayList<>();
            for (Integer item : which) {
                if (!answers.answers().get(item)) {
                    failed.add("第" + item + "项「" + field.items().get(item - 1) + "」");
                }
            }
            return String.join("；", failed);
        }
    }

    /** A formula with each datum and measure replaced by its value, worded when first read. */
    record Substituted(Expr formula, Node[] operands, BigDecimal[] values) implements Supplier<String> {
        @Override
        public String get() {
            return substituted(formula, operands, values);
        }
    }

    static Quantity quantity(Node n, BigDecimal v) {
        return new Quantity(v, n.unit);
    }

    /** The formula with each datum and measure replaced by its value: 1308.05 / 1308.05 × 100%. */
    static String substituted(Expr e, Node[] operands, BigDecimal[] values) {
        return substituted(e, operands, values, new int[1], 0);
    }

    private static String substituted(Expr e, Node[] operands, BigDecimal[] values, int[] next,
                                      int parentPrecedence) {
        if (e instanceof Expr.Binary b) {
            int p = ExprText.precedence(b.op());
            String s = substituted(b.left(), operands, values, next, p) + " " + b.op().symbol() + " "
                    + substituted(b.right(), operands, values, next, p + 1);
            return p < parentPrecedence ? "(" + s + ")" : s;
        }
        if (e instanceof Expr.Const c) {
            return c.quantity().display();
        }
        int i = next[0]++;
        return ExprText.value(quantity(operands[i], values[i]));
    }
}
