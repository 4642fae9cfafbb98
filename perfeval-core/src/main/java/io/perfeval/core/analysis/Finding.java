package io.perfeval.core.analysis;

import io.perfeval.core.diag.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A finding of {@link PackAnalysis} with the inputs that show it. A finding that claims a score, a range, a gap, an
 * overlap, a jump or a direction has at least one {@link Witness} (a jump or a direction two: either side), each
 * confirmed by the evaluator before the finding was made; a finding about the pack's structure (a clause that can
 * never apply, an unused measure, a rule too large to enumerate, the analysis stopping at its work limit) has none.
 */
public record Finding(Problem problem, List<Witness> witnesses) {

    public Finding {
        Objects.requireNonNull(problem, "problem");
        witnesses = List.copyOf(witnesses);
    }
}
