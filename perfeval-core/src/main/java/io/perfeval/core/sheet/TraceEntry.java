package io.perfeval.core.sheet;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Quantity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One step of how a score came about. Entries are data; {@link #render()} gives the Chinese sentence.
 *
 * <p>The evaluator records the values a step saw and defers the Chinese wording: text parts are built the first time
 * they are asked for (by {@link #render()}, {@link Trace#lines()} or an accessor) and then kept. Scoring a whole
 * province therefore pays for sentences only on the sheets someone reads. Entries are immutable and thread-safe; two
 * entries are equal when they are of the same kind and say the same thing.
 */
public sealed interface TraceEntry {

    /** The sentence shown to officers, in Chinese. */
    String render();

    /** A derived measure: 收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 1308.05 / 1308.05 × 100% = 100.00%. */
    final class Computed implements TraceEntry {
        private final String name;
        private final LazyText formula;
        private final LazyText substituted;
        private final Quantity value;

        public Computed(String name, String formula, String substituted, Quantity value) {
            this(name, LazyText.of(formula), LazyText.of(substituted), value);
        }

        private Computed(String name, LazyText formula, LazyText substituted, Quantity value) {
            this.name = Objects.requireNonNull(name);
            this.formula = formula;
            this.substituted = substituted;
            this.value = Objects.requireNonNull(value);
        }

        /** With the formula and the substituted formula worded only when first asked for. */
        public static Computed deferred(String name, Supplier<String> formula, Supplier<String> substituted,
                                        Quantity value) {
            return new Computed(name, LazyText.deferred(formula), LazyText.deferred(substituted), value);
        }

        public String name() {
            return name;
        }

        public String formula() {
            return formula.get();
        }

        public String substituted() {
            return substituted.get();
        }

        public Quantity value() {
            return value;
        }

        @Override
        public String render() {
            return name + " = " + formula() + " = " + substituted() + " = " + value.display();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Computed c && name.equals(c.name) && value.equals(c.value)
                    && formula().equals(c.formula()) && substituted().equals(c.substituted());
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, value);
        }

        @Override
        public String toString() {
            return "Computed[" + render() + "]";
        }
    }

    /** A condition that was tested, with the values it saw: 收入预算完成率 100.00% ≥ 95%，成立. */
    final class Tested implements TraceEntry {
        private final LazyText condition;
        private final boolean holds;

        public Tested(String condition, boolean holds) {
            this(LazyText.of(condition), holds);
        }

        private Tested(LazyText condition, boolean holds) {
            this.condition = condition;
            this.holds = holds;
        }

        /** With the condition worded only when first asked for. */
        public static Tested deferred(Supplier<String> condition, boolean holds) {
            return new Tested(LazyText.deferred(condition), holds);
        }

        public String condition() {
            return condition.get();
        }

        public boolean holds() {
            return holds;
        }

        @Override
        public String render() {
            return condition() + (holds ? "，成立" : "，不成立");
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Tested t && holds == t.holds && condition().equals(t.condition());
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(holds);
        }

        @Override
        public String toString() {
            return "Tested[" + render() + "]";
        }
    }

    /** A deduction: 不符合项 1 项 × 0.5 分 = 扣 0.5 分. */
    final class Deducted implements TraceEntry {
        private final LazyText what;
        private final LazyText count;
        private final BigDecimal each;
        private final BigDecimal amount;

        public Deducted(String what, String count, BigDecimal each, BigDecimal amount) {
            this(LazyText.of(what), LazyText.of(count), each, amount);
        }

        private Deducted(LazyText what, LazyText count, BigDecimal each, BigDecimal amount) {
            this.what = what;
            this.count = count;
            this.each = Objects.requireNonNull(each);
            this.amount = Objects.requireNonNull(amount);
        }

        /** With what was counted and how many worded only when first asked for. */
        public static Deducted deferred(Supplier<String> what, Supplier<String> count, BigDecimal each,
                                        BigDecimal amount) {
            return new Deducted(LazyText.deferred(what), LazyText.deferred(count), each, amount);
        }

        public String what() {
            return what.get();
        }

        public String count() {
            return count.get();
        }

        public BigDecimal each() {
            return each;
        }

        public BigDecimal amount() {
            return amount;
        }

        @Override
        public String render() {
            return what() + " " + count() + " × " + Decimals.trim(each) + " 分 = 扣 " + Decimals.trim(amount) + " 分";
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Deducted d && each.equals(d.each) && amount.equals(d.amount)
                    && what().equals(d.what()) && count().equals(d.count());
        }

        @Override
        public int hashCode() {
            return Objects.hash(each, amount);
        }

        @Override
        public String toString() {
            return "Deducted[" + render() + "]";
        }
    }

    /** The clause that decided, and the score it gives: 得满分 2 分. */
    final class Decided implements TraceEntry {
        private final LazyText clause;
        private final BigDecimal score;

        public Decided(String clause, BigDecimal score) {
            this(LazyText.of(clause), score);
        }

        private Decided(LazyText clause, BigDecimal score) {
            this.clause = clause;
            this.score = Objects.requireNonNull(score);
        }

        /** With the clause worded only when first asked for. */
        public static Decided deferred(Supplier<String> clause, BigDecimal score) {
            return new Decided(LazyText.deferred(clause), score);
        }

        public String clause() {
            return clause.get();
        }

        public BigDecimal score() {
            return score;
        }

        @Override
        public String render() {
            return clause() + " " + Decimals.trim(score) + " 分";
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Decided d && score.equals(d.score) && clause().equals(d.clause());
        }

        @Override
        public int hashCode() {
            return score.hashCode();
        }

        @Override
        public String toString() {
            return "Decided[" + render() + "]";
        }
    }

    /** Anything else worth saying: a clamp, a judgement's reason, a not-applicable reason. */
    final class Note implements TraceEntry {
        private final LazyText text;

        public Note(String text) {
            this.text = LazyText.of(text);
        }

        private Note(LazyText text) {
            this.text = text;
        }

        /** With the text worded only when first asked for. */
        public static Note deferred(Supplier<String> text) {
            return new Note(LazyText.deferred(text));
        }

        public String text() {
            return text.get();
        }

        @Override
        public String render() {
            return text();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Note n && text().equals(n.text());
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "Note[" + render() + "]";
        }
    }
}
