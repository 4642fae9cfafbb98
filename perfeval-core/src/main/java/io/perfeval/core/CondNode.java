package io.perfeval.core;

import io.perfeval.core.rule.Condition;

/** A condition of the evaluation plan, which tests itself ({@link CondNodes} has one class per kind). Immutable. */
abstract class CondNode {

    /** The public tree node this came from. */
    final Condition source;

    CondNode(Condition source) {
        this.source = source;
    }

    /** Whether the condition holds; its trace steps are recorded on {@code leaf}. */
    abstract boolean test(Engine e, LeafScratch leaf);
}
