package io.perfeval.core;

import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DerivedUnit;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;

/** The expression nodes of the evaluation plan, one class per kind of {@link Expr}; see {@link ExprNode}. */
final class ExprNodes {

    private ExprNodes() {
    }

    /** A written number: 95%, 2分. */
    static final class Const extends ExprNode {
        final Quantity quantity;
        final BigDecimal value;
        /** The value in its dimension's base unit, made once. */
        final BigDecimal baseValue;
        /** The value as a scaled long, made once: unscaled and scale, or {@link Scaled#NONE}. */
        private final long unscaled;
        private final int scale;

        Const(Expr.Const source) {
            super(source, DerivedUnit.of(source.quantity().unit()));
            this.quantity = source.quantity();
            this.value = quantity.value();
            this.baseValue = quantity.base();
            boolean fits = Scaled.fits(value);
            this.unscaled = fits ? Scaled.unscaled(value) : 0;
            this.scale = fits ? value.scale() : Scaled.NONE;
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            return value;
        }

        @Override
        long scaled(Engine e, LeafScratch leaf) {
            if (scale == Scaled.NONE) {
                e.scale = Scaled.NONE;
                e.big = value;
                return 0;
            }
            e.scale = scale;
            return unscaled;
        }

        @Override
        BigDecimal base(BigDecimal v) {
            return baseValue;
        }

        @Override
        void operands(List<ExprNode> out) {
            // shown as written
        }

        @Override
        String words() {
            return quantity.display();
        }

        @Override
        String side(BigDecimal v) {
            return said();
        }
    }

    /** A declared numeric datum, read from the input once per evaluation. */
    static final class Field extends ExprNode {
        final int slot;
        private final String name;

        Field(Expr.Ref source, int slot, DataField field) {
            super(source, DerivedUnit.of(field.unit()));
            this.slot = slot;
            this.name = source.name();
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            return e.number(slot, name, leaf);
        }
    }

    /** A declared measure, computed once per evaluation with its trace steps. */
    static final class MeasureRef extends ExprNode {
        final int slot;

        MeasureRef(Expr.Ref source, int slot, Measure measure) {
            super(source, DerivedUnit.of(measure.unit()));
            this.slot = slot;
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            return e.measure(slot, leaf);
        }
    }

    /** A name the pack does not declare: the pack's checks reject it; should one slip through, it fails plainly. */
    static final class Unresolved extends ExprNode {
        Unresolved(Expr.Ref source) {
            super(source, null);
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            throw new NoSuchElementException("undeclared name " + ((Expr.Ref) source).name());
        }
    }

    /** One period of a series: 支出进度[第二季度]. */
    static final class Period extends ExprNode {
        private final int slot;
        private final Expr.PeriodValue period;

        Period(Expr.PeriodValue source, int slot, DataField series) {
            super(source, series == null ? null : DerivedUnit.of(series.unit()));
            this.slot = slot;
            this.period = source;
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            Value.Series s = (Value.Series) e.datum(slot, period.series(), leaf);
            return s.values().get(period.period());
        }

        /** The value {@link #value} gave, from the evaluation's data ({@link Recall}). */
        BigDecimal recall(Object[] data) {
            return ((Value.Series) data[slot]).values().get(period.period());
        }
    }

    /** The indicator's 分值 (R012 inside a measure, which belongs to no indicator). */
    static final class MaxScore extends ExprNode {
        MaxScore(Expr.MaxScore source, DerivedUnit points) {
            super(source, points);
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            if (leaf.indicator == null) {
                throw leaf.fail("R012");
            }
            return e.maxScore(leaf);
        }
    }

    /**
     * Arithmetic, exact but for division (34 digits); division by zero is R001, never a zero. On the long path
     * ({@link Engine#longs}), + − and × whose result the long route gives exactly ({@link #longOp}) carry scaled longs
     * from their operands to their result, and fall back to the {@link BigDecimal} route on the same operand values
     * when a long overflows.
     */
    static final class Binary extends ExprNode {
        final Expr.ArithmeticOp op;
        final ExprNode left;
        final ExprNode right;
        /** Whether the operands' values combine directly ({@link #sameScale(Expr.ArithmeticOp, BigDecimal, BigDecimal, BigDecimal)}). */
        final boolean sameScale;
        /**
         * Whether {@link #scaled} computes in longs: a sum or difference that combines directly (the values' own sum,
         * at the larger scale, as {@link BigDecimal#add} gives it), or + − × of base values (each operand times its
         * factor, exactly) whose result is its own base value; never a division, whose quotient is rounded.
         */
        final boolean longOp;
        private final Expr.Binary binary;

