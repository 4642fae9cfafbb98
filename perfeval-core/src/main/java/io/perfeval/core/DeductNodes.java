package io.perfeval.core;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DerivedUnit;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;

/**
 * Deductions: the rule nodes 扣分 ({@link Deduct}) and 最多扣… ({@link LimitedDeduct}), and a term node per kind of
 * {@link DeductionTerm}. See {@link RuleNode}.
 */
final class DeductNodes {

    private DeductNodes() {
    }

    /** One source of deductions, which computes what it deducts and traces it when it deducts anything. */
    abstract static class Term {
        final DeductionTerm source;
        /** The points per count or per step, resolved against the 分值 once. */
        final BigDecimal each;
        /** The trace key: structurally equal terms share it. */
        final Object key;

        Term(DeductionTerm source, BigDecimal each, Object key) {
            this.source = source;
            this.each = each;
            this.key = key;
        }

        abstract BigDecimal deduction(Engine e, LeafScratch leaf);
    }

    /** 一项不符合扣 0.5 分: count × each. */
    static final class PerCount extends Term {
        private final DeductionTerm.PerCount term;
        private final ExprNode count;

        /** In a bonus: 每个断面加5分, the points added (and the trace says so). */
        private final boolean adds;

        PerCount(DeductionTerm.PerCount source, ExprNode count, BigDecimal each, Object key, boolean adds) {
            super(source, each, key);
            this.term = source;
            this.count = count;
            this.adds = adds;
        }

        @Override
        BigDecimal deduction(Engine e, LeafScratch leaf) {
            BigDecimal n = count.value(e, leaf);
            if (n.signum() < 0) {
                throw leaf.fail("R009", term.label(), count.display(n));
            }
            BigDecimal amount = n.multiply(each);
            if (leaf.tracing && n.signum() > 0) {
                leaf.add(adds ? new TraceSteps.CountBonus(term, n, count.unit.symbol(), each, amount)
                        : new TraceSteps.PerCount(term, n, count.unit.symbol(), each, amount), key);
            }
            return amount;
        }
    }

    /**
     * 每降低一个百分点扣分值的十分之一: steps of deviation from a reference, counted as the pack declares. Inside a bonus
     * ({@code adds}: 每增加1%加1分) the same steps give points added, and the trace says so.
     */
    static final class PerStep extends Term {
        final DeductionTerm.PerStep term;
        final boolean adds;
        final ExprNode measure;
        final ExprNode reference;
        /** The measure and the reference are of comparable units, and so are the measure and the step. */
        private final boolean comparable;
        private final boolean stepComparable;
        /**
         * Whether {@link #inLongs} may decide: comparable units, base values and the step's base value in longs, and
         * the step's base as a scaled long (a power of ten divides by moving the point, as {@link Decimals#divide}
         * does).
         */
        private final boolean inLongs;
        private final long stepUnscaled;
        private final int stepScale;
        private final boolean stepPowerOfTen;
        private final long eachUnscaled;
        /** See {@link #said()}. */
        private volatile String said;

        PerStep(DeductionTerm.PerStep source, ExprNode measure, ExprNode reference, BigDecimal each, Object key,
                boolean adds) {
            super(source, each, key);
            this.term = source;
            this.adds = adds;
            this.measure = measure;
            this.reference = reference;
            this.comparable = measure.unit != null && reference.unit != null
                    && measure.unit.comparableWith(reference.unit);
            this.stepComparable = measure.unit != null
                    && measure.unit.comparableWith(DerivedUnit.of(source.step().unit()));
            BigDecimal stepBase = source.step().base();
            this.inLongs = comparable && stepComparable && measure.longBase() && reference.longBase()
                    && Scaled.fits(stepBase) && stepBase.signum() > 0 && Scaled.fits(each);
            this.stepUnscaled = inLongs ? Scaled.unscaled(stepBase) : 0;
            this.stepScale = stepBase.scale();
            this.stepPowerOfTen = stepBase.precision() == 1 && stepUnscaled == 1;
            this.eachUnscaled = inLongs ? Scaled.unscaled(each) : 0;
        }

