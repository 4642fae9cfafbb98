package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of measure: the symbol officials write (万元, %, 件, 日, 分), its {@link Dimension} and the value of one unit
 * in the dimension's base unit. Percent is a ratio with factor 0.01, so 95% compares equal to the ratio 0.95.
 *
 * <p>Units of {@link Dimension#OTHER} carry their own symbol as identity: 公斤 and 吨 are not converted into each
 * other, only compared with themselves.
 */
public record Unit(String symbol, Dimension dimension, BigDecimal factor) {

    public static final Unit NUMBER = new Unit("", Dimension.RATIO, BigDecimal.ONE);
    public static final Unit PERCENT = new Unit("%", Dimension.RATIO, new BigDecimal("0.01"));
    public static final Unit YUAN = new Unit("元", Dimension.MONEY, BigDecimal.ONE);
    public static final Unit WAN_YUAN = new Unit("万元", Dimension.MONEY, new BigDecimal("10000"));
    public static final Unit YI_YUAN = new Unit("亿元", Dimension.MONEY, new BigDecimal("100000000"));
    public static final Unit ITEM = new Unit("件", Dimension.COUNT, BigDecimal.ONE);
    public static final Unit DAY = new Unit("日", Dimension.DURATION, BigDecimal.ONE);
    public static final Unit POINT = new Unit("分", Dimension.SCORE, BigDecimal.ONE);

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("unit factor must be positive: " + symbol + " " + factor);
        }
        factor = factor.stripTrailingZeros();
    }

    /** A counting unit such as 次, 篇 or 条: all counts compare with each other. */
    public static Unit count(String symbol) {
        return new Unit(symbol, Dimension.COUNT, BigDecimal.ONE);
    }

    /** A unit of its own kind (公斤, 公里 …), comparable only with itself. */
    public static Unit other(String symbol) {
        return new Unit(symbol, Dimension.OTHER, BigDecimal.ONE);
    }

    /** Whether quantities in this unit and in {@code other} may be compared, added or subtracted. */
    public boolean comparableWith(Unit other) {
        if (dimension != other.dimension) {
            return false;
        }
        return dimension != Dimension.OTHER || symbol.equals(other.symbol);
    }

    public boolean isPercent() {
        return equals(PERCENT);
    }

    /**
     * The record's equality, written out: a record's generated equals and hashCode bootstrap method handles on first
     * use, about 30 ms of a fresh JVM, and units are compared while every pack compiles (BENCHMARKS.md).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Unit u && symbol.equals(u.symbol) && dimension == u.dimension
                && factor.equals(u.factor);
    }

    @Override
    public int hashCode() {
        return (symbol.hashCode() * 31 + dimension.hashCode()) * 31 + factor.hashCode();
    }

    @Override
    public String toString() {
        return symbol.isEmpty() ? "(数)" : symbol;
    }
}
