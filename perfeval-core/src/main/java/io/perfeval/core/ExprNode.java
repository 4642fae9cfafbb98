package io.perfeval.core;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DerivedUnit;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.util.List;

/**
 * An expression of the evaluation plan, which evaluates itself ({@link ExprNodes} has one class per kind). Its unit is
 * known from the declarations alone, so the evaluator carries bare values in that unit and words a value with its unit
 * only when a trace step is read. Immutable but for the wording memo ({@link #said()}).
 */
abstract class ExprNode {

    /** The public tree node this came from, for the trace's wording and for error messages. */
    final Expr source;
    /**
     * The unit of this expression's values; null when it cannot be known (an operand cannot be evaluated, or a sum's
     * units do not agree): evaluating the node then fails with R006 after its operands are evaluated.
     */
    final DerivedUnit unit;
    /** Whether the unit's factor is 1, so that a value is its own base-unit value. */
    final boolean baseIsValue;
    private final BigDecimal factor;
    /**
     * The factor as a scaled long ({@link Scaled}), for base values on the long path: its unscaled value and scale, or
     * {@link Scaled#NONE} when no long holds it (a factor written 1E+4).
     */
    final long factorUnscaled;
    final int factorScale;
    /** Whether the unit is the percentage, which a substituted formula shows with its %. */
    private final boolean percent;
    /** See {@link #said()}. */
    private volatile String said;

    ExprNode(Expr source, DerivedUnit unit) {
        this.source = source;
        this.unit = unit;
        this.factor = unit == null ? null : unit.factor();
        this.baseIsValue = unit != null && factor.compareTo(BigDecimal.ONE) == 0;
        this.percent = unit != null && unit.isPlain() && unit.unit().get().isPercent();
        boolean fits = factor != null && Scaled.fits(factor);
        this.factorUnscaled = fits ? Scaled.unscaled(factor) : 0;
        this.factorScale = fits ? factor.scale() : Scaled.NONE;
    }

    /** The value in this node's unit. */
    abstract BigDecimal value(Engine e, LeafScratch leaf);

    /**
     * The same number as {@link #value}, value and scale, as a scaled long (issue 21 item 3): its unscaled value, with
     * its scale left in {@link Engine#scale}; or, where a long cannot hold it, {@link Scaled#NONE} there and the number
     * in {@link Engine#big}. By default {@link #value} converted (a datum or a measure is already a number, which costs
     * nothing to read); arithmetic overrides it, so that longs pass from operand to result with no number between.
     */
    long scaled(Engine e, LeafScratch leaf) {
        return e.longOf(value(e, leaf));
    }

    /**
     * Whether {@link #base} can be taken on the long path: the factor is 1 (a value is its base value) or fits a long.
     */
    final boolean longBase() {
        return baseIsValue || factorScale != Scaled.NONE;
    }

    /** The unscaled base value of {@code u} (see {@link #longBase}); its scale is {@link #baseScale}. */
    final long baseUnscaled(long u) {
        return baseIsValue ? u : Math.multiplyExact(u, factorUnscaled);
    }

    /** The scale of the base value of a value of scale {@code s}: {@code v.multiply(factor)}'s, s plus the factor's. */
    final int baseScale(int s) {
        return baseIsValue ? s : Scaled.checked(s + factorScale);
    }

    /** {@code v}, a value of this expression, in its dimension's base unit. */
    BigDecimal base(BigDecimal v) {
        return baseIsValue ? v : v.multiply(factor);
    }

    /** The unit's factor: what one unit is in base units. */
    final BigDecimal factor() {
        return factor;
    }

    /**
     * The operands a substituted formula shows values for, left to right ({@link TraceSteps#substituted}): this node,
     * unless it is arithmetic (whose operands are listed) or a constant (shown as written).
     */
    void operands(List<ExprNode> out) {
        out.add(this);
    }

    /**
     * The part of a trace step's wording that depends on the pack alone: an expression's text and a space, which its
     * value follows (收入预算完成率 ); a constant's whole text (95%). Made when a step first words it, not with the plan
     * (a first evaluation that words nothing makes no text), then kept: every thread makes the same text, so a race
     * only makes it twice.
     */
    final String said() {
        String text = said;
        if (text == null) {
            text = words();
            said = text;
        }
        return text;
    }

    String words() {
        return ExprText.symbolic(source) + " ";
    }

    /** One side of a comparison in a trace step: 收入预算完成率 100.00%; a constant as written. */
    String side(BigDecimal v) {
        return said() + display(v);
    }

    /** A value with its unit: 100.00%, 1308.05万元. */
    final String display(BigDecimal v) {
        return Decimals.plain(v) + unit.symbol();
    }

    /** A value inside a substituted formula: percentages keep their %, other units are implied by the formula. */
    final String shown(BigDecimal v) {
        return percent ? display(v) : Decimals.plain(v);
    }

    /** R006: the values' units do not compare or combine (found from the declarations, worded with the values). */
    static Failure incomparable(ExprNode a, BigDecimal av, ExprNode b, BigDecimal bv, LeafScratch leaf) {
        return leaf.fail("R006", a.display(av), b.display(bv));
    }
}
