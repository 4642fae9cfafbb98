package io.perfeval.core.rule;

import java.util.List;
import java.util.Objects;

/** A yes/no test in a rule: 预算完成率 ≥ 95%, 是否按时上报, two measures joined by 且/或. Immutable. */
public sealed interface Condition {

    /** Calls the visitor's method for this condition's kind (the exhaustive switch: see {@link Rule#accept}). */
    <R> R accept(Visitor<R> v);

    /** One method per kind; see {@link #accept}. */
    interface Visitor<R> {
        R compare(Compare e);

        R isYes(IsYes e);

        R allItemsMet(AllItemsMet e);

        R all(All e);

        R any(Any e);

        R not(Not e);
    }

    /** {@code left op right}, compared as exact decimals in one unit: 收入预算完成率 ≥ 95%. */
    record Compare(Comparison op, Expr left, Expr right) implements Condition {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.compare(this);
        }

        public Compare {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** A declared yes/no datum is 是 (true). */
    record IsYes(String name) implements Condition {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.isYes(this);
        }

        public IsYes {
            Names.require(name, "name");
        }
    }

    /** Every listed checklist item (all items when the list is empty) is answered 符合. */
    record AllItemsMet(String checklist, List<Integer> items) implements Condition {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.allItemsMet(this);
        }

        public AllItemsMet {
            Names.require(checklist, "checklist");
            items = List.copyOf(items);
        }
    }

    /** 且 */
    record All(List<Condition> conditions) implements Condition {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.all(this);
        }

        public All {
            conditions = List.copyOf(conditions);
            if (conditions.size() < 2) {
                throw new IllegalArgumentException("All needs at least two conditions");
            }
        }
    }

    /** 或 */
    record Any(List<Condition> conditions) implements Condition {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.any(this);
        }

        public Any {
            conditions = List.copyOf(conditions);
            if (conditions.size() < 2) {
                throw new IllegalArgumentException("Any needs at least two conditions");
            }
        }
    }

    /** The negation of a condition. */
    record Not(Condition condition) implements Condition {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.not(this);
        }

        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** The comparison operators the criteria use: {@code ≥ > ≤ < = ≠}. */
    enum Comparison {
        GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("="), NE("≠");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(int compareResult) {
            return switch (this) {
                case GE -> compareResult >= 0;
                case GT -> compareResult > 0;
                case LE -> compareResult <= 0;
                case LT -> compareResult < 0;
                case EQ -> compareResult == 0;
                case NE -> compareResult != 0;
            };
        }
    }
}
