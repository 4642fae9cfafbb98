package io.perfeval.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The grade bands of a pack, highest first as templates list them (优秀, 良好, 一般, 较差). A pack may have none
 * ({@link #NONE}): then no sheet has a grade, and the sheet says so.
 */
public record GradeScale(List<GradeBand> bands) {

    /** No grades: a pack whose 总分 is not 100 and which declares none (the default bands are on a 100-point scale). */
    public static final GradeScale NONE = new GradeScale(List.of());

    /**
     * The default of a 100-point pack that declares no grades: ≥85 优秀, 75–85 良好, 60–75 一般, &lt;60 较差 (lower
     * bounds inclusive).
     */
    public static final GradeScale DEFAULT = new GradeScale(List.of(
            GradeBand.halfOpen("优秀", "85", null),
            GradeBand.halfOpen("良好", "75", "85"),
            GradeBand.halfOpen("一般", "60", "75"),
            GradeBand.halfOpen("较差", null, "60")));

    public GradeScale {
        bands = List.copyOf(bands);
    }

    /** Whether the pack grades at all. */
    public boolean isEmpty() {
        return bands.isEmpty();
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

    /** The band of the lowest scores: what 一票否决 of a whole evaluation gives; empty when the pack has no grades. */
    public Optional<GradeBand> lowest() {
        if (bands.isEmpty()) {
            return Optional.empty();
        }
        GradeBand lowest = bands.get(0);
        for (GradeBand b : bands) {
            if (b.lower() == null || (lowest.lower() != null && b.lower().compareTo(lowest.lower()) < 0)) {
                lowest = b;
            }
        }
        return Optional.of(lowest);
    }
}
