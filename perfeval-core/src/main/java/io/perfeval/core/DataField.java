package io.perfeval.core;

import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A datum a pack needs from the input (输入数据): its name, type, unit, meaning, and — for checklists and series — its
 * items or periods. Inputs are checked against these declarations before anything is scored.
 *
 * @param min lowest allowed value, or {@code null}; amounts and counts are never negative whatever this says
 * @param max highest allowed value, or {@code null} (a 控制率 may exceed 100%, a 覆盖率 may not)
 */
public record DataField(String name, DataType type, Unit unit, String description, List<String> items,
                        List<String> periods, BigDecimal min, BigDecimal max) {

    public DataField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        description = description == null ? "" : description;
        items = List.copyOf(items);
        periods = List.copyOf(periods);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a data field needs a name");
        }
        if ((type == DataType.CHECKLIST) != !items.isEmpty()) {
            throw new IllegalArgumentException(name + ": checklist items are declared exactly for checklists");
        }
        if ((type == DataType.SERIES) != !periods.isEmpty()) {
            throw new IllegalArgumentException(name + ": periods are declared exactly for series");
        }
        if (type == DataType.AMOUNT && unit.dimension() != Dimension.MONEY) {
            throw new IllegalArgumentException(name + ": an amount needs a money unit, not " + unit);
        }
        if (type == DataType.PERCENTAGE && !unit.isPercent()) {
            throw new IllegalArgumentException(name + ": a percentage has the unit %");
        }
        if (type == DataType.COUNT && unit.dimension() != Dimension.COUNT) {
            throw new IllegalArgumentException(name + ": a count needs a counting unit, not " + unit);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + ": min above max");
        }
    }

    public static DataField amount(String name, String description) {
        return new DataField(name, DataType.AMOUNT, Unit.WAN_YUAN, description, List.of(), List.of(), null, null);
    }

    public static DataField percentage(String name, String description) {
        return new DataField(name, DataType.PERCENTAGE, Unit.PERCENT, description, List.of(), List.of(),
                BigDecimal.ZERO, null);
    }

    public static DataField count(String name, Unit unit, String description) {
        return new DataField(name, DataType.COUNT, unit, description, List.of(), List.of(), null, null);
    }

    public static DataField yesNo(String name, String description) {
        return new DataField(name, DataType.YES_NO, Unit.NUMBER, description, List.of(), List.of(), null, null);
    }

    public static DataField checklist(String name, List<String> items) {
        return new DataField(name, DataType.CHECKLIST, Unit.NUMBER, "", items, List.of(), null, null);
    }

    public static DataField series(String name, Unit unit, List<String> periods, String description) {
        DataType type = DataType.SERIES;
        return new DataField(name, type, unit, description, List.of(), periods, null, null);
    }

    /** Amounts and counts may never be negative. */
    public boolean nonNegative() {
        return type == DataType.AMOUNT || type == DataType.COUNT
                || (min != null && min.signum() >= 0);
    }
}
