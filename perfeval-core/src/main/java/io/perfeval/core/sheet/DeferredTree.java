package io.perfeval.core.sheet;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The evaluator's indicator tree, built when first read like any {@link DeferredList}, with the scores and statuses
 * it is built from kept by indicator index (depth first in table order), so that {@link ScoreSheet#scores()} and
 * {@link ScoreSheet#statuses()} read them without building it. The arrays are the evaluation's own, written before the
 * sheet was made and never after, and reached only through unmodifiable views.
 */
final class DeferredTree extends DeferredList<IndicatorResult> {
    private final BigDecimal[] scores;
    private final Status[] statuses;

    DeferredTree(Supplier<? extends List<IndicatorResult>> build, BigDecimal[] scores, Status[] statuses) {
        super(build);
        this.scores = scores;
        this.statuses = statuses;
    }

    List<BigDecimal> scores() {
        return new Flat<>(scores);
    }

    List<Status> statuses() {
        return new Flat<>(statuses);
    }

    /** An unmodifiable view of an array that may hold nulls (an indicator without a score). */
    private static final class Flat<T> extends AbstractList<T> implements RandomAccess {
        private final T[] values;

        Flat(T[] values) {
            this.values = values;
        }

        @Override
        public T get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
