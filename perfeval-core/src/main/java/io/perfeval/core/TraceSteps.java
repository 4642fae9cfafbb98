package io.perfeval.core;

import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.internal.FactSource;
import io.perfeval.core.sheet.TraceEntry;
import io.perfeval.core.sheet.TraceFact;
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

    /** A step whose entry is a note worded by the step itself. */
    interface NoteStep extends Step, Supplier<String> {
        @Override
        default TraceEntry make() {
            return Deferred.MAKE.note(this);
        }
    }

    /** 分值 7 分减扣分 2.5 分，得 4.5 分. */
    record Deduction(BigDecimal max, BigDecimal total, BigDecimal score)
            implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.decided(this, score);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Deducted(max, total, score);
        }

        @Override
        public String get() {
            return "分值 " + Decimals.trim(max) + " 分减扣分 " + Decimals.trim(total) + " 分，得";
        }
    }

    /** 不合格项目目标数 3 个，每个扣 0.5 分，扣 1.5 分. */
    record PerCount(DeductionTerm.PerCount term, BigDecimal count, String unit, BigDecimal each, BigDecimal amount)
            implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.deducted(term::label, this, each, amount);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Counted(term.label(), count, unit, each, amount);
        }

        @Override
        public String get() {
            return Decimals.trim(count) + unit;
        }
    }

    /** 收入预算完成率 90.00% 低于 95% 5个百分点，每 1个百分点为一档 … ({@code term}: the plan's node of the term). */
    record PerStep(DeductNodes.PerStep term, BigDecimal measured, BigDecimal referenceValue, BigDecimal deviation,
                   BigDecimal steps, BigDecimal amount) implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.deducted(this, () -> Decimals.trim(steps) + " 档", term.each, amount);
        }

        @Override
        public TraceFact fact() {
            return TraceSteps.stepFact(term, measured, referenceValue, deviation, steps, amount);
        }

        @Override
        public String get() {
            DeductionTerm.PerStep t = term.term;
            Unit stepUnit = t.step().unit();
            BigDecimal deviationInStepUnit = Decimals.divide(deviation, stepUnit.factor());
            String unitWord = stepUnit.isPercent() ? "个百分点" : stepUnit.symbol();
            return term.said() + term.measure.shown(measured) + " " + t.direction().chinese() + " "
                    + term.reference.shown(referenceValue) + " " + Decimals.trim(deviationInStepUnit)
                    + unitWord + "，每 " + Decimals.trim(t.step().value()) + unitWord + "为一档（"
                    + t.counting().chinese() + "）";
        }
    }

    /** The fact of a per-step deduction (or bonus): the deviation in the step's unit, as its sentence says it. */
    static TraceFact stepFact(DeductNodes.PerStep term, BigDecimal measured, BigDecimal referenceValue,
                          BigDecimal deviation, BigDecimal steps, BigDecimal amount) {
        DeductionTerm.PerStep t = term.term;
        Unit stepUnit = t.step().unit();
        return new TraceFact.Stepped(term.measure.said().strip(), term.measure.shown(measured), t.direction().chinese(),
                term.reference.shown(referenceValue), Decimals.divide(deviation, stepUnit.factor()),
                stepUnit.isPercent() ? "个百分点" : stepUnit.symbol(), t.step().value(), t.counting().chinese(), steps,
                term.each, amount);
    }

    /** 加分：升类断面 2个，每个 5 分，加 10 分. */
    record CountBonus(DeductionTerm.PerCount term, BigDecimal count, String unit, BigDecimal each, BigDecimal amount)
            implements NoteStep {
        @Override
        public String get() {
            return "加分：" + term.label() + " " + Decimals.trim(count) + unit + "，每个 " + Decimals.trim(each) + " 分，加 "
                    + Decimals.trim(amount) + " 分";
        }
    }

    /** 加分：完成率 100% 高于 98% 2个百分点，每 1个百分点为一档（按实际折算），2 档，每档 1 分，加 2 分. */
    record StepBonus(PerStep step) implements NoteStep {
        @Override
        public String get() {
            return "加分：" + step.get() + "，" + Decimals.trim(step.steps()) + " 档，每档 " + Decimals.trim(step.term().each)
                    + " 分，加 " + Decimals.trim(step.amount()) + " 分";
        }
    }

    /** 得分 = 覆盖率 × 分值 = 100.00% × 4，得 4 分 ({@code rule}: the plan's node of the formula rule). */
    record Formula(RuleNodes.Formula rule, Object values, BigDecimal points)
            implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.decided(this, points);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Formula(rule.said().substring(0, rule.said().length() - 3), substituted(rule.formula().score(), rule.operands, values), points);
        }

        @Override
        public String get() {
            return rule.said() + substituted(rule.formula().score(), rule.operands, values) + "，得";
        }
    }

    /** 评价人在 0–2 分之间酌情给分（理由：…），得 1.5 分. */
    record Judged(BigDecimal lo, BigDecimal hi, Judgement given)
            implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.decided(this, given.score());
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Judged(lo, hi, given.score(), given.reason());
        }

        @Override
        public String get() {
            return "评价人在 " + Decimals.trim(lo) + "–" + Decimals.trim(hi) + " 分之间酌情给分（理由：" + given.reason()
                    + "），得";
        }
    }

    /**
     * 扣分合计 4 分，最多扣 3 分: the deductions exceeded a limit below the 分值; or ({@code bonus}) 加分合计 3 分，最高加 2 分:
     * bonus steps above the bonus's cap.
     */
    record Limited(BigDecimal total, BigDecimal limit, boolean bonus) implements NoteStep {
        @Override
        public String get() {
            return (bonus ? "加分合计 " : "扣分合计 ") + Decimals.trim(total) + (bonus ? " 分，最高加 " : " 分，最多扣 ")
                    + Decimals.trim(limit) + " 分";
        }
    }

    /**
     * 评价人按等级给分：「较好」3 分（理由：…），得 3 分; at a shared band edge every level that contains the score
     * ({@code within}), in the text's order.
     */
    record Leveled(JudgedNodes.Levels levels, boolean[] within, Judgement given)
            implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.decided(this, given.score());
        }

        @Override
        public TraceFact fact() {
            List<String> named = new ArrayList<>();
            for (int i = 0; i < within.length; i++) {
                if (within[i]) {
                    named.add(levels.labels[i]);
                }
            }
            return new TraceFact.Levelled(named, given.score(), given.reason());
        }

        @Override
        public String get() {
            StringBuilder s = new StringBuilder("评价人按等级给分：");
            boolean first = true;
            for (int i = 0; i < within.length; i++) {
                if (within[i]) {
                    s.append(first ? "" : "、").append(levels.level(i));
                    first = false;
                }
            }
            return s.append("（理由：").append(given.reason()).append("），得").toString();
        }
    }

    /**
     * 得分项：制度健全 2 分、台账完整 1 分，合计得 3 分; above the 分值 「…，合计 5 分，超过分值 4 分，按分值计，得 4 分」;
     * 无得分项，得 0 分.
     */
    record Awarded(AwardNodes.Items items, boolean[] met, BigDecimal sum, BigDecimal max, BigDecimal score)
            implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.decided(this, score);
        }

        @Override
        public TraceFact fact() {
            List<String> labels = new ArrayList<>();
            List<BigDecimal> points = new ArrayList<>();
            metItems(items, met, labels, points);
            return new TraceFact.Awarded(labels, points, sum, max);
        }

        @Override
        public String get() {
            String listed = items.met(met);
            if (listed.isEmpty()) {
                return "无得分项，得";
            }
            if (sum.compareTo(max) > 0) {
                return "得分项：" + listed + "，合计 " + Decimals.trim(sum) + " 分，超过分值 " + Decimals.trim(max)
                        + " 分，按分值计，得";
            }
            return "得分项：" + listed + "，合计得";
        }
    }

    /** 加分项均不符合，不加分. */
    static final TraceEntry.Note NO_BONUS = new TraceEntry.Note("加分项均不符合，不加分");

    /**
     * 加分项：省级表彰 1 分，加 1 分; above the cap 「加分项：…，合计 3 分，最高加 2 分」. {@code sum} includes the points of
     * the bonus's steps, traced before it ({@code awarded}: the items' alone).
     */
    record BonusItems(AwardNodes.Bonus bonus, boolean[] met, BigDecimal awarded, BigDecimal sum, BigDecimal added)
            implements NoteStep, FactSource {
        @Override
        public TraceFact fact() {
            List<String> labels = new ArrayList<>();
            List<BigDecimal> points = new ArrayList<>();
            if (awarded.signum() != 0) {
                metItems(bonus.items, met, labels, points);
            }
            return new TraceFact.BonusAdded(labels, points, sum, added, bonus.cap);
        }

        @Override
        public String get() {
            String listed = "加分项：" + (awarded.signum() == 0 ? "均不符合" : bonus.items.met(met));
            if (sum.compareTo(added) > 0) {
                return listed + "，合计 " + Decimals.trim(sum) + " 分，最高加 " + Decimals.trim(bonus.cap) + " 分";
            }
            return listed + "，加 " + Decimals.trim(added) + " 分";
        }
    }

    /**
     * 基础得分 8 分 + 加分 1.5 分，得 9.5 分; above the 分值 「… = 11 分，超过分值 10 分，按分值计，得 10 分」, or where the pack
     * lets a bonus exceed it 「…（加分可超过分值），得 11 分」.
     */
    record Bonused(BigDecimal before, BigDecimal added, BigDecimal total, BigDecimal max, BigDecimal score,
                   boolean aboveMax) implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.decided(this, score);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.WithBonus(before, added, total, max, aboveMax);
        }

        @Override
        public String get() {
            String sum = "基础得分 " + Decimals.trim(before) + " 分 + 加分 " + Decimals.trim(added) + " 分";
            if (total.compareTo(max) <= 0) {
                return sum + "，得";
            }
            return aboveMax ? sum + "（加分可超过分值），得"
                    : sum + " = " + Decimals.trim(total) + " 分，超过分值 " + Decimals.trim(max) + " 分，按分值计，得";
        }
    }

    /** 各分项得分相加：「车行时间」0.3 分 + 「交通组织」0.5 分，合计得 0.8 分. */
    record Summed(SumNode sum, BigDecimal[] scores, BigDecimal total) implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.decided(this, total);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.PartsSummed(List.of(sum.labels), List.of(scores), total);
        }

        @Override
        public String get() {
            StringBuilder s = new StringBuilder("各分项得分相加：");
            for (int i = 0; i < scores.length; i++) {
                s.append(i == 0 ? "" : " + ").append("「").append(sum.labels[i]).append("」")
                        .append(Decimals.trim(scores[i])).append(" 分");
            }
            return s.append("，合计得").toString();
        }
    }

    /** 分项「交通组织」计算结果 0.7 分超过该项分值 0.5 分，按 0.5 分计; below 0 「…低于 0，按 0 分计」. */
    record PartClamped(String label, BigDecimal raw, BigDecimal max) implements NoteStep, FactSource {
        @Override
        public TraceFact fact() {
            return new TraceFact.PartClamped(label, raw, max);
        }

        @Override
        public String get() {
            String said = "分项「" + label + "」计算结果 " + Decimals.trim(raw) + " 分";
            return raw.signum() < 0 ? said + "低于 0，按 0 分计"
                    : said + "超过该项分值 " + Decimals.trim(max) + " 分，按 " + Decimals.trim(max) + " 分计";
        }
    }

    /** 收入预算完成率 100.00% ≥ 95%，成立. */
    /**
     * A plan node that records its step as the one value it saw ({@link LeafScratch#addValue}) and makes the step from
     * that value when the trace is read: the same node and value give the same step.
     */
    interface ValueStep {
        Step step(BigDecimal value);
    }

    record Compare(Condition.Compare condition, ExprNode left, BigDecimal leftValue, ExprNode right,
                   BigDecimal rightValue, boolean holds) implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.tested(this, holds);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Compared(name(left), left.display(leftValue), condition.op().symbol(), name(right),
                    right.display(rightValue), holds);
        }

        @Override
        public String get() {
            return left.side(leftValue) + " " + condition.op().symbol() + " " + right.side(rightValue);
        }
    }

    /** The labels and points of the items met, in the text's order. */
    private static void metItems(AwardNodes.Items items, boolean[] met, List<String> labels, List<BigDecimal> points) {
        for (int i = 0; i < items.labels.length; i++) {
            if (met != null && met[i]) {
                labels.add(items.labels[i]);
                points.add(items.points[i]);
            }
        }
    }

    /** A comparison side's name for its fact: the expression's text, or {@code ""} for a constant. */
    private static String name(ExprNode side) {
        return side instanceof ExprNodes.Const ? "" : side.said().strip();
    }

    /** 是否按时上报：是. */
    record IsYes(Condition.IsYes condition, boolean yes) implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.tested(this, yes);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Answered(condition.name(), yes);
        }

        @Override
        public String get() {
            return condition.name() + "：" + (yes ? "是" : "否");
        }
    }

    /** 资金使用合规性全部符合（不符合 0 项）. */
    record AllItems(Condition.AllItemsMet condition, int failed)
            implements Step, Supplier<String>, FactSource {
        @Override
        public TraceEntry make() {
            return Deferred.MAKE.tested(this, failed == 0);
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Checked(condition.checklist(), condition.items(), failed);
        }

        @Override
        public String get() {
            return condition.checklist() + (condition.items().isEmpty() ? "全部" : "第" + condition.items() + "项")
                    + "符合（不符合 " + failed + " 项）";
        }
    }

    /** 资金使用合规性不符合：第2项「…」；第5项「…」. */
    record FailedItems(String checklist, Value.Checklist answers, DataField field, List<Integer> which)
            implements NoteStep, FactSource {
        @Override
        public TraceFact fact() {
            return new TraceFact.ItemsFailed(checklist, failedItems());
        }

        @Override
        public String get() {
            return checklist + "不符合：" + String.join("；", failedItems());
        }

        private List<String> failedItems() {
            List<String> failed = new ArrayList<>();
            for (Integer item : which) {
                if (!answers.answers().get(item)) {
                    failed.add("第" + item + "项「" + field.items().get(item - 1) + "」");
                }
            }
            return failed;
        }
    }

    /**
     * 收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 1308.05 / 1308.05 × 100% = 100.00%. A measure's step is in
     * the trace of every indicator that uses the measure and in the sheet's figures, so it makes its entry once and
     * every trace shares it, worded once (not a record: it keeps what it made, published through a volatile field since
     * traces may be read from several threads at once).
     */
    static final class Measured implements Step, Supplier<String>, FactSource {
        private final EvaluationPlan.MeasurePlan measure;
        /** The operands' values as recorded, or the {@link Recall} they are read from. */
        private final Object values;
        private final BigDecimal value;
        private volatile TraceEntry.Computed made;

        Measured(EvaluationPlan.MeasurePlan measure, Object values, BigDecimal value) {
            this.measure = measure;
            this.values = values;
            this.value = value;
        }

        @Override
        public TraceEntry make() {
            TraceEntry.Computed c = made;
            if (c == null) {
                Measure m = measure.measure;
                c = Deferred.MAKE.computed(m.name(), measure.formulaText, this, new Quantity(value, m.unit()));
                made = c;
            }
            return c;
        }

        @Override
        public TraceFact fact() {
            return new TraceFact.Measured(measure.measure.name(), new Quantity(value, measure.measure.unit()));
        }

        /** The formula with each datum and measure replaced by its value. */
        @Override
        public String get() {
            return substituted(measure.measure.formula(), measure.operands, values);
        }
    }

    /** The formula with each datum and measure replaced by its value: 1308.05 / 1308.05 × 100%. */
    static String substituted(Expr e, ExprNode[] operands, Object values) {
        return new Substitution(operands, Recall.values(operands, values)).of(e, 0);
    }

    /**
     * Words a formula with its operands' values ({@code operands}, in the order {@link ExprNode#operands} lists them)
     * in place of their names, and constants as written.
     */
    private static final class Substitution implements Expr.Visitor<String> {
        private final ExprNode[] operands;
        private final BigDecimal[] values;
        private int next;
        /** The precedence of the operator the expression being worded sits in. */
        private int parent;

        Substitution(ExprNode[] operands, BigDecimal[] values) {
            this.operands = operands;
            this.values = values;
        }

        String of(Expr e, int parentPrecedence) {
            int saved = parent;
            parent = parentPrecedence;
            String s = e.accept(this);
            parent = saved;
            return s;
        }

        private String operand() {
            int i = next++;
            return operands[i].shown(values[i]);
        }

        @Override
        public String binary(Expr.Binary b) {
            int outer = parent;
            int p = ExprText.precedence(b.op());
            String s = of(b.left(), p) + " " + b.op().symbol() + " " + of(b.right(), p + 1);
            return ExprText.bracketed(s, p, outer);
        }

        @Override
        public String constant(Expr.Const c) {
            return c.quantity().display();
        }

        @Override
        public String min(Expr.Min e) {
            return ExprText.extremum(true, of(e.left(), 0), of(e.right(), 0));
        }

        @Override
        public String max(Expr.Max e) {
            return ExprText.extremum(false, of(e.left(), 0), of(e.right(), 0));
        }

        @Override
        public String abs(Expr.Abs e) {
            return ExprText.absolute(of(e.value(), 0));
        }

        @Override
        public String ref(Expr.Ref e) {
            return operand();
        }

        @Override
        public String periodValue(Expr.PeriodValue e) {
            return operand();
        }

        @Override
        public String maxScore(Expr.MaxScore e) {
            return operand();
        }

        @Override
        public String countOf(Expr.CountOf e) {
            return operand();
        }

        @Override
        public String failedItems(Expr.FailedItems e) {
            return operand();
        }
    }
}
