package io.perfeval.core.sheet;

import io.perfeval.core.rule.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one trace step saw, as values rather than a sentence: the data behind a {@link TraceEntry} that the evaluator
 * recorded ({@link TraceEntry#fact()}), for a writer that words the step its own way — the self-evaluation report's
 * register, another language. The Chinese sentence of the entry ({@link TraceEntry#render()}) stays the reference
 * wording; a fact never says more than it.
 *
 * <p>Texts that come from the pack (a measure's name, a checklist's items) are as the pack writes them; values that
 * carry a unit are given as shown in the trace ({@code 35.56%}, {@code 1308.05万元}) so a writer need not know units.
 * An entry made from text alone (a note of the evaluator's) has {@link TraceEntry#fact()} empty.
 */
public sealed interface TraceFact {

    /**
     * Calls the visitor's method for this fact's kind: the exhaustive switch (Java 17 has no pattern switch over a
     * sealed interface), so a new kind fails to compile in every writer until it is worded there.
     *
     * @param v   the visitor
     * @param <R> what the visitor returns
     * @return the visitor's result for this fact
     */
    <R> R accept(Visitor<R> v);

    /**
     * One method per kind of fact; see {@link #accept}.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /** @param f the fact @return the visitor's result */
        R measured(Measured f);

        /** @param f the fact @return the visitor's result */
        R compared(Compared f);

        /** @param f the fact @return the visitor's result */
        R answered(Answered f);

        /** @param f the fact @return the visitor's result */
        R checked(Checked f);

        /** @param f the fact @return the visitor's result */
        R itemsFailed(ItemsFailed f);

        /** @param f the fact @return the visitor's result */
        R counted(Counted f);

        /** @param f the fact @return the visitor's result */
        R stepped(Stepped f);

        /** @param f the fact @return the visitor's result */
        R deducted(Deducted f);

        /** @param f the fact @return the visitor's result */
        R formula(Formula f);

        /** @param f the fact @return the visitor's result */
        R judged(Judged f);

        /** @param f the fact @return the visitor's result */
        R levelled(Levelled f);

        /** @param f the fact @return the visitor's result */
        R awarded(Awarded f);

        /** @param f the fact @return the visitor's result */
        R bonusAdded(BonusAdded f);

        /** @param f the fact @return the visitor's result */
        R withBonus(WithBonus f);

        /** @param f the fact @return the visitor's result */
        R partsSummed(PartsSummed f);

        /** @param f the fact @return the visitor's result */
        R partClamped(PartClamped f);
    }

    /**
     * A computed measure: 结转结余率 = 35.56%.
     *
     * @param name  the measure's name
     * @param value its value with its unit
     */
    record Measured(String name, Quantity value) implements TraceFact {
        /** Checks that no part is null. */
        public Measured {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.measured(this);
        }
    }

    /**
     * A comparison tested: 收入预算完成率 100.00% ≥ 95%.
     *
     * @param left       the left side's name ({@code ""} for a constant)
     * @param leftShown  the left side's value as shown ({@code 100.00%})
     * @param operator   the comparison's symbol ({@code ≥}, {@code <}, {@code =} …)
     * @param right      the right side's name ({@code ""} for a constant)
     * @param rightShown the right side's value as shown ({@code 95%})
     * @param holds      whether the comparison held
     */
    record Compared(String left, String leftShown, String operator, String right, String rightShown, boolean holds)
            implements TraceFact {
        /** Checks that no part is null. */
        public Compared {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(leftShown, "leftShown");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(rightShown, "rightShown");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.compared(this);
        }
    }

    /**
     * A yes/no datum read: 是否按时上报：是.
     *
     * @param question the datum's name as the pack declares it
     * @param yes      the answer
     */
    record Answered(String question, boolean yes) implements TraceFact {
        /** Checks that no part is null. */
        public Answered {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.answered(this);
        }
    }

    /**
     * A checklist tested for all its items (or the listed ones) met.
     *
     * @param checklist the checklist's name
     * @param items     the items tested, 1-based; empty for every item
     * @param failed    how many of them were not met
     */
    record Checked(String checklist, List<Integer> items, int failed) implements TraceFact {
        /** Checks that no part is null and copies the items. */
        public Checked {
            Objects.requireNonNull(checklist, "checklist");
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.checked(this);
        }
    }

    /**
     * The items of a checklist that were not met, each as 第2项「是否清晰、细化、可评价、可衡量」.
     *
     * @param checklist the checklist's name
     * @param items     the unmet items, with their number and wording
     */
    record ItemsFailed(String checklist, List<String> items) implements TraceFact {
        /** Checks that no part is null and copies the items. */
        public ItemsFailed {
            Objects.requireNonNull(checklist, "checklist");
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.itemsFailed(this);
        }
    }

    /**
     * A deduction per counted thing: 不符合项 1 项，每项扣 0.5 分，扣 0.5 分.
     *
     * @param label  what is counted
     * @param count  how many
     * @param unit   the counting word ({@code 项}, {@code 个}, {@code 次})
     * @param each   points deducted for each
     * @param amount points deducted in all
     */
    record Counted(String label, BigDecimal count, String unit, BigDecimal each, BigDecimal amount)
            implements TraceFact {
        /** Checks that no part is null. */
        public Counted {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(each, "each");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.counted(this);
        }
    }

    /**
     * A deduction per step of deviation: 结转结余率 35.56% 高于 5% 30.56 个百分点，每 5 个百分点一档（不足一档按一档计），
     * 7 档，每档扣 0.2 分，扣 1.4 分.
     *
     * @param measure   the measure's name
     * @param measured  its value as shown
     * @param direction 高于 or 低于
     * @param reference the reference value as shown
     * @param deviation how far the measure is from the reference, in {@code unit}
     * @param unit      the step's unit word ({@code 个百分点}, {@code 万元} …)
     * @param step      the size of one step, in {@code unit}
     * @param counting  how a part step counts (不足一档按一档计, 按实际折算 …)
     * @param steps     the steps counted
     * @param each      points deducted per step
     * @param amount    points deducted in all
     */
    record Stepped(String measure, String measured, String direction, String reference, BigDecimal deviation,
                   String unit, BigDecimal step, String counting, BigDecimal steps, BigDecimal each,
                   BigDecimal amount) implements TraceFact {
        /** Checks that no part is null. */
        public Stepped {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(measured, "measured");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(deviation, "deviation");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(counting, "counting");
            Objects.requireNonNull(steps, "steps");
            Objects.requireNonNull(each, "each");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.stepped(this);
        }
    }

    /**
     * The score of a deduction rule: 分值 less the deductions.
     *
     * @param max   分值
     * @param total points deducted in all
     * @param score the score
     */
    record Deducted(BigDecimal max, BigDecimal total, BigDecimal score) implements TraceFact {
        /** Checks that no part is null. */
        public Deducted {
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(score, "score");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.deducted(this);
        }
    }

    /**
     * A score computed by formula (完成率法 and the like): 得分 = 覆盖率 × 分值 = 100.00% × 4.
     *
     * @param formula     the formula as the pack words it
     * @param substituted the formula with the values in place of the names
     * @param score       the score
     */
    record Formula(String formula, String substituted, BigDecimal score) implements TraceFact {
        /** Checks that no part is null. */
        public Formula {
            Objects.requireNonNull(formula, "formula");
            Objects.requireNonNull(substituted, "substituted");
            Objects.requireNonNull(score, "score");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.formula(this);
        }
    }

    /**
     * A score given by judgement (酌情) within a range, with its written reason.
     *
     * @param min    the least the judgement may give
     * @param max    the most
     * @param score  the score given
     * @param reason the reason written with it
     */
    record Judged(BigDecimal min, BigDecimal max, BigDecimal score, String reason) implements TraceFact {
        /** Checks that no part is null. */
        public Judged {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.judged(this);
        }
    }

    /**
     * A level the evaluator chose (按等级给分), with its reason; at a shared band edge every level that contains the score.
     *
     * @param levels the levels, as the pack names them
     * @param score  the score given
     * @param reason the reason written with it
     */
    record Levelled(List<String> levels, BigDecimal score, String reason) implements TraceFact {
        /** Checks that no part is null, and copies the list. */
        public Levelled {
            levels = List.copyOf(levels);
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.levelled(this);
        }
    }

    /**
     * Points per item met (各项得分之和): the items met with their points, their sum and the 分值 it is held to.
     *
     * @param items  the items met, as the pack names them
     * @param points each one's points
     * @param sum    their sum
     * @param max    the 分值
     */
    record Awarded(List<String> items, List<BigDecimal> points, BigDecimal sum, BigDecimal max) implements TraceFact {
        /** Checks that no part is null, and copies the lists. */
        public Awarded {
            items = List.copyOf(items);
            points = List.copyOf(points);
            Objects.requireNonNull(sum, "sum");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.awarded(this);
        }
    }

    /**
     * Bonus items met (加分项), with their points, the sum (the bonus's steps included) and what was added under the cap.
     *
     * @param items  the bonus items met
     * @param points each one's points
     * @param sum    all bonus points found
     * @param added  the points added (at most the cap)
     * @param cap    the most the bonus adds
     */
    record BonusAdded(List<String> items, List<BigDecimal> points, BigDecimal sum, BigDecimal added, BigDecimal cap)
            implements TraceFact {
        /** Checks that no part is null, and copies the lists. */
        public BonusAdded {
            items = List.copyOf(items);
            points = List.copyOf(points);
            Objects.requireNonNull(sum, "sum");
            Objects.requireNonNull(added, "added");
            Objects.requireNonNull(cap, "cap");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.bonusAdded(this);
        }
    }

    /**
     * A base score and the bonus on it: 基础得分 8 分 + 加分 1.5 分, held to the 分值 unless the pack lets a bonus pass it.
     *
     * @param base     the base rule's score
     * @param added    the bonus added
     * @param total    their sum
     * @param max      the 分值
     * @param aboveMax whether the pack lets the total pass the 分值
     */
    record WithBonus(BigDecimal base, BigDecimal added, BigDecimal total, BigDecimal max, boolean aboveMax)
            implements TraceFact {
        /** Checks that no part is null. */
        public WithBonus {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(added, "added");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.withBonus(this);
        }
    }

    /**
     * A criterion scored in parts (分项计分), the parts' scores added.
     *
     * @param parts  the parts' labels
     * @param scores each one's score
     * @param total  their sum
     */
    record PartsSummed(List<String> parts, List<BigDecimal> scores, BigDecimal total) implements TraceFact {
        /** Checks that no part is null, and copies the lists. */
        public PartsSummed {
            parts = List.copyOf(parts);
            scores = List.copyOf(scores);
            Objects.requireNonNull(total, "total");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.partsSummed(this);
        }
    }

    /**
     * A part whose computed score fell outside [0, its 分值] and was held there.
     *
     * @param part     the part's label
     * @param computed the score computed
     * @param max      the part's 分值
     */
    record PartClamped(String part, BigDecimal computed, BigDecimal max) implements TraceFact {
        /** Checks that no part is null. */
        public PartClamped {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(computed, "computed");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.partClamped(this);
        }
    }
}
