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
    /** For tests: sees each criterion as it is read (null in a normal compile). */
    CriterionObserver observer;

    /** What a test may see of a criterion being read. */
    interface CriterionObserver {
        /**
         * The criterion at {@code path}: the text no token covers ("" when none), and its parse tree (null when the
         * criterion did not parse).
         */
        void read(String path, String uncovered, org.antlr.v4.runtime.ParserRuleContext tree);

        /** The criterion at {@code path} as the tokens its grammar parses, before it is parsed. */
        default void tokens(String path, List<? extends org.antlr.v4.runtime.Token> tokens) {
        }
    }

    void error(String code, String subject, SourceLocation at, Object... args) {
        add(Problem.of(BUNDLE, code, Severity.ERROR, subject, at, args));
    }

    void warn(String code, String subject, SourceLocation at, Object... args) {
        add(Problem.of(BUNDLE, code, Severity.WARNING, subject, at, args));
    }

    void add(Problem p) {
        if (problems.size() < MAX_PROBLEMS - 1 && !problems.contains(p)) {
            problems.add(p);
        } else if (problems.size() == MAX_PROBLEMS - 1) {
            // the last slot says the list is cut, so a reader never takes 500 problems for all of them
            problems.add(Problem.of(BUNDLE, "D016", Severity.ERROR, "", p.location().orElse(null),
                    "问题超过 " + (MAX_PROBLEMS - 1) + " 个，其余未列出"));
        }
    }

    boolean hasErrors() {
        return hasErrorsFrom(0);
    }

    /** Whether an error was reported after the first {@code count} problems. */
    boolean hasErrorsFrom(int count) {
        for (int k = count; k < problems.size(); k++) {
            if (problems.get(k).isError()) {
                return true;
            }
        }
        return false;
    }
}