        /**
         * The deduction as {@link #deduction} makes it, in scaled longs from the values {@code mv} and {@code rv}:
         * the deviation of the base values, its steps (the exact quotient {@link Decimals#divide} gives, at its scale,
         * then the declared counting) and the points, each the same number as the {@link BigDecimal} route's. Null,
         * before anything is recorded, where a long cannot hold a step of it or the quotient does not terminate: then
         * the {@link BigDecimal} route decides.
         */
        private BigDecimal inLongs(BigDecimal mv, BigDecimal rv, LeafScratch leaf) {
            if (!Scaled.fits(mv) || !Scaled.fits(rv)) {
                return null;
            }
            try {
                int ms = measure.baseScale(mv.scale());
                long mb = measure.baseUnscaled(Scaled.unscaled(mv));
                int rs = reference.baseScale(rv.scale());
                long rb = reference.baseUnscaled(Scaled.unscaled(rv));
                int side = Scaled.compare(mb, ms, rb, rs);
                if (side == 0 || term.direction() == DeductionTerm.Direction.BELOW && side > 0
                        || term.direction() == DeductionTerm.Direction.ABOVE && side < 0) {
                    return BigDecimal.ZERO;
                }
                // on the costly side: the deviation is |mb − rb| in every direction, at the larger scale
                long deviation = Math.absExact(Scaled.add(mb, ms, rb, rs, true));
                int ds = Math.max(ms, rs);
                if (deviation >= Scaled.pow10(18)) {
                    return null;
                }
                int k = stepPowerOfTen ? 0 : Scaled.extraDecimals(deviation, stepUnscaled);
                long steps = stepPowerOfTen ? deviation : Scaled.quotient(deviation, stepUnscaled, k);
                int ss = Scaled.checked(ds - stepScale + k);
                if (term.counting() != DeductionTerm.StepCounting.PROPORTIONAL) {
                    steps = Scaled.whole(steps, ss, term.counting() == DeductionTerm.StepCounting.STARTED);
                    ss = 0;
                }
                long amount = Math.multiplyExact(steps, eachUnscaled);
                BigDecimal points = BigDecimal.valueOf(amount, Scaled.checked(ss + each.scale()));
                if (leaf.tracing) {
                    TraceSteps.PerStep step = new TraceSteps.PerStep(this, mv, rv, BigDecimal.valueOf(deviation, ds),
                            BigDecimal.valueOf(steps, ss), points);
                    leaf.add(adds ? new TraceSteps.StepBonus(step) : step, key);
                }
                return points;
            } catch (ArithmeticException tooLong) {
                return null;
            }
        }

        @Override
        BigDecimal deduction(Engine e, LeafScratch leaf) {
            BigDecimal mv = measure.value(e, leaf);
            BigDecimal rv = reference.value(e, leaf);
            if (!comparable) {
                throw ExprNode.incomparable(measure, mv, reference, rv, leaf);
            }
            if (!stepComparable) {
                throw leaf.fail("R006", measure.display(mv), term.step().display());
            }
            if (e.longs && inLongs) {
                BigDecimal amount = inLongs(mv, rv, leaf);
                if (amount != null) {
                    return amount;
                }
            }
            BigDecimal mb = measure.base(mv);
            BigDecimal rb = reference.base(rv);
            int side = mb.compareTo(rb);
            if (side == 0 || term.direction() == DeductionTerm.Direction.BELOW && side > 0
                    || term.direction() == DeductionTerm.Direction.ABOVE && side < 0) {
                // on the reference or on its harmless side: no deviation, nothing deducted (as deviation() gives)
                return BigDecimal.ZERO;
            }
            BigDecimal deviation = term.deviation(mb, rb);
            if (deviation.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal steps = term.steps(deviation);
            BigDecimal amount = steps.multiply(each);
            if (leaf.tracing) {
                leaf.add(adds ? new TraceSteps.StepBonus(new TraceSteps.PerStep(this, mv, rv, deviation, steps, amount))
                        : new TraceSteps.PerStep(this, mv, rv, deviation, steps, amount), key);
            }
            return amount;
        }

        /** The measure's wording and a space (收入预算完成率 ), made when first worded and kept. */
        String said() {
            String text = said;
            if (text == null) {
                text = ExprText.symbolic(term.measure()) + " ";
                said = text;
            }
            return text;
        }
    }

