package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a leaf indicator (三级指标) is scored: the compiled form of its 评价标准. Every scoring method of the official
 * templates is one of these records or a composition of them. Immutable, structurally equal, free of source
 * positions (those live in the pack's source map), and finite: evaluating a rule always terminates.
 *
 * <p>Scores produced by a rule are clamped by the evaluator to [0, 分值]; a clamp is recorded in the trace, never
 * silent.
 */
public sealed interface Rule {

    /** 得满分. */
    record FullMarks() implements Rule {
    }

    /** A fixed score: 得0分, 不得分, 得2分. */
    record FixedScore(BigDecimal points) implements Rule {
        public FixedScore {
            Objects.requireNonNull(points, "points");
            if (points.signum() < 0) {
                throw new IllegalArgumentException("a fixed score must not be negative: " + points);
            }
        }

        public static FixedScore zero() {
            return new FixedScore(BigDecimal.ZERO);
        }
    }

    /**
     * Full marks less every term's deductions. {@code floorAtZero} is 扣完为止: without it, deductions that exceed the
     * 分值 are still clamped at 0 by the evaluator, but the trace says the text did not allow for it.
     */
    record Deduct(List<DeductionTerm> terms, boolean floorAtZero) implements Rule {
        public Deduct {
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("Deduct needs at least one term");
            }
        }
    }

    /**
     * A score given by a formula: 得分 = 覆盖率 × 分值 (完成率法), 按比例得分. {@code capAtMax}: 超出总分值不加分 /
     * 以总分为上限 — without it, a result above 分值 is an error, not a silent cap.
     */
    record Formula(Expr score, boolean capAtMax) implements Rule {
        public Formula {
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * Ordered clauses: the first whose condition holds decides; {@code otherwise} applies when none does
     * ({@link NoRule} when the text gives nothing for that case).
     */
    record Cases(List<Case> cases, Rule otherwise) implements Rule {
        public Cases {
            cases = List.copyOf(cases);
            Objects.requireNonNull(otherwise, "otherwise");
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("Cases needs at least one case");
            }
        }
    }

    record Case(Condition when, Rule then) {
        public Case {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(then, "then");
        }
    }

    /**
     * A score the evaluator gives by judgement (酌情扣分, 根据实际情况设置, 80%以上（8分到10分）) within
     * [{@code min}, {@code max}], always with a written reason supplied in the input.
     */
    record Judgement(Points min, Points max) implements Rule {
        public Judgement {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        /** Anywhere from 0 to the 分值. */
        public static Judgement anywhere() {
            return new Judgement(new Points.Absolute(BigDecimal.ZERO), Points.full());
        }
    }

    /** 一票否决: the indicator scores 0, and with {@link VetoScope#EVALUATION} the whole evaluation does. */
    record Veto(VetoScope scope) implements Rule {
        public Veto {
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** 不适用: the indicator is excluded and the pack's {@code NotApplicablePolicy} applies to the total. */
    record NotApplicable(String reason) implements Rule {
        public NotApplicable {
            Names.require(reason, "reason");
        }
    }

    /** The text gives no score for this case: evaluating it is a per-indicator error (无对应评分规则). */
    record NoRule() implements Rule {
    }

    enum VetoScope {
        INDICATOR, EVALUATION
    }
}
