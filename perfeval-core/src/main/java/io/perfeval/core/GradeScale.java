package io.perfeval.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The grade bands of a pack, highest first as templates list them (优秀, 良好, 一般, 较差). */
public record GradeScale(List<GradeBand> bands) {

    public GradeScale {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a grade scale needs at least one band");
        }
    }

    /** The first band containing {@code score}; empty only when the bands leave a gap there (a pack check warns). */
    public Optional<GradeBand> gradeOf(BigDecimal score) {
        for (GradeBand b : bands) {
            if (b.contains(score)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The band of the lowest scores: what 一票否决 of a whole evaluation gives. */
    public GradeBand lowest() {
        GradeBand lowest = bands.get(0);
        for (GradeBand b : bands) {
            if (b.lower() == null || (lowest.lower() != null && b.lower().compareTo(lowest.lower()) < 0)) {
                lowest = b;
            }
        }
        return lowest;
    }
}
