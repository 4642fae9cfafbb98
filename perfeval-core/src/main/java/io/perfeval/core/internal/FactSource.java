package io.perfeval.core.internal;

import io.perfeval.core.sheet.TraceFact;

/**
 * Not API: an evaluator's trace step that can say what it saw as a {@link TraceFact}. A deferred trace entry keeps the
 * step it was made from and asks it when {@code TraceEntry.fact()} is called.
 */
public interface FactSource {

    /**
     * The step's values.
     *
     * @return the fact
     */
    TraceFact fact();
}
