package io.perfeval.testkit;

import io.perfeval.core.analysis.Trend;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Two inputs built from the same random choices, differing in the measure {@code axis} ({@code lower} &lt;
 * {@code higher}); {@code implied} is the direction the measure's name implies for every score that reads only it.
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
