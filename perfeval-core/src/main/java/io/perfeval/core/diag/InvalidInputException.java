package io.perfeval.core.diag;

import java.util.List;

/** An evaluation input that does not match the pack's declarations: every problem, reported at once. */
public final class InvalidInputException extends PerfevalException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(List<Problem> problems) {
        super("invalid evaluation input (" + problems.size() + " problem(s))", problems);
    }
}
