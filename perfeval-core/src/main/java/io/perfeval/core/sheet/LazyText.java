package io.perfeval.core.sheet;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text given or made on first use: the wording of a {@link TraceEntry}'s parts, an {@link EvaluationRecord}'s hashes.
 * The race on {@code value} is benign: every thread makes the same immutable String from the same immutable values,
 * and a String is safely published through its final fields.
 */
final class LazyText {
    private final Supplier<String> words;
    private String value;

    private LazyText(Supplier<String> words, String value) {
        this.words = words;
        this.value = value;
    }

    static LazyText of(String value) {
        return new LazyText(null, Objects.requireNonNull(value));
    }

    static LazyText deferred(Supplier<String> words) {
        return new LazyText(Objects.requireNonNull(words), null);
    }

    /** The text of a part held as its wording Supplier (see {@link TraceEntry}). */
    static String word(Object supplier) {
        return Objects.requireNonNull(((Supplier<?>) supplier).get()).toString();
    }

    String get() {
        String v = value;
        if (v == null) {
            v = Objects.requireNonNull(words.get());
            value = v;
        }
        return v;
    }
}
