package io.perfeval.core.sheet;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list built when first read, at most once, by whichever thread reads it first (the others wait for
 * it): a {@link ScoreSheet}'s indicator tree and figures, and a {@link Trace}'s entries, which a batch scoring a
 * province seldom opens. Once built, the builder is dropped, and with it whatever it kept to build from.
 */
class DeferredList<T> extends AbstractList<T> implements RandomAccess {
    private Supplier<? extends List<? extends T>> build;
    private volatile List<T> list;

    DeferredList(Supplier<? extends List<? extends T>> build) {
        this.build = Objects.requireNonNull(build);
    }

    private List<T> list() {
        List<T> l = list;
        if (l == null) {
            synchronized (this) {
                l = list;
                if (l == null) {
                    l = List.copyOf(build.get());
                    list = l;
                    build = null;
                }
            }
        }
        return l;
    }

    @Override
    public final T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || list().equals(o);
    }

    @Override
    public int hashCode() {
        return list().hashCode();
    }
}
