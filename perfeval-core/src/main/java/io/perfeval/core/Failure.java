package io.perfeval.core;

import io.perfeval.core.diag.Problem;

/**
 * A per-indicator failure (a zero denominator, a missing judgement, a case no clause covers): thrown by the plan's
 * nodes, caught where the indicator is scored and turned into an ERROR line. No stack trace: it is control flow.
 */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Failure(Problem problem) {
        super(problem.englishMessage(), null, false, false);
        this.problem = problem;
    }
}
