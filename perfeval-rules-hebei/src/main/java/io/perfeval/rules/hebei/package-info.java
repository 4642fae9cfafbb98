/**
 * Hebei rule packs, the typed department self-evaluation input model and its JSON binding. Depends on perfeval-dsl and
 * perfeval-core.
 */
package io.perfeval.rules.hebei;
