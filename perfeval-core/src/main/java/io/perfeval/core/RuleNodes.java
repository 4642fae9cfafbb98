package io.perfeval.core;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule nodes whose outcome is a clause, a formula or a fixed outcome: 得满分, a fixed score, 分情况, 得分 = …,
 * 一票否决, 不适用 and the missing rule. See {@link RuleNode}.
 */
final class RuleNodes {

    private RuleNodes() {
    }

    /** 得满分: the pack's outcome, made once. */
    static final class FullMarks extends RuleNode {
        private final PackOutcome outcome;

        FullMarks(Rule.FullMarks source, PackOutcome outcome) {
            super(source);
            this.outcome = outcome;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            leaf.add(outcome.entry);
            e.constant = outcome;
            return e.scored(e.maxScore(leaf));
        }
    }

    /** 得 2 分, 不得分. */
    static final class Fixed extends RuleNode {
        private final PackOutcome outcome;
        private final BigDecimal points;

        Fixed(Rule.FixedScore source, PackOutcome outcome) {
            super(source);
            this.outcome = outcome;
            this.points = source.points();
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            leaf.add(outcome.entry);
            e.constant = outcome;
            return e.scored(points);
        }
    }

    /** Ordered clauses: the first whose condition holds decides, else {@code otherwise}. */
    static final class Cases extends RuleNode {
        private final CondNode[] whens;
        private final RuleNode[] thens;
        private final RuleNode otherwise;

        Cases(Rule.Cases source, CondNode[] whens, RuleNode[] thens, RuleNode otherwise) {
            super(source);
            this.whens = whens;
            this.thens = thens;
            this.otherwise = otherwise;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            for (int i = 0; i < whens.length; i++) {
                if (whens[i].test(e, leaf)) {
                    return thens[i].score(e, leaf);
                }
            }
            return otherwise.score(e, leaf);
        }
    }

    /**
     * 得分 = 覆盖率 × 分值: the formula's points, which must be in 分 (R008); above the 分值 capped when the text says so,
     * else R004.
     */
    static final class Formula extends RuleNode {
        private final Rule.Formula formula;
        private final ExprNode score;
        /** Whether the formula's unit is points. */
        private final boolean inPoints;
        /** The formula's operands, whose values its substituted wording shows ({@link ExprNode#operands}). */
        final ExprNode[] operands;
        /** Whether the trace reads the operands' values when worded ({@link Recall}). */
        private final boolean recallable;
        /** See {@link #said()}. */
        private volatile String said;

        Formula(Rule.Formula source, ExprNode score) {
            super(source);
            this.formula = source;
            this.score = score;
            this.inPoints = score.unit != null && score.unit.isPlain(Dimension.SCORE);
            List<ExprNode> ops = new ArrayList<>();
            score.operands(ops);
            this.operands = ops.toArray(ExprNode[]::new);
            this.recallable = Recall.recallable(operands);
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            BigDecimal points = score.value(e, leaf);
            if (!inPoints) {
                throw leaf.fail("R008", ExprText.symbolic(formula.score()), score.unit);
            }
            BigDecimal max = e.maxScore(leaf);
            Object values = leaf.tracing ? e.operandValues(operands, recallable, leaf) : null;
            if (points.compareTo(max) > 0) {
                if (!formula.capAtMax()) {
                    throw leaf.fail("R004", Decimals.trim(points), Decimals.trim(max));
                }
                if (leaf.tracing) {
                    leaf.add(Deferred.MAKE.decided(() -> said()
                            + TraceSteps.substituted(formula.score(), operands, values) + " = " + Decimals.trim(points)
                            + " 分，超出分值不加分，得", max), null);
                }
                return e.scored(max);
            }
            if (leaf.tracing) {
                leaf.add(new TraceSteps.Formula(this, values, points), null);
            }
            return e.scored(points);
        }

        Rule.Formula formula() {
            return formula;
        }

        /**
         * 得分 = 覆盖率 × 分值 = : the wording a formula's step starts with, made when first worded and kept (the same
         * text whichever thread makes it).
         */
        String said() {
            String text = said;
            if (text == null) {
                text = "得分 = " + ExprText.symbolic(formula.score()) + " = ";
                said = text;
            }
            return text;
        }
    }

    /** 一票否决 of the indicator or of the whole evaluation. */
    static final class Veto extends RuleNode {
        private final PackOutcome outcome;
        private final boolean evaluation;

        Veto(Rule.Veto source, PackOutcome outcome) {
            super(source);
            this.outcome = outcome;
            this.evaluation = source.scope() == Rule.VetoScope.EVALUATION;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            if (evaluation) {
                e.evaluationVetoed = true;
            }
            leaf.add(outcome.entry);
            e.constant = outcome;
            e.outcome = Status.VETOED;
            return BigDecimal.ZERO;
        }
    }

    /** 不适用: the indicator is excluded and the pack's policy applies to the total. */
    static final class NotApplicable extends RuleNode {
        private final PackOutcome outcome;

        NotApplicable(Rule.NotApplicable source, PackOutcome outcome) {
            super(source);
            this.outcome = outcome;
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            leaf.add(outcome.entry);
            e.constant = outcome;
            e.outcome = Status.NOT_APPLICABLE;
            e.notApplicable = true;
            return BigDecimal.ZERO;
        }
    }

    /** The text gives no score for this case: R002. */
    static final class NoRule extends RuleNode {
        NoRule(Rule.NoRule source) {
            super(source);
        }

        @Override
        BigDecimal score(Engine e, LeafScratch leaf) {
            throw leaf.fail("R002");
        }
    }
}
