package io.perfeval.testkit;

import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An input whose measure {@code axis} is exactly {@code value} — a threshold of indicator {@code indicator}'s rule or
 * the nearest value either side — with the score the exact analysis says the rule gives there. For a rule of yes/no
 * answers only, {@code axis} names the answers (按时上报=是，资料#2=否) and {@code value} numbers the combination; for a
 * pack with neither, {@code axis} is empty and the input is the analysis's witness of a lowest or highest score.
 */
public record ThresholdCase(String indicator, String axis, BigDecimal value, BigDecimal expected,
                            EvaluationInput input) {

    public ThresholdCase {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(input, "input");
    }

    @Override
    public String toString() {
        return indicator + " @ " + axis + " = " + value.toPlainString() + " → " + expected.toPlainString();
    }
}
