package io.perfeval.examples.cli;

import io.perfeval.core.RulePack;
import java.nio.file.Path;

/**
 * Compiles a rule-pack file ({@code .perfeval}, the Chinese rule language) for {@code check FILE} and
 * {@code --pack FILE}. The command-line tool depends on this small interface rather than on the DSL module's compiler
 * directly, so that it can be built and tested before {@code io.perfeval.dsl.PackCompiler} exists; the merge with the
 * DSL branch supplies an implementation that calls it ({@link PerfevalCli#standardPackFiles()} is the one place to
 * change).
 */
public interface PackFiles {

    /**
     * Every error and warning of the pack in {@code file}, and the compiled pack when there is no error. Throws
     * {@link io.perfeval.core.diag.PerfevalException} when the file cannot be compiled at all (unreadable, or no
     * compiler in this build).
     */
    RulePack.CheckResult check(Path file);
}
