package io.perfeval.core.input;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A series' numbers by period over the declaration's own list of period names, as {@link EvaluationInput.SlotBuilder}
 * sets them: an array beside the names, instead of a map entry per period. Immutable; iterates in period order over
 * the periods given (a null in the array is a period not given), and equals any map with the same entries, exactly as
 * the insertion-ordered map it replaces.
 */
final class PeriodValues extends AbstractMap<String, BigDecimal> {

    private final List<String> periods;
    /** {@code values[i]} is period i's number, null where it was not given; kept, not copied. */
    private final BigDecimal[] values;
    private final int size;

    private PeriodValues(List<String> periods, BigDecimal[] values) {
        this.periods = periods;
        this.values = values;
        int n = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                n++;
            }
        }
        this.size = n;
    }

    /**
     * @param periods the declaration's period names (kept)
     * @param values the numbers in that order, at most one per period (kept; null for a period not given)
     */
    static PeriodValues of(List<String> periods, BigDecimal[] values) {
        if (values.length > periods.size()) {
            throw new IllegalArgumentException(values.length + " numbers for the " + periods.size() + " periods "
                    + periods);
        }
        return new PeriodValues(periods, values);
    }

    private int index(Object key) {
        for (int i = 0; i < values.length; i++) {
            String p = periods.get(i);
            if (p == key || p.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        int i = index(key);
        return i >= 0 && values[i] != null;
    }

    @Override
    public BigDecimal get(Object key) {
        int i = index(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<Map.Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, BigDecimal>> iterator() {
                return new Iterator<>() {
                    private int next = skip(0);

                    private int skip(int i) {
                        while (i < values.length && values[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Map.Entry<String, BigDecimal> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next;
                        next = skip(i + 1);
                        return new SimpleImmutableEntry<>(periods.get(i), values[i]);
                    }
                };
            }
        };
    }
}
