package io.perfeval.core;

/**
 * A rule pack that a jar offers under a stable id, found through {@link java.util.ServiceLoader} by
 * {@link PackRegistry}. A province's pack jar implements this (usually by compiling a bundled DSL resource) and lists its
 * class in {@code META-INF/services/io.perfeval.core.PackSource}.
 */
public interface PackSource {

    /** Who the pack is, without compiling it: id, name, region, version, basis document. */
    PackInfo info();

    /**
     * The compiled pack. Called at most once per registry; implementations may compile lazily. Throws
     * {@link io.perfeval.core.diag.InvalidPackException} when the bundled pack does not compile.
     */
    RulePack load();
}
