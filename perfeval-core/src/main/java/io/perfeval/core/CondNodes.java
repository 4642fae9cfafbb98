package io.perfeval.core;

import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import java.math.BigDecimal;

/** The condition nodes of the evaluation plan, one class per kind of {@link Condition}; see {@link CondNode}. */
final class CondNodes {

    private CondNodes() {
    }

    /**
     * 收入预算完成率 ≥ 95%: both sides evaluated, compared in base units unless they share a factor. The planner makes one
     * node per distinct comparison, so the node is its own trace key; with a constant side it records the other side's
     * value alone and makes its step from that when the trace is read (issue 21).
     */
    static final class Compare extends CondNode implements TraceSteps.ValueStep {
        private final Condition.Compare compare;
        private final ExprNode left;
        private final ExprNode right;
        /** Whether the right side is a constant, whose value the step need not keep. */
        private final boolean constantRight;
        /** Both units known and comparable; {@code direct}: of one factor, so values compare as they are. */
        private final boolean comparable;
        private final boolean direct;

        Compare(Condition.Compare source, ExprNode left, ExprNode right) {
            super(source);
            this.compare = source;
            this.left = left;
            this.right = right;
            this.constantRight = right instanceof ExprNodes.Const;
            this.comparable = left.unit != null && right.unit != null && left.unit.comparableWith(right.unit);
            this.direct = comparable && left.factor().equals(right.factor());
        }

        @Override
        boolean test(Engine e, LeafScratch leaf) {
            BigDecimal l = left.value(e, leaf);
            BigDecimal r = right.value(e, leaf);
            if (!comparable) {
                throw ExprNode.incomparable(left, l, right, r, leaf);
            }
            boolean holds = holds(l, r);
            if (leaf.tracing) {
                if (constantRight) {
                    leaf.addValue(l, this);
                } else {
                    leaf.add(new TraceSteps.Compare(compare, left, l, right, r, holds), this);
                }
            }
            return holds;
        }

        private boolean holds(BigDecimal l, BigDecimal r) {
            return compare.op().test(direct ? l.compareTo(r) : left.base(l).compareTo(right.base(r)));
        }

        @Override
        public TraceSteps.Step step(BigDecimal l) {
            BigDecimal r = ((ExprNodes.Const) right).value;
            return new TraceSteps.Compare(compare, left, l, right, r, holds(l, r));
        }
    }

    /** A declared yes/no datum is 是. */
    static final class IsYes extends CondNode {
        private final Condition.IsYes isYes;
        private final int slot;
        private final Object key;

        /** The node's two possible steps, made once: a step holds only the condition and the answer (issue 21). */
        private final TraceSteps.IsYes yesStep;
        private final TraceSteps.IsYes noStep;

        IsYes(Condition.IsYes source, int slot, Object key) {
            super(source);
            this.isYes = source;
            this.slot = slot;
            this.key = key;
            this.yesStep = new TraceSteps.IsYes(source, true);
            this.noStep = new TraceSteps.IsYes(source, false);
        }

        @Override
        boolean test(Engine e, LeafScratch leaf) {
            boolean yes = ((Value.YesNo) e.datum(slot, isYes.name(), leaf)).yes();
            if (leaf.tracing) {
                leaf.add(yes ? yesStep : noStep, key);
            }
            return yes;
        }
    }

    /** Every listed item of a checklist is answered 符合. */
    static final class AllItemsMet extends CondNode {
        private final Condition.AllItemsMet allItems;
        private final ChecklistPlan checklist;
        private final Object key;

        /** The step of a checklist met in full, made once (the usual answer); any other count makes its own. */
        private final TraceSteps.AllItems allMetStep;

        AllItemsMet(Condition.AllItemsMet source, ChecklistPlan checklist, Object key) {
            super(source);
            this.allItems = source;
            this.checklist = checklist;
            this.key = key;
            this.allMetStep = new TraceSteps.AllItems(source, 0);
        }

        @Override
        boolean test(Engine e, LeafScratch leaf) {
            int failed = checklist.failed(e, leaf);
            if (leaf.tracing) {
                leaf.add(failed == 0 ? allMetStep : new TraceSteps.AllItems(allItems, failed), key);
            }
            return failed == 0;
        }
    }

    /** 且: the first part that fails decides; the parts after it are not tested. */
    static final class All extends CondNode {
        private final CondNode[] parts;

        All(Condition.All source, CondNode[] parts) {
            super(source);
            this.parts = parts;
        }

        @Override
        boolean test(Engine e, LeafScratch leaf) {
            for (CondNode x : parts) {
                if (!x.test(e, leaf)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** 或: the first part that holds decides; the parts after it are not tested. */
    static final class Any extends CondNode {
        private final CondNode[] parts;

        Any(Condition.Any source, CondNode[] parts) {
            super(source);
            this.parts = parts;
        }

        @Override
        boolean test(Engine e, LeafScratch leaf) {
            for (CondNode x : parts) {
                if (x.test(e, leaf)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Not extends CondNode {
        private final CondNode part;

        Not(Condition.Not source, CondNode part) {
            super(source);
            this.part = part;
        }

        @Override
        boolean test(Engine e, LeafScratch leaf) {
            return !part.test(e, leaf);
        }
    }
}
