package io.perfeval.core.diag;

import java.util.List;

/**
 * An evaluation input that does not match the pack's declarations: every problem, reported at once, up to
 * {@link InputProblems#MAX} (the last then says the list was cut).
 */
public final class InvalidInputException extends PerfevalException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(List<Problem> problems) {
        super("invalid evaluation input (" + problems.size() + " problem(s))", InputProblems.capped(problems));
    }
}
