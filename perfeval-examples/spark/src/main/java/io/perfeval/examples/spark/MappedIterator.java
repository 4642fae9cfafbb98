package io.perfeval.examples.spark;

import java.util.Iterator;
import java.util.function.Function;

/** A partition's rows mapped one at a time as Spark pulls them, so a partition is never held in memory. */
final class MappedIterator<A, B> implements Iterator<B> {

    private final Iterator<A> in;
    private final Function<A, B> map;

    MappedIterator(Iterator<A> in, Function<A, B> map) {
        this.in = in;
        this.map = map;
    }

    @Override
    public boolean hasNext() {
        return in.hasNext();
    }

    @Override
    public B next() {
        return map.apply(in.next());
    }
}
