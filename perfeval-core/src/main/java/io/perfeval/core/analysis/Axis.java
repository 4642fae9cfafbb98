package io.perfeval.core.analysis;

import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number a pack's rules compare with written thresholds: a declared measure (结转结余率), a numeric datum (组织活动次数)
 * or one period of a series. Values are in {@link #unit()}; {@code step} is the smallest difference the pack can see
 * (a measure's declared rounding, 1 for counts, 0.01 of the unit otherwise), so {@code threshold ± step} are the
 * nearest values on either side of a threshold.
 *
 * @param thresholds every written bound and step reference the rules compare this number with, ascending
 * @param lower      the lowest value the declarations allow, empty when unbounded
 * @param upper      the highest value the declarations allow, empty when unbounded
 */
public record Axis(String name, Unit unit, BigDecimal step, List<BigDecimal> thresholds, Optional<BigDecimal> lower,
                   Optional<BigDecimal> upper) {

    public Axis {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(step, "step");
        thresholds = List.copyOf(thresholds);
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }

    /** Whether {@code value} lies in the declared domain. */
    public boolean admits(BigDecimal value) {
        return lower.map(l -> value.compareTo(l) >= 0).orElse(true) && upper.map(u -> value.compareTo(u) <= 0).orElse(true);
    }
}
