package io.perfeval.core;

import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;

/**
 * A rule of the evaluation plan, which scores itself: one small immutable class per kind of {@link Rule}
 * ({@link RuleNodes}, {@link DeductNodes}, {@link JudgedNodes}, {@link AwardNodes}), made from the rule tree by the
 * {@link Planner}'s visitors, so a kind the plan does not handle fails to compile there.
 */
abstract class RuleNode {

    /** The public tree node this came from. */
    final Rule source;

    RuleNode(Rule source) {
        this.source = source;
    }

    /**
     * The points this rule gives, before the evaluator's clamp and rounding; sets the evaluation's outcome
     * ({@link Engine#outcome}) and, for an outcome that depends on the pack alone, {@link Engine#constant}. A
     * per-indicator problem is thrown as a {@link Failure}.
     */
    abstract BigDecimal score(Engine e, LeafScratch leaf);
}
