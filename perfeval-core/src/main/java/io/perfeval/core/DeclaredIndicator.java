package io.perfeval.core;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator a project declares on its 项目支出绩效自评表 (a 三级指标 under the template's fixed headings): its name,
 * heading, 分值, 年度指标值 and result. Values are kept as the table gives them; {@link RulePack#bind} checks them
 * against the template and reports every problem, so this record accepts what a table may get wrong (a target without
 * a direction, a missing result) instead of throwing.
 *
 * @param level1   the 一级 heading (产出指标, 效益指标, 满意度指标)
 * @param level2   the 二级 heading (数量指标 …); empty where the 一级 heading has none
 * @param maxScore 分值
 */
public record DeclaredIndicator(String name, String level1, String level2, BigDecimal maxScore, Target target,
                                Result result) {

    public DeclaredIndicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level1, "level1");
        level2 = level2 == null ? "" : level2;
        Objects.requireNonNull(maxScore, "maxScore");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(result, "result");
    }

    /** The 年度指标值: a number with a direction and a unit, or words (定性). */
    public sealed interface Target {
    }

    /**
     * A quantitative target: ≥95%, ≤10天, =100%.
     *
     * @param direction {@code null} when the table writes none (a problem {@link RulePack#bind} reports)
     * @param unit      as written ({@code ""} for none); the result's unit must be the same
     */
    public record Quantitative(Condition.Comparison direction, BigDecimal value, String unit) implements Target {
        public Quantitative {
            Objects.requireNonNull(value, "value");
            unit = unit == null ? "" : unit.strip();
        }

        /** The target as a table writes it: ≥95%. */
        public String text() {
            return (direction == null ? "" : direction.symbol()) + value.toPlainString() + unit;
        }
    }

    /** A qualitative target in words: 效果明显, 达成预期指标. */
    public record Qualitative(String text) implements Target {
        public Qualitative {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The 实际完成值: a measured number, the evaluator's judgement of a qualitative indicator, 不适用, or nothing. */
    public sealed interface Result {
    }

    /** A measured 实际完成值 in {@code unit} ({@code ""} for none). */
    public record Measured(BigDecimal value, String unit) implements Result {
        public Measured {
            Objects.requireNonNull(value, "value");
            unit = unit == null ? "" : unit.strip();
        }
    }

    /**
     * The evaluator's judgement of a qualitative indicator: the level chosen (达成预期指标 …), the score within that
     * level's band and the written reason.
     */
    public record Judged(String level, Judgement judgement) implements Result {
        public Judged {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(judgement, "judgement");
        }
    }

    /** The indicator does not apply this year; its 分值 leaves the total and the pack's 不适用处理 applies. */
    public record NotApplicable(String reason) implements Result {
        public NotApplicable {
            reason = reason == null || reason.isBlank() ? "不适用" : reason;
        }
    }

    /** No 实际完成值 was given. */
    public record Missing() implements Result {
    }

    /** The bound pack's datum for this indicator's 实际完成值. */
    public String actualField() {
        return name + "·" + IndicatorTemplate.ACTUAL;
    }

    /** The bound pack's datum for this indicator's 年度指标值. */
    public String targetField() {
        return name + "·" + IndicatorTemplate.TARGET;
    }

    /** Puts this indicator's target and result (or judgement) into {@code input}, as the bound pack reads them. */
    public EvaluationInput.Builder addTo(EvaluationInput.Builder input) {
        if (target instanceof Quantitative q && result instanceof Measured m) {
            input.put(targetField(), Value.number(q.value()));
            input.put(actualField(), Value.number(m.value()));
        } else if (result instanceof Judged j) {
            input.judgement(name, j.judgement());
        }
        return input;
    }
}