    /** 扣分: the 分值 less every term's deductions, at 0 when they exceed it (with R005 unless 扣完为止). */
    static final class Deduct extends RuleNode {
        private final Rule.Deduct deduct;
        private final Term[] terms;
        /** 无扣分，得满分: the outcome when nothing is deducted. */
        private final PackOutcome none;
        private final BigDecimal noneScore;

        Deduct(Rule.Deduct source, Term[] terms, PackOutcome none, BigDecimal noneScore) {
            super(source);
            this.deduct = source;
            this.terms = terms;
            this.none = none;
            this.noneScore = noneScore;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            return deducted(e, leaf, total(e, leaf));
        }

        /** Every term's deductions, summed. */
        BigDecimal total(Engine e, LeafScratch leaf) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Term term : terms) {
                sum = Engine.plus(sum, term.deduction(e, leaf));
            }
            return sum;
        }

        /** The 分值 less {@code total}, floored at 0, with its trace step. */
        BigDecimal deducted(Engine e, LeafScratch leaf, BigDecimal total) {
            BigDecimal max = e.maxScore(leaf);
            // no deduction: the 分值 itself when a zero of no greater scale is taken from it, as subtract would give it
            BigDecimal score = total.signum() == 0 && max.scale() >= total.scale() ? max : max.subtract(total);
            if (score.signum() < 0) {
                exceeded(leaf, total, max);
                score = BigDecimal.ZERO;
            }
            // the shared 无扣分 outcome unless zero deductions of another scale gave the score another scale
            if (total.signum() == 0 && score.equals(noneScore)) {
                e.constant = none;
            }
            if (leaf.tracing) {
                BigDecimal s = score;
                if (total.signum() != 0) {
                    leaf.add(new TraceSteps.Deduction(max, total, s), null);
                } else if (s.equals(noneScore)) {
                    leaf.add(none.entry);
                } else {
                    leaf.add(new TraceEntry.Decided("无扣分，得满分", s), null);
                }
            }
            return e.scored(score);
        }

        private void exceeded(LeafScratch leaf, BigDecimal total, BigDecimal max) {
            if (deduct.floorAtZero()) {
                if (leaf.tracing) {
                    leaf.add(Deferred.MAKE.note(() -> "扣分合计 " + Decimals.trim(total) + " 分，扣完为止"), null);
                }
                return;
            }
            if (leaf.tracing) {
                leaf.add(Deferred.MAKE.note(() -> "扣分合计 " + Decimals.trim(total) + " 分超过分值 "
                        + Decimals.trim(max) + " 分；评价标准未写明扣完为止，按 0 分计"), null);
            }
            leaf.problem(Problem.core("R005", Severity.WARNING, leaf.path(), null, Decimals.trim(total),
                    Decimals.trim(max)));
        }
    }

    /** 最多扣 3 分: the deductions, at most {@code limit}; the pack's checks keep the limit within (0, 分值]. */
    static final class LimitedDeduct extends RuleNode {
        private final Deduct deduct;
        private final BigDecimal limit;

        LimitedDeduct(Rule.LimitedDeduct source, Deduct deduct, BigDecimal limit) {
            super(source);
            this.deduct = deduct;
            this.limit = limit;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            BigDecimal total = deduct.total(e, leaf);
            if (total.compareTo(limit) <= 0) {
                return deduct.deducted(e, leaf, total);
            }
            if (leaf.tracing) {
                leaf.add(new TraceSteps.Limited(total, limit, false), null);
            }
            return deduct.deducted(e, leaf, limit);
        }
    }
}
