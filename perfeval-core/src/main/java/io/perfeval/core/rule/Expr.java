package io.perfeval.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * A numeric formula over a pack's declared data: 收入预算完成数 / 收入预算数 × 100%, 覆盖率 × 分值, the number of
 * checklist items not met. Immutable; equality is structural.
 */
public sealed interface Expr {

    /** Calls the visitor's method for this expression's kind (the exhaustive switch: see {@link Rule#accept}). */
    <R> R accept(Visitor<R> v);

    /** One method per kind; see {@link #accept}. */
    interface Visitor<R> {
        R constant(Const e);

        R ref(Ref e);

        R periodValue(PeriodValue e);

        R maxScore(MaxScore e);

        R binary(Binary e);

        R countOf(CountOf e);

        R failedItems(FailedItems e);

        R min(Min e);

        R max(Max e);

        R abs(Abs e);
    }

    /** A written number with its unit: 95%, 0.1个百分点, 2分. */
    record Const(Quantity quantity) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.constant(this);
        }

        public Const {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A declared input datum or derived measure, by its canonical name (aliases are resolved before this). */
    record Ref(String name) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.ref(this);
        }

        public Ref {
            Names.require(name, "name");
        }
    }

    /** One period of a per-period series: 支出进度[第二季度]. */
    record PeriodValue(String series, String period) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.periodValue(this);
        }

        public PeriodValue {
            Names.require(series, "series");
            Names.require(period, "period");
        }
    }

    /** The indicator's own 分值, as in 得分 = 覆盖率 × 分值. */
    record MaxScore() implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.maxScore(this);
        }

    }

    /** Arithmetic. Division by zero is reported by the evaluator as a per-indicator problem, never as a zero. */
    record Binary(ArithmeticOp op, Expr left, Expr right) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.binary(this);
        }

        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** How many of the given conditions hold (e.g. quarters whose progress missed the schedule). */
    record CountOf(List<Condition> conditions) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.countOf(this);
        }

        public CountOf {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("CountOf needs at least one condition");
            }
        }
    }

    /**
     * How many listed items of a checklist are answered 不符合. {@code items} are 1-based item numbers; an empty list
     * means every item the checklist declares.
     */
    record FailedItems(String checklist, List<Integer> items) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.failedItems(this);
        }

        public FailedItems {
            Names.require(checklist, "checklist");
            items = List.copyOf(items);
            for (Integer item : items) {
                if (item < 1) {
                    throw new IllegalArgumentException("checklist items are numbered from 1: " + item);
                }
            }
        }
    }

    /** The smaller of two values of comparable units: 「超过100%以100%计算」 is {@code Min(完成率, 100%)}. */
    record Min(Expr left, Expr right) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.min(this);
        }

        public Min {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** The larger of two values of comparable units: 「低于0按0计」 is {@code Max(x, 0)}. */
    record Max(Expr left, Expr right) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.max(this);
        }

        public Max {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** The absolute value: 偏差率 = |实际值 − 目标值| / 目标值. */
    record Abs(Expr value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.abs(this);
        }

        public Abs {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The four operations of a formula: + − × ÷ (a division is carried to 34 significant digits). */
    enum ArithmeticOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("×"), DIVIDE("/");

        private final String symbol;

        ArithmeticOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
