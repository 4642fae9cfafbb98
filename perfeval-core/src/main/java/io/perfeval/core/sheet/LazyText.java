package io.perfeval.core.sheet;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Texts given or made on first use: the wording of a {@link TraceEntry}'s parts, an {@link EvaluationRecord}'s hashes.
 * Each is held in a plain field as its String or as the Supplier that makes it, and the first reader replaces the
 * Supplier by the String. The race on that field is benign: every thread makes the same immutable String from the same
 * immutable values, and a String is safely published through its final fields. No holder object is made per text,
 * since an evaluation makes dozens of them.
 */
final class LazyText {

    private LazyText() {
    }

    /** The text of a part held as its wording Supplier. */
    static String word(Object supplier) {
        return Objects.requireNonNull(((Supplier<?>) supplier).get()).toString();
    }
}
