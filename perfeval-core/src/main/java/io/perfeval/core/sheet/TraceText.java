package io.perfeval.core.sheet;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text part of a {@link TraceEntry}, given or worded on first use. The race on {@code value} is benign: every thread
 * words the same immutable String from the same immutable values, and a String is safely published through its final
 * fields.
 */
final class TraceText {
    private final Supplier<String> words;
    private String value;

    private TraceText(Supplier<String> words, String value) {
        this.words = words;
        this.value = value;
    }

    static TraceText of(String value) {
        return new TraceText(null, Objects.requireNonNull(value));
    }

    static TraceText deferred(Supplier<String> words) {
        return new TraceText(Objects.requireNonNull(words), null);
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
