package io.perfeval.core.analysis;

/**
 * The work one analysis may do, counted in steps (a rule, condition or expression node evaluated, a datum solved for,
 * an evaluation run to confirm a claim), so that no pack can make {@code check} run on: a measure used twice by the
 * next one, sixty levels deep, is a 2.4 KB pack whose naive expansion never ends. When the limit is reached the
 * analysis stops where it is and says so (W122), rather than running on or failing.
 */
final class Budget {

    /** The default limit: about a hundred times the 190 000 steps the Shijiazhuang pack's 33 indicators take. */
    static final long DEFAULT_LIMIT = 20_000_000L;

    private final long limit;
    private long spent;

    Budget(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("the work limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** Counts {@code steps}; throws {@link Exceeded} once the total passes the limit. */
    void spend(long steps) {
        spent += steps;
        if (spent > limit || spent < 0) {
            throw new Exceeded();
        }
    }

    /** A budget that never runs out: for predictions asked of a finished analysis. */
    static Budget unlimited() {
        return new Budget(Long.MAX_VALUE);
    }

    long limit() {
        return limit;
    }

    long spent() {
        return spent;
    }

    /** Thrown through the analysis when the limit is reached; caught once, where the analysis reports it. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("analysis work limit reached", null, false, false);
        }
    }
}