        Binary(Expr.Binary source, ExprNode left, ExprNode right, DerivedUnit unit) {
            super(source, unit);
            this.binary = source;
            this.op = source.op();
            this.left = left;
            this.right = right;
            this.sameScale = unit != null && sameScale(op, left.factor(), right.factor(), unit.factor());
            this.longOp = op != Expr.ArithmeticOp.DIVIDE && unit != null
                    && (sameScale || baseIsValue && left.longBase() && right.longBase());
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            if (longOp && e.longs) {
                long v = scaled(e, leaf);
                return Scaled.big(v, e.scale, e.big);
            }
            return combine(left.value(e, leaf), right.value(e, leaf), leaf);
        }

        @Override
        long scaled(Engine e, LeafScratch leaf) {
            if (!longOp || !e.longs) {
                return e.longOf(value(e, leaf));
            }
            long l = left.scaled(e, leaf);
            int ls = e.scale;
            BigDecimal lbig = e.big;
            long r = right.scaled(e, leaf);
            int rs = e.scale;
            if (ls != Scaled.NONE && rs != Scaled.NONE) {
                try {
                    return sameScale ? direct(e, l, ls, r, rs) : inBase(e, l, ls, r, rs);
                } catch (ArithmeticException tooLong) {
                    // the BigDecimal route below, on the same values
                }
            }
            return e.longOf(combine(Scaled.big(l, ls, lbig), Scaled.big(r, rs, e.big), leaf));
        }

        /** l ± r in their shared unit: {@link #sameScale(Expr.ArithmeticOp, BigDecimal, BigDecimal)}'s sum. */
        private long direct(Engine e, long l, int ls, long r, int rs) {
            long v = Scaled.add(l, ls, r, rs, op == Expr.ArithmeticOp.SUBTRACT);
            e.scale = Math.max(ls, rs);
            return v;
        }

        /** The operation on base values, each {@code v.multiply(factor)} exactly, of a result in base units. */
        private long inBase(Engine e, long l, int ls, long r, int rs) {
            long lb = left.baseUnscaled(l);
            int lbs = left.baseScale(ls);
            long rb = right.baseUnscaled(r);
            int rbs = right.baseScale(rs);
            if (op == Expr.ArithmeticOp.MULTIPLY) {
                int s = Scaled.checked(lbs + rbs);
                long v = Math.multiplyExact(lb, rb);
                e.scale = s;
                return v;
            }
            long v = Scaled.add(lb, lbs, rb, rbs, op == Expr.ArithmeticOp.SUBTRACT);
            e.scale = Math.max(lbs, rbs);
            return v;
        }

        /** The {@link BigDecimal} route: the operation on the operands' values {@code l} and {@code r}. */
        private BigDecimal combine(BigDecimal l, BigDecimal r, LeafScratch leaf) {
            if (unit == null) {
                throw incomparable(left, l, right, r, leaf);
            }
            if (op == Expr.ArithmeticOp.DIVIDE && r.signum() == 0) {
                throw leaf.fail("R001", ExprText.symbolic(binary), ExprText.symbolic(binary.right()));
            }
            if (sameScale) {
                BigDecimal direct = sameScale(op, l, r);
                if (direct != null) {
                    return direct;
                }
            }
            BigDecimal lb = left.base(l);
            BigDecimal rb = right.base(r);
            BigDecimal base = switch (op) {
                case ADD -> lb.add(rb);
                case SUBTRACT -> lb.subtract(rb);
                case MULTIPLY -> lb.multiply(rb);
                case DIVIDE -> Decimals.divide(lb, rb);
            };
            return baseIsValue ? base : Decimals.divide(base, factor());
        }

        @Override
        void operands(List<ExprNode> out) {
            left.operands(out);
            right.operands(out);
        }

        /**
         * Whether operands in units of factors {@code l} and {@code r} may skip base units: the same power-of-ten
         * factor on both sides, and a sum or difference kept in that unit, or a quotient that is a plain number.
         */
        static boolean sameScale(Expr.ArithmeticOp op, BigDecimal l, BigDecimal r, BigDecimal result) {
            if (l == null || r == null || op == Expr.ArithmeticOp.MULTIPLY || !l.equals(r) || !powerOfTen(l)) {
                return false;
            }
            return op == Expr.ArithmeticOp.DIVIDE ? result.compareTo(BigDecimal.ONE) == 0 : result.equals(l);
        }

