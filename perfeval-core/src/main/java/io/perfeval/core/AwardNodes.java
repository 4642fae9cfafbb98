package io.perfeval.core;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;

/** The rule nodes that add points per item met: 各项得分之和 ({@link Awards}) and 加分 ({@link Bonus}). */
final class AwardNodes {

    private AwardNodes() {
    }

    /** The items of an award list: label, condition and points (resolved against the 分值 once), in the text's order. */
    static final class Items {
        final String[] labels;
        final CondNode[] whens;
        final BigDecimal[] points;

        Items(String[] labels, CondNode[] whens, BigDecimal[] points) {
            this.labels = labels;
            this.whens = whens;
            this.points = points;
        }

        /**
         * The points of every item whose condition holds (each condition traced as a clause's is), and in {@code met},
         * when it is given, which items those were.
         */
        BigDecimal sum(Engine e, LeafScratch leaf, boolean[] met) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < whens.length; i++) {
                if (whens[i].test(e, leaf)) {
                    sum = Engine.plus(sum, points[i]);
                    if (met != null) {
                        met[i] = true;
                    }
                }
            }
            return sum;
        }

        /** 制度健全 2 分、台账完整 1 分: the items met with their points. */
        String met(boolean[] met) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < labels.length; i++) {
                if (met[i]) {
                    s.append(s.length() == 0 ? "" : "、").append(labels[i]).append(' ')
                            .append(Decimals.trim(points[i])).append(" 分");
                }
            }
            return s.toString();
        }
    }

    /** 「制度健全（2分），执行到位（1分）」: the points of the items met, added up, at most the 分值. */
    static final class Awards extends RuleNode {
        final Items items;

        Awards(Rule.Awards source, Items items) {
            super(source);
            this.items = items;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            boolean[] met = leaf.tracing ? new boolean[items.labels.length] : null;
            BigDecimal sum = items.sum(e, leaf, met);
            BigDecimal max = e.maxScore(leaf);
            BigDecimal score = sum.compareTo(max) > 0 ? max : sum;
            if (leaf.tracing) {
                leaf.add(new TraceSteps.Awarded(items, met, sum, max, score), null);
            }
            return e.scored(score);
        }
    }

    /**
     * 「获得省级表彰的加1分，最高加2分」: the base rule's score (as it alone would give it) plus the points of the items met,
     * the added points at most {@code cap}; under {@link BonusPolicy#WITHIN_MAX} the result at most the 分值, under
     * {@link BonusPolicy#ABOVE_MAX} at most the 分值 and the cap. A base that is 不适用 or 一票否决 gives that.
     */
    static final class Bonus extends RuleNode {
        private final RuleNode base;
        final Items items;
        /** 每增加1%加1分 / 每个断面加5分: terms whose points are added. */
        private final DeductNodes.Term[] terms;
        final BigDecimal cap;
        final boolean aboveMax;

        Bonus(Rule.Bonus source, RuleNode base, Items items, DeductNodes.Term[] terms, BigDecimal cap,
              boolean aboveMax) {
            super(source);
            this.base = base;
            this.items = items;
            this.terms = terms;
            this.cap = cap;
            this.aboveMax = aboveMax;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            BigDecimal before = e.settle(base, leaf);
            if (e.outcome != Status.SCORED) {
                return BigDecimal.ZERO;
            }
            e.constant = null;
            boolean[] met = leaf.tracing ? new boolean[items.labels.length] : null;
            BigDecimal awarded = items.sum(e, leaf, met);
            BigDecimal sum = awarded;
            for (DeductNodes.Term term : terms) {
                sum = sum.add(term.deduction(e, leaf));
            }
            if (sum.signum() == 0) {
                if (leaf.tracing) {
                    leaf.add(TraceSteps.NO_BONUS);
                }
                return e.scored(before);
            }
            BigDecimal added = sum.compareTo(cap) > 0 ? cap : sum;
            BigDecimal total = before.add(added);
            BigDecimal max = e.maxScore(leaf);
            BigDecimal score = total;
            if (total.compareTo(max) > 0) {
                if (aboveMax) {
                    // the evaluator's clamp lets this indicator reach its 分值 and the cap, no more
                    e.ceiling = max.add(cap);
                } else {
                    score = max;
                }
            }
            if (leaf.tracing) {
                if (items.labels.length == 0) {
                    if (sum.compareTo(added) > 0) {
                        leaf.add(new TraceSteps.Limited(sum, cap, true), null);
                    }
                } else {
                    leaf.add(new TraceSteps.BonusItems(this, met, awarded, sum, added), null);
                }
                leaf.add(new TraceSteps.Bonused(before, added, total, max, score, aboveMax), null);
            }
            return e.scored(score);
        }
    }
}
