package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.examples.batch.SyntheticDepartments;
import java.util.List;

/** The departments every benchmark and baseline test uses: one seed, one pool cycled through. */
public final class BenchInputs {

    public static final long SEED = 20_190_008L;
    /** Large enough that branch prediction cannot learn one department; small enough to stay in cache like a batch. */
    public static final int POOL = 1_024;

    private BenchInputs() {
    }

    public static List<EvaluationInput> pool() {
        return SyntheticDepartments.generate(SEED, POOL);
    }
}
