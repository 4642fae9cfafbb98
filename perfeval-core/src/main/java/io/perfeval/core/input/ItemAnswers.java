package io.perfeval.core.input;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * A checklist's answers when its items are numbered 1…n, as checklists almost always are: an array read by item
 * number, instead of a tree walked for every item the validator and the evaluator look up. Immutable; iterates in item
 * order and equals any map with the same entries, exactly as the sorted map it replaces.
 */
final class ItemAnswers extends AbstractMap<Integer, Boolean> {

    /** {@code met[i - 1]} is item i's answer. */
    private final boolean[] met;

    private ItemAnswers(boolean[] met) {
        this.met = met;
    }

    /** Items 1…n answered by {@code met[i - 1]}; {@code met} is kept, not copied. */
    static ItemAnswers of(boolean[] met) {
        return new ItemAnswers(met);
    }

    /** The answers as an unmodifiable map in item order: an ItemAnswers when the items are 1…n, else a sorted copy. */
    static Map<Integer, Boolean> copyOf(Map<Integer, Boolean> answers) {
        if (answers instanceof ItemAnswers a) {
            return a;
        }
        Map<Integer, Boolean> sorted = new TreeMap<>(answers);
        int n = sorted.size();
        boolean[] met = new boolean[n];
        int expected = 1;
        for (Map.Entry<Integer, Boolean> e : sorted.entrySet()) {
            if (e.getKey() != expected || e.getValue() == null) {
                return Collections.unmodifiableMap(sorted);
            }
            met[expected - 1] = e.getValue();
            expected++;
        }
        return new ItemAnswers(met);
    }

    @Override
    public int size() {
        return met.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Integer i && i >= 1 && i <= met.length;
    }

    @Override
    public Boolean get(Object key) {
        return containsKey(key) ? met[(Integer) key - 1] : null;
    }

    /** The answers in item order, read from the array: no entry is made per item. */
    @Override
    public Collection<Boolean> values() {
        return new AbstractCollection<>() {
            @Override
            public int size() {
                return met.length;
            }

            @Override
            public Iterator<Boolean> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < met.length;
                    }

                    @Override
                    public Boolean next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return met[next++];
                    }
                };
            }
        };
    }

    @Override
    public Set<Map.Entry<Integer, Boolean>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return met.length;
            }

            @Override
            public Iterator<Map.Entry<Integer, Boolean>> iterator() {
                return new Iterator<>() {
                    private int next = 1;

                    @Override
                    public boolean hasNext() {
                        return next <= met.length;
                    }

                    @Override
                    public Map.Entry<Integer, Boolean> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int item = next++;
                        return new SimpleImmutableEntry<>(item, met[item - 1]);
                    }
                };
            }
        };
    }
}
