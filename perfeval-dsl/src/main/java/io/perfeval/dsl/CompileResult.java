package io.perfeval.dsl;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What compiling a pack file found: the pack (present only when there were no errors) and every problem — errors
 * and warnings of the DSL (D…) and of the core's checks (C…, W…), sorted by position.
 */
public record CompileResult(Optional<RulePack> pack, List<Problem> problems) {

    public CompileResult {
        Objects.requireNonNull(pack, "pack");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
