package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.Node;
import io.perfeval.core.input.Judgement;
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
 * The evaluator's trace steps as it records them: the values a step saw, made into a {@link TraceEntry} only when
 * someone reads the trace. Each is one plain record, which is also the Supplier of its entry's main wording, so a step
 * read costs its entry and no closure, and the wording is built only when the entry's text is read.
 */
final class TraceSteps {

    private TraceSteps() {
    }

    /** A trace step recorded with the values it saw, made into its {@link TraceEntry} when the trace is read. */
    interface Step {
        TraceEntry make();
    }

    /** 分值 7 分减扣分 2.5 分，得 4.5 分. */
    record Deduction(BigDecimal max, BigDecimal total, BigDecimal score) implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Decided.deferred(this, score);
        }

        @Override
        public String get() {
            return "分值 " + Decimals.trim(max) + " 分减扣分 " + Decimals.trim(total) + " 分，得";
        }
    }

    /** 不合格项目目标数 3 个，每个扣 0.5 分，扣 1.5 分. */
    record PerCount(DeductionTerm.PerCount term, BigDecimal count, Unit unit, BigDecimal each, BigDecimal amount)
            implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Deducted.deferred(term::label, this, each, amount);
        }

        @Override
        public String get() {
            return Decimals.trim(count) + unit.symbol();
        }
    }

    /** 收入预算完成率 90.00% 低于 95% 5个百分点，每 1个百分点为一档 … ({@code term}: the plan's node of the term). */
    record PerStep(Node term, BigDecimal measured, BigDecimal referenceValue, BigDecimal deviation, BigDecimal steps,
                   BigDecimal amount) implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Deducted.deferred(this, () -> Decimals.trim(steps) + " 档", term.each, amount);
        }

        @Override
        public String get() {
            DeductionTerm.PerStep t = (DeductionTerm.PerStep) term.source;
            Unit stepUnit = t.step().unit();
            BigDecimal deviationInStepUnit = Decimals.divide(deviation, stepUnit.factor());
            String unitWord = stepUnit.isPercent() ? "个百分点" : stepUnit.symbol();
            return term.said() + ExprText.value(quantity(term.kids[0], measured)) + " " + t.direction().chinese() + " "
                    + ExprText.value(quantity(term.kids[1], referenceValue)) + " " + Decimals.trim(deviationInStepUnit)
                    + unitWord + "，每 " + Decimals.trim(t.step().value()) + unitWord + "为一档（"
                    + t.counting().chinese() + "）";
        }
    }

    /** 得分 = 覆盖率 × 分值 = 100.00% × 4，得 4 分 ({@code rule}: the plan's node of the formula rule). */
    record Formula(Node rule, BigDecimal[] values, BigDecimal points) implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Decided.deferred(this, points);
        }

        @Override
        public String get() {
            return rule.said() + substituted(((Rule.Formula) rule.source).score(), rule.operands, values) + "，得";
        }
    }

    /** 评价人在 0–2 分之间酌情给分（理由：…），得 1.5 分. */
    record Judged(BigDecimal lo, BigDecimal hi, Judgement given) implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Decided.deferred(this, given.score());
        }

        @Override
        public String get() {
            return "评价人在 " + Decimals.trim(lo) + "–" + Decimals.trim(hi) + " 分之间酌情给分（理由：" + given.reason()
                    + "），得";
        }
    }

    /** 收入预算完成率 100.00% ≥ 95%，成立. */
    record Compare(Condition.Compare condition, Node left, BigDecimal leftValue, Node right, BigDecimal rightValue,
                   boolean holds) implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Tested.deferred(this, holds);
        }

        @Override
        public String get() {
            return side(left, leftValue) + " " + condition.op().symbol() + " " + side(right, rightValue);
        }

        private static String side(Node n, BigDecimal value) {
            return n.kind == Node.CONST ? n.said() : n.said() + quantity(n, value).display();
        }
    }

    /** 是否按时上报：是. */
    record IsYes(Condition.IsYes condition, boolean yes) implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Tested.deferred(this, yes);
        }

        @Override
        public String get() {
            return condition.name() + "：" + (yes ? "是" : "否");
        }
    }

    /** 资金使用合规性全部符合（不符合 0 项）. */
    record AllItems(Condition.AllItemsMet condition, int failed) implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Tested.deferred(this, failed == 0);
        }

        @Override
        public String get() {
            return condition.checklist() + (condition.items().isEmpty() ? "全部" : "第" + condition.items() + "项")
                    + "符合（不符合 " + failed + " 项）";
        }
    }

    /** 资金使用合规性不符合：第2项「…」；第5项「…」. */
    record FailedItems(String checklist, Value.Checklist answers, DataField field, List<Integer> which)
            implements Step, Supplier<String> {
        @Override
        public TraceEntry make() {
            return TraceEntry.Note.deferred(this);
        }

        @Override
        public String get() {
            List<String> failed = new ArrayList<>();
            for (Integer item : which) {
                if (!answers.answers().get(item)) {
                    failed.add("第" + item + "项「" + field.items().get(item - 1) + "」");
                }
            }
            return checklist + "不符合：" + String.join("；", failed);
        }
    }

    /**
     * 收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 1308.05 / 1308.05 × 100% = 100.00%. A measure's step is in
     * the trace of every indicator that uses the measure and in the sheet's figures, so it makes its entry once and
     * every trace shares it, worded once (not a record: it keeps what it made, published through a volatile field since
     * traces may be read from several threads at once).
     */
    static final class Measured implements Step, Supplier<String> {
        private final EvaluationPlan.MeasurePlan measure;
        private final BigDecimal[] values;
        private final BigDecimal value;
        private volatile TraceEntry.Computed made;

        Measured(EvaluationPlan.MeasurePlan measure, BigDecimal[] values, BigDecimal value) {
            this.measure = measure;
            this.values = values;
            this.value = value;
        }

        @Override
        public TraceEntry make() {
            TraceEntry.Computed c = made;
            if (c == null) {
                Measure m = measure.measure;
                c = TraceEntry.Computed.deferred(m.name(), measure.formulaText, this, new Quantity(value, m.unit()));
                made = c;
            }
            return c;
        }

        /** The formula with each datum and measure replaced by its value. */
        @Override
        public String get() {
            return substituted(measure.measure.formula(), measure.operands, values);
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
