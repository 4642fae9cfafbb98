package io.perfeval.testkit;

import io.perfeval.core.analysis.Trend;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Two inputs built from the same random choices, differing in the number {@code axis} ({@code lower} &lt;
 * {@code higher}); {@code implied} is the direction the wording of an indicator reading only that number states for it
 * ({@code PackAnalysis.statedTrend}). For a pack where no wording states one, both inputs are the same, {@code axis}
 * is empty and {@code implied} is {@link Trend#CONSTANT}.
 */
public record MonotonePair(String axis, Trend implied, BigDecimal lower, BigDecimal higher, EvaluationInput atLower,
                           EvaluationInput atHigher) {

    public MonotonePair {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(implied, "implied");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(higher, "higher");
        Objects.requireNonNull(atLower, "atLower");
        Objects.requireNonNull(atHigher, "atHigher");
    }

    @Override
    public String toString() {
        return axis + " " + lower.toPlainString() + " → " + higher.toPlainString() + " (" + implied.english() + ")";
    }
}
