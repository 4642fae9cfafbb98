package io.perfeval.core;

import io.perfeval.core.internal.SheetInternals;

/**
 * The sheet package's deferred factories (trace entries worded on first read, lists built on first read), which are
 * not public API: see {@link SheetInternals}. A constant, so that the JIT calls the one implementation directly.
 */
final class Deferred {

    static final SheetInternals.Factory MAKE = SheetInternals.factory();

    private Deferred() {
    }
}
