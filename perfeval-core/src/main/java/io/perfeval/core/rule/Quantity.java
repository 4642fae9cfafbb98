package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact number in a unit, as written: {@code 95%} is {@code Quantity(95, PERCENT)}, {@code 1308.05万元} is
 * {@code Quantity(1308.05, WAN_YUAN)}. Comparisons go through {@link #base()}, the value in the dimension's base unit,
 * so 95% equals the ratio 0.95 and 1万元 equals 10000元.
 */
public record Quantity(BigDecimal value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    public static Quantity number(BigDecimal value) {
        return new Quantity(value, Unit.NUMBER);
    }

    public static Quantity percent(String value) {
        return of(value, Unit.PERCENT);
    }

    /** The value in the base unit of its dimension (exact: factors are powers of ten or one). */
    public BigDecimal base() {
        return unit.factor().compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(unit.factor());
    }

    /** This quantity expressed in {@code target}, which must be comparable. Exact for this library's units. */
    public Quantity in(Unit target) {
        if (!unit.comparableWith(target)) {
            throw new IllegalArgumentException("cannot convert " + unit + " to " + target);
        }
        if (unit.equals(target)) {
            return this;
        }
        return new Quantity(Decimals.divide(base(), target.factor()), target);
    }

    public int compareTo(Quantity other) {
        if (!unit.comparableWith(other.unit)) {
            throw new IllegalArgumentException("cannot compare " + unit + " with " + other.unit);
        }
        if (unit.factor().equals(other.unit.factor())) {
            // the same positive factor on both sides keeps the order: no base-unit values needed
            return value.compareTo(other.value);
        }
        return base().compareTo(other.base());
    }

    /** Value and unit as officials write them: {@code 100.00%}, {@code 1308.05万元}, {@code 3}. */
    public String display() {
        return Decimals.plain(value) + unit.symbol();
    }

    @Override
    public String toString() {
        return display();
    }
}
