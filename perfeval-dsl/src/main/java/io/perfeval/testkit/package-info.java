/**
 * A jqwik kit for pack authors: arbitraries that generate valid inputs for any compiled pack, biased toward every
 * threshold its rules compare and the nearest values either side, and ready-made properties (bounded, subtotals add up,
 * deterministic, monotone as the wording implies, exact at thresholds). See perfeval-dsl/README.md, section "Testing a
 * pack with jqwik".
 *
 * <p>jqwik is an <em>optional</em> dependency of perfeval-dsl: it never reaches the classpath of production users. A
 * pack author who uses this package adds {@code net.jqwik:jqwik} in test scope, as any jqwik user does.
 */
package io.perfeval.testkit;
