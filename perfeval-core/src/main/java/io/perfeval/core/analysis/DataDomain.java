package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.Indicator;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What values a pack's declarations allow: the one definition the analysis builds its witnesses from and the jqwik kit
 * generates inputs from. A numeric datum lies within its declared bounds (amounts and counts never below 0; a
 * percentage as the pack declares it, 0 upward by default), a count is whole, every number is within the input limits
 * ({@link EvaluationInput#withinLimits}); a series has a value for every period within the same bounds; a checklist
 * is answered for every item; a judgement lies within the range of the rule that asks for it.
 *
 * <pre>{@code
 * DataDomain.admits(field, new BigDecimal("-1"));   // false for an amount
 * DataDomain.judgementRanges(leaf);                  // [Range[lo=0, hi=9]] for 酌情 on a 9-point indicator
 * }</pre>
 */
public final class DataDomain {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private DataDomain() {
    }

    /** A closed range of scores, as a rule's judgement allows. */
    public record Range(BigDecimal lo, BigDecimal hi) {
        public Range {
            Objects.requireNonNull(lo, "lo");
            Objects.requireNonNull(hi, "hi");
        }

        public boolean contains(BigDecimal v) {
            return v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0;
        }
    }

    /** The lowest value allowed, in the datum's unit: 0 for amounts, counts and bounded-below data; empty if none. */
    public static Optional<BigDecimal> lower(DataField f) {
        BigDecimal min = f.min();
        if (f.nonNegative() && (min == null || min.signum() < 0)) {
            return Optional.of(BigDecimal.ZERO);
        }
        return Optional.ofNullable(min);
    }

    /** The highest value allowed, in the datum's unit, or empty. */
    public static Optional<BigDecimal> upper(DataField f) {
        return Optional.ofNullable(f.max());
    }

    /** Whether values must be whole numbers (counts). */
    public static boolean whole(DataField f) {
        return f.type() == DataType.COUNT;
    }

    /**
     * The smallest difference the analysis and the kit step by for a datum it compares directly: 1 for a count, 0.01 of
     * the unit otherwise (the granularity officials write; finer values are allowed, see {@link #admits}).
     */
    public static BigDecimal step(DataField f) {
        return whole(f) ? BigDecimal.ONE : CENT;
    }

    /** Whether {@code v} (in the datum's unit) is a value the declarations allow for a number or a series period. */
    public static boolean admits(DataField f, BigDecimal v) {
        if (!(f.type().isNumeric() || f.type() == DataType.SERIES) || !EvaluationInput.withinLimits(v)) {
            return false;
        }
        if (whole(f) && v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return lower(f).map(lo -> v.compareTo(lo) >= 0).orElse(true)
                && upper(f).map(hi -> v.compareTo(hi) <= 0).orElse(true);
    }

    /**
     * The judgement ranges an indicator's rule may ask for, one per place that asks (酌情 within a range, a level's
     * band, discretion within a tier — the tier's own 0 to 分值 here), in the rule's order; empty when it asks none.
     * Inside a part of a sum the ranges are the part's: its judgement is that part's score.
     */
    public static List<Range> judgementRanges(Indicator.Leaf leaf) {
        List<Range> out = new ArrayList<>();
        for (Rules.Scoped scoped : Rules.scoped(leaf.rule(), leaf.maxScore())) {
            Rule r = scoped.rule();
            BigDecimal max = scoped.max();
            if (r instanceof Rule.Judgement j) {
                out.add(new Range(j.min().resolve(max), j.max().resolve(max)));
            } else if (r instanceof Rule.JudgementWithin) {
                out.add(new Range(BigDecimal.ZERO, max));
            } else if (r instanceof Rule.Levels l) {
                for (Rule.Level level : l.levels()) {
                    out.add(new Range(level.min().resolve(max), level.max().resolve(max)));
                }
            }
        }
        return out;
    }

    /** Whether the indicator's rule asks the evaluator for a judgement anywhere. */
    public static boolean takesJudgement(Indicator.Leaf leaf) {
        return Rules.takesJudgement(leaf.rule());
    }
}