        /**
         * Operands in units with the same power-of-ten factor (万元 and 万元, % and %) need no base-unit values: the sum
         * or difference of the values, in the left unit, and the quotient of the values, a plain number, are the very
         * digits and scale that going through the base unit and back gives (both shift every scale by the same power
         * of ten, and {@link Decimals#divide} sees the same digits). Null when a sum has more digits than a division
         * keeps, which the base-unit route would round.
         */
        static BigDecimal sameScale(Expr.ArithmeticOp op, BigDecimal l, BigDecimal r) {
            if (op == Expr.ArithmeticOp.DIVIDE) {
                return Decimals.divide(l, r);
            }
            BigDecimal v = op == Expr.ArithmeticOp.ADD ? l.add(r) : l.subtract(r);
            return v.precision() <= Decimals.DIVISION.getPrecision() ? v : null;
        }

        static boolean powerOfTen(BigDecimal factor) {
            return factor.signum() > 0 && factor.precision() == 1 && factor.unscaledValue().intValue() == 1;
        }
    }

    /** The smaller or the larger of two values of comparable units, in the left operand's unit. */
    static final class Extremum extends ExprNode {
        private final boolean min;
        private final ExprNode left;
        private final ExprNode right;
        /** Both units known and comparable; {@code direct}: of one factor, so values compare as they are. */
        private final boolean comparable;
        private final boolean direct;

        Extremum(Expr source, boolean min, ExprNode left, ExprNode right) {
            super(source, comparable(left, right) ? left.unit : null);
            this.min = min;
            this.left = left;
            this.right = right;
            this.comparable = comparable(left, right);
            this.direct = comparable && left.factor().compareTo(right.factor()) == 0;
        }

        private static boolean comparable(ExprNode a, ExprNode b) {
            return a.unit != null && b.unit != null && a.unit.comparableWith(b.unit);
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            BigDecimal l = left.value(e, leaf);
            BigDecimal r = right.value(e, leaf);
            if (!comparable) {
                throw incomparable(left, l, right, r, leaf);
            }
            int c = direct ? l.compareTo(r) : left.base(l).compareTo(right.base(r));
            if (min ? c <= 0 : c >= 0) {
                return l;
            }
            if (direct) {
                return r;
            }
            BigDecimal base = right.base(r);
            return baseIsValue ? base : Decimals.divide(base, factor());
        }

        @Override
        void operands(List<ExprNode> out) {
            left.operands(out);
            right.operands(out);
        }
    }

    /** The absolute value, in its operand's unit. */
    static final class Abs extends ExprNode {
        private final ExprNode operand;

        Abs(Expr.Abs source, ExprNode operand) {
            super(source, operand.unit);
            this.operand = operand;
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            return operand.value(e, leaf).abs();
        }

        @Override
        long scaled(Engine e, LeafScratch leaf) {
            long v = operand.scaled(e, leaf);
            if (e.scale == Scaled.NONE) {
                e.big = e.big.abs();
                return 0;
            }
            // abs() keeps the scale; the one long without a positive counterpart goes the BigDecimal way
            return v != Long.MIN_VALUE ? Math.abs(v) : e.longOf(BigDecimal.valueOf(v, e.scale).abs());
        }

        @Override
        void operands(List<ExprNode> out) {
            operand.operands(out);
        }
    }

    /** How many of the conditions hold (quarters whose progress missed the schedule). */
    static final class CountOf extends ExprNode {
        private final CondNode[] conditions;

        CountOf(Expr.CountOf source, DerivedUnit items, CondNode[] conditions) {
            super(source, items);
            this.conditions = conditions;
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            return BigDecimal.valueOf(count(e, leaf));
        }

        @Override
        long scaled(Engine e, LeafScratch leaf) {
            int n = count(e, leaf);
            e.scale = 0;
            return n;
        }

        private int count(Engine e, LeafScratch leaf) {
            int n = 0;
            for (CondNode c : conditions) {
                if (c.test(e, leaf)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** How many listed items of a checklist are answered 不符合. */
    static final class FailedItems extends ExprNode {
        private final ChecklistPlan checklist;

        FailedItems(Expr.FailedItems source, DerivedUnit items, ChecklistPlan checklist) {
            super(source, items);
            this.checklist = checklist;
        }

        @Override
        BigDecimal value(Engine e, LeafScratch leaf) {
            return BigDecimal.valueOf(checklist.failed(e, leaf));
        }

        @Override
        long scaled(Engine e, LeafScratch leaf) {
            int n = checklist.failed(e, leaf);
            e.scale = 0;
            return n;
        }
    }
}
