package io.perfeval.core.diag;

import java.util.List;

/** A rule pack that cannot be used: every error found in it (warnings are kept on the pack instead). */
public final class InvalidPackException extends PerfevalException {

    private static final long serialVersionUID = 1L;

    public InvalidPackException(List<Problem> problems) {
        super("invalid rule pack (" + problems.size() + " problem(s))", problems);
    }
}
