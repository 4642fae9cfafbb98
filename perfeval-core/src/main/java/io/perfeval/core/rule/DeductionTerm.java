package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One source of deductions inside a {@link Rule.Deduct}. */
public sealed interface DeductionTerm {

    /** Calls the visitor's method for this term's kind (the exhaustive switch: see {@link Rule#accept}). */
    <R> R accept(Visitor<R> v);

    /** One method per kind; see {@link #accept}. */
    interface Visitor<R> {
        R perCount(PerCount e);

        R perStep(PerStep e);
    }

    /**
     * {@code count × each}: 一项不符合扣0.5分, 每个项目目标扣0.5分, 每次扣分值1分. {@code label} names what is counted
     * (不符合项, 未达到序时进度的季度) for the trace.
     */
    record PerCount(String label, Expr count, Points each) implements DeductionTerm {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.perCount(this);
        }

        public PerCount {
            Names.require(label, "label");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(each, "each");
        }
    }

    /**
     * Deduction per step of deviation of {@code measure} from {@code reference} in {@code direction}:
     * 每降低一个百分点扣分值的十分之一 is {@code PerStep(完成率, 95%, BELOW, 1%, 分值/10, PROPORTIONAL)}. Deviation on
     * the other side of the reference deducts nothing.
     */
    record PerStep(Expr measure, Expr reference, Direction direction, Quantity step, Points each,
                   StepCounting counting) implements DeductionTerm {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.perStep(this);
        }

        public PerStep {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(each, "each");
            Objects.requireNonNull(counting, "counting");
            if (step.value().signum() <= 0) {
                throw new IllegalArgumentException("step must be positive: " + step);
            }
        }

        /** How far {@code measure} lies on the costly side of {@code reference} (both in base units), or 0. */
        public BigDecimal deviation(BigDecimal measure, BigDecimal reference) {
            BigDecimal diff = measure.subtract(reference);
            return switch (direction) {
                case BELOW -> diff.negate().max(BigDecimal.ZERO);
                case ABOVE -> diff.max(BigDecimal.ZERO);
                case EITHER -> diff.abs();
            };
        }

        /**
         * The steps a deviation (in base units) counts for under this term's {@link StepCounting}. The one definition
         * of 「每…为一档」: the evaluator and the static analysis both use it, so they cannot disagree.
         */
        public BigDecimal steps(BigDecimal deviation) {
            if (deviation.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal exact = Decimals.divide(deviation, step.base());
            return switch (counting) {
                case PROPORTIONAL -> exact;
                case STARTED -> exact.setScale(0, RoundingMode.CEILING);
                case COMPLETED -> exact.setScale(0, RoundingMode.FLOOR);
            };
        }
    }

    /** Which way of deviating from the reference costs points. */
    enum Direction {
        /** 每降低, 每下降, 每减少, 低于 … 每 */
        BELOW("低于"),
        /** 每增加, 每提高, 超过 … 每 */
        ABOVE("高于"),
        /** 每相差 */
        EITHER("偏离");

        private final String chinese;

        Direction(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /**
     * How a deviation that is not a whole number of steps counts. Official text rarely says; the pack must.
     * 每五个百分点为档 at a deviation of 30.56 points is 6.112 steps: {@code PROPORTIONAL} deducts 6.112 steps,
     * {@code STARTED} 7 (every band entered), {@code COMPLETED} 6 (only whole bands).
     */
    enum StepCounting {
        PROPORTIONAL("按实际偏离折算"),
        STARTED("不足一档按一档计"),
        COMPLETED("不足一档不扣分");

        private final String chinese;

        StepCounting(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
}
