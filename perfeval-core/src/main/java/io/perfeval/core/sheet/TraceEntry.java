package io.perfeval.core.sheet;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Quantity;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of how a score came about. Entries are data; {@link #render()} gives the Chinese sentence.
 */
public sealed interface TraceEntry {

    /** The sentence shown to officers, in Chinese. */
    String render();

    /** A derived measure: 收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 1308.05 / 1308.05 × 100% = 100.00%. */
    record Computed(String name, String formula, String substituted, Quantity value) implements TraceEntry {
        public Computed {
            Objects.requireNonNull(name);
            Objects.requireNonNull(formula);
            Objects.requireNonNull(substituted);
            Objects.requireNonNull(value);
        }

        @Override
        public String render() {
            return name + " = " + formula + " = " + substituted + " = " + value.display();
        }
    }

    /** A condition that was tested, with the values it saw: 收入预算完成率 100.00% ≥ 95%，成立. */
    record Tested(String condition, boolean holds) implements TraceEntry {
        public Tested {
            Objects.requireNonNull(condition);
        }

        @Override
        public String render() {
            return condition + (holds ? "，成立" : "，不成立");
        }
    }

    /** A deduction: 不符合项 1 项 × 0.5 分 = 扣 0.5 分. */
    record Deducted(String what, String count, BigDecimal each, BigDecimal amount) implements TraceEntry {
        public Deducted {
            Objects.requireNonNull(what);
            Objects.requireNonNull(count);
            Objects.requireNonNull(each);
            Objects.requireNonNull(amount);
        }

        @Override
        public String render() {
            return what + " " + count + " × " + Decimals.trim(each) + " 分 = 扣 " + Decimals.trim(amount) + " 分";
        }
    }

    /** The clause that decided, and the score it gives: 得满分 2 分. */
    record Decided(String clause, BigDecimal score) implements TraceEntry {
        public Decided {
            Objects.requireNonNull(clause);
            Objects.requireNonNull(score);
        }

        @Override
        public String render() {
            return clause + " " + Decimals.trim(score) + " 分";
        }
    }

    /** Anything else worth saying: a clamp, a judgement's reason, a not-applicable reason. */
    record Note(String text) implements TraceEntry {
        public Note {
            Objects.requireNonNull(text);
        }

        @Override
        public String render() {
            return text;
        }
    }
}
