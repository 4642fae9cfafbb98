package io.perfeval.core.sheet;

import java.util.List;
import java.util.function.Supplier;

/** The steps that produced one indicator's score, in order. */
public record Trace(List<TraceEntry> entries) {

    public static final Trace EMPTY = new Trace(List.of());

    public Trace {
        // a deferred list is unmodifiable already, and copying it would make its entries
        entries = entries instanceof DeferredList<TraceEntry> ? entries : List.copyOf(entries);
    }

    /**
     * A trace whose entries {@code entries} makes when they are first read (at most once, by any thread): the
     * evaluator's, so that reading a sheet's scores does not make every step of every indicator.
     */
    static Trace deferred(Supplier<List<TraceEntry>> entries) {
        return new Trace(new DeferredList<>(entries));
    }

    /** Each step as a Chinese sentence. */
    public List<String> lines() {
        // a loop, not a stream: a sheet writer asks every indicator's trace for its lines
        String[] lines = new String[entries.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = entries.get(i).render();
        }
        return List.of(lines);
    }

    /** All steps in one line, joined with ；— the form used in sheets: 「… = 100.00%；100.00% ≥ 95%，成立；得满分 2 分」. */
    public String render() {
        return String.join("；", lines());
    }
}
