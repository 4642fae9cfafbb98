package io.perfeval.examples.spark;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.PerfevalException;
import java.util.List;

/**
 * The job cannot start: bad arguments, an unreadable input, an input without the columns it needs, a pack that is
 * unknown or does not compile. Raised on the driver before any row is scored; a bad row never raises it.
 */
public final class JobException extends PerfevalException {

    private static final long serialVersionUID = 1L;

    JobException(List<Problem> problems) {
        super("the Spark job cannot start", problems);
    }

    JobException(Problem problem) {
        this(List.of(problem));
    }
}
