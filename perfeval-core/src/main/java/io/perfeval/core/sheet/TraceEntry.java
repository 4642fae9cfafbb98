package io.perfeval.core.sheet;

import io.perfeval.core.internal.FactSource;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Quantity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One step of how a score came about. Entries are data; {@link #render()} gives the Chinese sentence.
 *
 * <p>The evaluator records the values a step saw and defers the Chinese wording: text parts are built the first time
 * they are asked for (by {@link #render()}, {@link Trace#lines()} or an accessor) and then kept. A text part is held
 * as its String or as the Supplier that words it, which the first reader replaces by the String (a benign race, as in
 * {@link LazyText}). Scoring a whole province therefore pays for sentences only on the sheets someone reads. Entries
 * are immutable and thread-safe; two entries are equal when they are of the same kind and say the same thing.
 */
public sealed interface TraceEntry {

    /** The sentence shown to officers, in Chinese. */
    String render();

    /**
     * The values this step saw, as data ({@link TraceFact}), when the evaluator recorded them: empty for an entry made
     * from text with a public constructor, and for the step kinds that have no fact yet.
     *
     * @return the step's fact, if it has one
     */
    Optional<TraceFact> fact();

    /** The fact of the step an entry was made from (a deferred entry keeps it), or empty. */
    private static Optional<TraceFact> factOf(Object source) {
        return source instanceof FactSource s ? Optional.of(s.fact()) : Optional.empty();
    }

    /** A derived measure: 收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 1308.05 / 1308.05 × 100% = 100.00%. */
    final class Computed implements TraceEntry {
        private final String name;
        private Object formula;
        private Object substituted;
        private final Quantity value;
        /** The step this entry was made from, kept for {@link #fact()} after its text is worded. */
        private final Object source;

        public Computed(String name, String formula, String substituted, Quantity value) {
            this(name, (Object) Objects.requireNonNull(formula), Objects.requireNonNull(substituted), value);
        }

        private Computed(String name, Object formula, Object substituted, Quantity value) {
            this.name = Objects.requireNonNull(name);
            this.formula = formula;
            this.substituted = substituted;
            this.value = Objects.requireNonNull(value);
            this.source = substituted;
        }

        @Override
        public Optional<TraceFact> fact() {
            return TraceEntry.factOf(source);
        }

        /** With the formula and the substituted formula worded only when first asked for. */
        static Computed deferred(String name, Supplier<String> formula, Supplier<String> substituted,
                                        Quantity value) {
            return new Computed(name, Objects.requireNonNull(formula), Objects.requireNonNull(substituted), value);
        }

        public String name() {
            return name;
        }

        public String formula() {
            Object t = formula;
            return t instanceof String s ? s : (String) (formula = LazyText.word(t));
        }

        public String substituted() {
            Object t = substituted;
            return t instanceof String s ? s : (String) (substituted = LazyText.word(t));
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
        private Object condition;
        private final boolean holds;
        private final Object source;

        public Tested(String condition, boolean holds) {
            this((Object) Objects.requireNonNull(condition), holds);
        }

        private Tested(Object condition, boolean holds) {
            this.condition = condition;
            this.holds = holds;
            this.source = condition;
        }

        @Override
        public Optional<TraceFact> fact() {
            return TraceEntry.factOf(source);
        }

        /** With the condition worded only when first asked for. */
        static Tested deferred(Supplier<String> condition, boolean holds) {
            return new Tested(Objects.requireNonNull(condition), holds);
        }

        public String condition() {
            Object t = condition;
            return t instanceof String s ? s : (String) (condition = LazyText.word(t));
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
        private Object what;
        private Object count;
        private final BigDecimal each;
        private final BigDecimal amount;
        private final Object source;

        public Deducted(String what, String count, BigDecimal each, BigDecimal amount) {
            this((Object) Objects.requireNonNull(what), Objects.requireNonNull(count), each, amount);
        }

        private Deducted(Object what, Object count, BigDecimal each, BigDecimal amount) {
            this.what = what;
            this.count = count;
            this.each = Objects.requireNonNull(each);
            this.amount = Objects.requireNonNull(amount);
            this.source = what instanceof FactSource ? what : count;
        }

        @Override
        public Optional<TraceFact> fact() {
            return TraceEntry.factOf(source);
        }

        /** With what was counted and how many worded only when first asked for. */
        static Deducted deferred(Supplier<String> what, Supplier<String> count, BigDecimal each,
                                        BigDecimal amount) {
            return new Deducted(Objects.requireNonNull(what), Objects.requireNonNull(count), each, amount);
        }

        public String what() {
            Object t = what;
            return t instanceof String s ? s : (String) (what = LazyText.word(t));
        }

        public String count() {
            Object t = count;
            return t instanceof String s ? s : (String) (count = LazyText.word(t));
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
        private Object clause;
        private final BigDecimal score;
        private final Object source;

        public Decided(String clause, BigDecimal score) {
            this((Object) Objects.requireNonNull(clause), score);
        }

        private Decided(Object clause, BigDecimal score) {
            this.clause = clause;
            this.score = Objects.requireNonNull(score);
            this.source = clause;
        }

        @Override
        public Optional<TraceFact> fact() {
            return TraceEntry.factOf(source);
        }

        /** With the clause worded only when first asked for. */
        static Decided deferred(Supplier<String> clause, BigDecimal score) {
            return new Decided(Objects.requireNonNull(clause), score);
        }

        public String clause() {
            Object t = clause;
            return t instanceof String s ? s : (String) (clause = LazyText.word(t));
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
        private Object text;
        private final Object source;

        public Note(String text) {
            this.text = Objects.requireNonNull(text);
            this.source = null;
        }

        private Note(Object text) {
            this.text = text;
            this.source = text;
        }

        @Override
        public Optional<TraceFact> fact() {
            return TraceEntry.factOf(source);
        }

        /** With the text worded only when first asked for. */
        static Note deferred(Supplier<String> text) {
            return new Note(Objects.requireNonNull(text));
        }

        public String text() {
            Object t = text;
            return t instanceof String s ? s : (String) (text = LazyText.word(t));
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
