package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The unit of an arithmetic result: the one algebra of units that the pack checks, the evaluator and the rule language
 * share, so that they cannot disagree about a formula.
 *
 * <p>A derived unit is a product of powers of base dimensions — score, money, count, duration, and each
 * {@link Dimension#OTHER} unit on its own — so a formula may be written in either order: {@code 分值 × A / B} with A
 * and B amounts gives points as {@code A / B × 分值} does, and {@code (A × B) / C} gives what is left when the
 * dimensions cancel. Where a result is one dimension to the first power it is a plain {@link Unit} again, the unit an
 * operand of that dimension was written in (万元 stays 万元); a dimensionless result is a number ({@code %} when a ratio
 * is multiplied by a percentage, as {@code 完成数 / 预算数 × 100%} reads). Counts scale: a count multiplied by a
 * quantity is that quantity (条数 × 10分 is points) and an amount per count is an amount (金额 / 人数); a count by a count
 * is a count, a count per count a number; the counts inside a unit are kept, so {@code (条数 × 金额) / 金额} is a count as
 * {@code 条数 × (金额 / 金额)} is. Anything else is a <em>compound</em> unit (分·元, 元², 1/元), whose values are
 * kept in base units; it may take part in further arithmetic and compares only with a compound of the same
 * dimensions, but a score, a measure or a deduction count needs a plain unit in the end.
 *
 * <p>Sums, differences, {@code Min} and {@code Max} need comparable units (the result is in the left operand's unit): a
 * sum of incomparable units has no unit ({@link #plus} is empty), which the checks report as C006.
 *
 * <pre>{@code
 * DerivedUnit points = DerivedUnit.of(Unit.POINT).times(DerivedUnit.of(Unit.WAN_YUAN)).per(DerivedUnit.of(Unit.WAN_YUAN));
 * points.unit();                                   // Optional[分]
 * DerivedUnit.of(Unit.count("条")).times(DerivedUnit.of(Unit.POINT)).unit();   // Optional[分]
 * DerivedUnit.of(expr, name -> declaredUnitOf(name)); // the unit of a whole formula, empty where a sum does not agree
 * }</pre>
 *
 * Immutable; equal when of the same dimensions (counts inside included) in the same named units.
 */
public final class DerivedUnit {

    /** Base-dimension keys, chosen so that their order is the order a compound unit is written in (分·元·日). */
    private static final String SCORE = "0";
    private static final String MONEY = "1";
    private static final String COUNT = "2";
    private static final String DURATION = "3";
    private static final String OTHER = "4";
    private static final String[] NONE = {};
    private static final int[] NO_POWERS = {};
    private static final Unit[] NO_UNITS = {};
    private static final DerivedUnit NUMBER = new DerivedUnit(Unit.NUMBER, NONE, NO_POWERS, NO_UNITS);
    private static final DerivedUnit PERCENT = new DerivedUnit(Unit.PERCENT, NONE, NO_POWERS, NO_UNITS);
    private static final DerivedUnit POINT = of(Unit.POINT);

    /** The plain unit, or null for a compound. */
    private final Unit unit;
    /**
     * Base dimensions with a non-zero power, sorted: a plain unit's own (none for a ratio), and the counts that scaled
     * it (条数 × 10分 is points with a count inside, which a division by the count takes out again).
     */
    private final String[] keys;
    private final int[] powers;
    /** Per key, the named unit it was written in (the left operand's first), which a reduction to it falls back on. */
    private final Unit[] named;
    private final String symbol;

    private DerivedUnit(Unit unit, String[] keys, int[] powers, Unit[] named) {
        this.unit = unit;
        this.keys = keys;
        this.powers = powers;
        this.named = named;
        this.symbol = unit != null ? unit.symbol() : compoundSymbol(keys, powers, named);
    }

    /** {@code unit} as a derived unit: itself. */
    public static DerivedUnit of(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        if (unit.dimension() == Dimension.RATIO) {
            return new DerivedUnit(unit, NONE, NO_POWERS, NO_UNITS);
        }
        return new DerivedUnit(unit, new String[] {key(unit)}, new int[] {1}, new Unit[] {unit});
    }

    /**
     * The unit of a whole formula, with {@code names} giving the unit of each datum or measure it names (a series by
     * its name; null when a name has no unit, and then so has the formula): empty where a sum, difference,
     * {@code Min} or {@code Max} joins incomparable units. A count of conditions or checklist items is a count (项),
     * 分值 is points.
     */
    public static Optional<DerivedUnit> of(Expr formula, Function<String, Unit> names) {
        Objects.requireNonNull(names, "names");
        return Optional.ofNullable(formula.accept(new Inference(names)));
    }

    /** The plain unit this is, or empty for a compound unit. */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /** Whether this is a plain {@link Unit} (not a compound). */
    public boolean isPlain() {
        return unit != null;
    }

    /** Whether this is a plain unit of {@code dimension} (a compound unit is of none). */
    public boolean isPlain(Dimension dimension) {
        return unit != null && unit.dimension() == dimension;
    }

    /** As officials write it (万元, %, 分), or a compound's base units (分·元, 元², 1/元); empty for a plain number. */
    public String symbol() {
        return symbol;
    }

    /** The value of one of this unit in base units: a plain unit's factor, 1 for a compound (kept in base units). */
    public BigDecimal factor() {
        return unit != null ? unit.factor() : BigDecimal.ONE;
    }

    /** Whether values in this unit and in {@code other} may be compared, added or subtracted. */
    public boolean comparableWith(DerivedUnit other) {
        if (unit != null || other.unit != null) {
            return unit != null && other.unit != null && unit.comparableWith(other.unit);
        }
        // compounds: the same dimensions, counts aside (they scale)
        int i = 0;
        int j = 0;
        while (true) {
            while (i < keys.length && keys[i].equals(COUNT)) {
                i++;
            }
            while (j < other.keys.length && other.keys[j].equals(COUNT)) {
                j++;
            }
            if (i == keys.length || j == other.keys.length) {
                return i == keys.length && j == other.keys.length;
            }
            if (!keys[i].equals(other.keys[j]) || powers[i] != other.powers[j]) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** The unit of a sum or difference: this one when {@code other} is comparable, else empty. */
    public Optional<DerivedUnit> plus(DerivedUnit other) {
        return comparableWith(other) ? Optional.of(this) : Optional.empty();
    }

    /** The unit of a product. Always defined; see the class comment for how it reduces. */
    public DerivedUnit times(DerivedUnit other) {
        if (isRatio() && other.isRatio()) {
            // two ratios: 完成数 / 预算数 × 100% reads as a percentage
            return unit.isPercent() || other.unit.isPercent() ? PERCENT : NUMBER;
        }
        return combine(other, 1);
    }

    /** The unit of a quotient. Always defined; see the class comment for how it reduces. */
    public DerivedUnit per(DerivedUnit other) {
        return combine(other, -1);
    }

    /** The unit of {@code this op right}: {@link #plus}, {@link #times} or {@link #per}. */
    public Optional<DerivedUnit> apply(Expr.ArithmeticOp op, DerivedUnit right) {
        return switch (op) {
            case ADD, SUBTRACT -> plus(right);
            case MULTIPLY -> Optional.of(times(right));
            case DIVIDE -> Optional.of(per(right));
        };
    }

    /** A plain ratio (number or percentage) with no counts inside it. */
    private boolean isRatio() {
        return keys.length == 0 && unit != null;
    }

    private DerivedUnit combine(DerivedUnit other, int sign) {
        int n = keys.length + other.keys.length;
        String[] k = new String[n];
        int[] p = new int[n];
        Unit[] u = new Unit[n];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < keys.length || j < other.keys.length) {
            int c = i == keys.length ? 1 : j == other.keys.length ? -1 : keys[i].compareTo(other.keys[j]);
            int power;
            String key;
            Unit name;
            if (c < 0) {
                key = keys[i];
                power = powers[i];
                name = named[i++];
            } else if (c > 0) {
                key = other.keys[j];
                power = sign * other.powers[j];
                name = other.named[j++];
            } else {
                key = keys[i];
                power = powers[i] + sign * other.powers[j];
                name = named[i++];
                j++;
            }
            if (power != 0) {
                k[size] = key;
                p[size] = power;
                u[size] = name;
                size++;
            }
        }
        return reduce(Arrays.copyOf(k, size), Arrays.copyOf(p, size), Arrays.copyOf(u, size));
    }

    /** A plain unit where the dimensions allow one, else the compound. */
    private static DerivedUnit reduce(String[] keys, int[] powers, Unit[] named) {
        int counted = -1;
        int other = -1;
        int others = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(COUNT)) {
                counted = i;
            } else {
                other = i;
                others++;
            }
        }
        // The powers are kept whatever the unit: counts only choose the unit, so (条数 × 金额) / 金额 is a count again,
        // as 条数 × (金额 / 金额) is.
        if (others == 0) {
            // counts alone: a count of counts is a count (人 × 次), a count per count a number
            if (counted < 0) {
                return NUMBER;
            }
            return new DerivedUnit(powers[counted] > 0 ? named[counted] : Unit.NUMBER, keys, powers, named);
        }
        if (others == 1 && powers[other] == 1) {
            // counts scale the one dimension left: 条数 × 10分, 金额 / 人数
            return new DerivedUnit(named[other], keys, powers, named);
        }
        return new DerivedUnit(null, keys, powers, named);
    }

    private static String key(Unit u) {
        return switch (u.dimension()) {
            case RATIO -> "";
            case SCORE -> SCORE;
            case MONEY -> MONEY;
            case COUNT -> COUNT;
            case DURATION -> DURATION;
            case OTHER -> OTHER.concat(u.symbol());
        };
    }

    /** 分·元, 元², 分/元, 1/元: each dimension in its base unit, in the keys' order. */
    private static String compoundSymbol(String[] keys, int[] powers, Unit[] named) {
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            String base = switch (keys[i].substring(0, 1)) {
                case SCORE -> Unit.POINT.symbol();
                case MONEY -> Unit.YUAN.symbol();
                case DURATION -> Unit.DAY.symbol();
                default -> named[i].symbol();
            };
            if (powers[i] > 0) {
                top.append(top.length() == 0 ? "" : "·").append(base).append(power(powers[i]));
            } else {
                bottom.append('/').append(base).append(power(-powers[i]));
            }
        }
        return (top.length() == 0 ? "1" : top.toString()) + bottom;
    }

    private static String power(int p) {
        return p == 1 ? "" : p == 2 ? "²" : p == 3 ? "³" : "^" + p;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DerivedUnit d && Objects.equals(unit, d.unit) && Arrays.equals(keys, d.keys)
                && Arrays.equals(powers, d.powers) && Arrays.equals(named, d.named);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, Arrays.hashCode(keys), Arrays.hashCode(powers));
    }

    @Override
    public String toString() {
        return symbol.isEmpty() ? "(数)" : symbol;
    }

    /** {@link #of(Expr, Function)}: the unit of each kind of expression. */
    private static final class Inference implements Expr.Visitor<DerivedUnit> {
        private static final DerivedUnit ITEMS = of(Unit.count("项"));
        private final Function<String, Unit> names;

        Inference(Function<String, Unit> names) {
            this.names = names;
        }

        private static DerivedUnit named(Unit u) {
            return u == null ? null : of(u);
        }

        @Override
        public DerivedUnit constant(Expr.Const e) {
            return of(e.quantity().unit());
        }

        @Override
        public DerivedUnit ref(Expr.Ref e) {
            return named(names.apply(e.name()));
        }

        @Override
        public DerivedUnit periodValue(Expr.PeriodValue e) {
            return named(names.apply(e.series()));
        }

        @Override
        public DerivedUnit maxScore(Expr.MaxScore e) {
            return POINT;
        }

        @Override
        public DerivedUnit binary(Expr.Binary e) {
            DerivedUnit l = e.left().accept(this);
            DerivedUnit r = e.right().accept(this);
            return l == null || r == null ? null : l.apply(e.op(), r).orElse(null);
        }

        @Override
        public DerivedUnit countOf(Expr.CountOf e) {
            return ITEMS;
        }

        @Override
        public DerivedUnit failedItems(Expr.FailedItems e) {
            return ITEMS;
        }

        @Override
        public DerivedUnit min(Expr.Min e) {
            return extremum(e.left(), e.right());
        }

        @Override
        public DerivedUnit max(Expr.Max e) {
            return extremum(e.left(), e.right());
        }

        private DerivedUnit extremum(Expr left, Expr right) {
            DerivedUnit l = left.accept(this);
            DerivedUnit r = right.accept(this);
            return l == null || r == null ? null : l.plus(r).orElse(null);
        }

        @Override
        public DerivedUnit abs(Expr.Abs e) {
            return e.value().accept(this);
        }
    }
}
