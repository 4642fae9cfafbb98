package io.perfeval.core;

import io.perfeval.core.input.Judgement;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;

/**
 * The rule nodes scored by the evaluator's judgement (a score with its written reason, from the input): 酌情给分 within a
 * range, discretion inside a tier, and levels. See {@link RuleNode}.
 */
final class JudgedNodes {

    private JudgedNodes() {
    }

    /**
     * The judgement within [{@code lo}, {@code hi}]: R003 when there is none, R007 when it lies outside, else its score
     * with a step that gives the range and the reason.
     */
    static BigDecimal judged(Engine e, LeafScratch leaf, BigDecimal lo, BigDecimal hi) {
        Judgement given = e.judgement(leaf);
        if (given == null) {
            throw leaf.fail("R003", Decimals.trim(lo), Decimals.trim(hi));
        }
        if (given.score().compareTo(lo) < 0 || given.score().compareTo(hi) > 0) {
            throw leaf.fail("R007", Decimals.trim(given.score()), Decimals.trim(lo), Decimals.trim(hi));
        }
        if (leaf.tracing) {
            leaf.add(new TraceSteps.Judged(lo, hi, given), null);
        }
        return e.scored(given.score());
    }

    /** 酌情扣分, 80%以上（8分到10分）: within a range resolved against the 分值 once. */
    static final class Within extends RuleNode {
        private final BigDecimal lo;
        private final BigDecimal hi;

        Within(Rule.Judgement source, BigDecimal lo, BigDecimal hi) {
            super(source);
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            return judged(e, leaf, lo, hi);
        }
    }

    /**
     * 「…得6分，存在问题的，酌情扣分」: the tier is scored first, as the indicator would be by it alone (clamped and rounded);
     * then a judgement within [0, that score]. A tier that is 不适用 or 一票否决 gives that outcome, and a tier's error
     * is the indicator's.
     */
    static final class InTier extends RuleNode {
        private final RuleNode tier;

        InTier(Rule.JudgementWithin source, RuleNode tier) {
            super(source);
            this.tier = tier;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            BigDecimal top = e.settle(tier, leaf);
            if (e.outcome != Status.SCORED) {
                return BigDecimal.ZERO;
            }
            // the indicator's outcome is the judgement's now, not the tier's alone
            e.constant = null;
            return judged(e, leaf, BigDecimal.ZERO, top);
        }
    }

    /**
     * 好：4分；较好：3分；…, or share bands of the 分值: the judgement must lie within some level (R013 when it lies
     * within none, R014 when there is none); the trace names every level that contains it.
     */
    static final class Levels extends RuleNode {
        final String[] labels;
        final BigDecimal[] lows;
        final BigDecimal[] highs;

        Levels(Rule.Levels source, String[] labels, BigDecimal[] lows, BigDecimal[] highs) {
            super(source);
            this.labels = labels;
            this.lows = lows;
            this.highs = highs;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            Judgement given = e.judgement(leaf);
            if (given == null) {
                throw leaf.fail("R014", listing());
            }
            BigDecimal s = given.score();
            boolean[] within = leaf.tracing ? new boolean[labels.length] : null;
            boolean any = false;
            for (int i = 0; i < labels.length; i++) {
                if (s.compareTo(lows[i]) >= 0 && s.compareTo(highs[i]) <= 0) {
                    any = true;
                    if (within == null) {
                        break;
                    }
                    within[i] = true;
                }
            }
            if (!any) {
                throw leaf.fail("R013", Decimals.trim(s), listing());
            }
            if (leaf.tracing) {
                leaf.add(new TraceSteps.Leveled(this, within, given), null);
            }
            return e.scored(s);
        }

        /** 「达成」8–10 分, 「好」4 分. */
        String level(int i) {
            String points = lows[i].compareTo(highs[i]) == 0 ? Decimals.trim(lows[i])
                    : Decimals.trim(lows[i]) + "–" + Decimals.trim(highs[i]);
            return "「" + labels[i] + "」" + points + " 分";
        }

        /** Every level, as the text lists them: 「好」4 分；「较好」3 分；…. */
        String listing() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < labels.length; i++) {
                s.append(i == 0 ? "" : "；").append(level(i));
            }
            return s.toString();
        }
    }
}
