package io.perfeval.core;

import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Unit;
import java.util.Objects;

/**
 * A derived figure (计算指标) defined by a formula over the input, such as
 * 收入预算完成率 = 收入预算完成数 / 收入预算数 × 100%. Its value is expressed in {@code unit} and rounded to
 * {@code scale} decimals of that unit, half-up, before any rule compares it: 100.00%, 35.56%. The rounding is part of
 * the pack, because officials compare the rounded figure with the thresholds.
 */
public record Measure(String name, Expr formula, Unit unit, int scale, String description) {

    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(unit, "unit");
        description = description == null ? "" : description;
        if (name.isBlank()) {
            throw new IllegalArgumentException("a measure needs a name");
        }
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException(name + ": scale must be between 0 and 10");
        }
    }
}
