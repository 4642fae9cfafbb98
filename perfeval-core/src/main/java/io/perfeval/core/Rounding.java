package io.perfeval.core;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The pack's declared rounding of scores: each indicator's score is rounded to {@code scoreScale} decimals with
 * {@code mode} (default: 2 decimals, 四舍五入 = {@link RoundingMode#HALF_UP}); subtotals and the total are exact sums of
 * rounded scores. Measures declare their own scale (see {@link Measure}).
 */
public record Rounding(int scoreScale, RoundingMode mode) {

    public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP);

    /** The most decimals a score is kept to: scores are printed, summed and compared at this scale. */
    public static final int MAX_SCORE_SCALE = 6;

    public Rounding {
        Objects.requireNonNull(mode, "mode");
        if (scoreScale < 0 || scoreScale > MAX_SCORE_SCALE) {
            throw new IllegalArgumentException("score scale must be between 0 and " + MAX_SCORE_SCALE + ": "
                    + scoreScale);
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("UNNECESSARY is not a rounding");
        }
    }
}
