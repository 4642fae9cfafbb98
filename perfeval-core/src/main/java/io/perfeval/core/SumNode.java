package io.perfeval.core;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;

/**
 * 分项计分 ({@link Rule.Sum}): each part scored by its own rule as a leaf whose 分值 is the part's (the scratch leaf's
 * {@link Engine#partMax} while it is scored), clamped to [0, that 分值] with a step that says so, and the parts
 * added, unrounded: the evaluator clamps and rounds the sum as it does every rule's score. See {@link RuleNode}.
 */
final class SumNode extends RuleNode {
    final String[] labels;
    private final BigDecimal[] maxes;
    private final RuleNode[] rules;
    /** 分项「…」（分值 0.5 分）：, each part's first step, made once with the plan. */
    private final TraceEntry.Note[] heads;

    SumNode(Rule.Sum source, String[] labels, BigDecimal[] maxes, RuleNode[] rules) {
        super(source);
        this.labels = labels;
        this.maxes = maxes;
        this.rules = rules;
        this.heads = new TraceEntry.Note[labels.length];
        for (int i = 0; i < labels.length; i++) {
            heads[i] = new TraceEntry.Note("分项「" + labels[i] + "」（分值 " + Decimals.trim(maxes[i]) + " 分）：");
        }
    }

    @Override
    BigDecimal score(Engine e, LeafScratch leaf) {
        BigDecimal outer = e.partMax;
        BigDecimal[] scores = leaf.tracing ? new BigDecimal[labels.length] : null;
        BigDecimal sum = BigDecimal.ZERO;
        try {
            for (int i = 0; i < rules.length; i++) {
                leaf.add(heads[i]);
                e.partMax = maxes[i];
                e.constant = null;
                BigDecimal points = rules[i].score(e, leaf);
                if (e.outcome != Status.SCORED) {
                    // 一票否决 or 不适用 inside a part, which the pack's checks refuse (C023): that outcome, as a tier's
                    return BigDecimal.ZERO;
                }
                BigDecimal part = clamped(points, i, leaf);
                sum = Engine.plus(sum, part);
                if (scores != null) {
                    scores[i] = part;
                }
            }
        } finally {
            e.partMax = outer;
        }
        // the indicator's outcome is the sum's, not the last part's alone
        e.constant = null;
        if (leaf.tracing) {
            leaf.add(new TraceSteps.Summed(this, scores, sum), null);
        }
        return e.scored(sum);
    }

    /** Part {@code i}'s points within [0, its 分值], with a step when they were not. */
    private BigDecimal clamped(BigDecimal points, int i, LeafScratch leaf) {
        BigDecimal max = maxes[i];
        if (points.signum() >= 0 && points.compareTo(max) <= 0) {
            return points;
        }
        BigDecimal part = points.signum() < 0 ? BigDecimal.ZERO : max;
        if (leaf.tracing) {
            leaf.add(new TraceSteps.PartClamped(labels[i], points, max), null);
        }
        return part;
    }
}
