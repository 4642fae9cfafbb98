package io.perfeval.dsl;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects the DSL's own problems (codes D0xx from the bundle io.perfeval.dsl.messages). */
final class Diag {

    static final String BUNDLE = "io.perfeval.dsl.messages";
    static final int MAX_PROBLEMS = 500;

    final List<Problem> problems = new ArrayList<>();

    void error(String code, String subject, SourceLocation at, Object... args) {
        add(Problem.of(BUNDLE, code, Severity.ERROR, subject, at, args));
    }

    void warn(String code, String subject, SourceLocation at, Object... args) {
        add(Problem.of(BUNDLE, code, Severity.WARNING, subject, at, args));
    }

    void add(Problem p) {
        if (problems.size() < MAX_PROBLEMS && !problems.contains(p)) {
            problems.add(p);
        }
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
