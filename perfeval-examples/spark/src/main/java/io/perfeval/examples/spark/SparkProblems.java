package io.perfeval.examples.spark;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;

/** The job's own problems (S…), with their Chinese and English messages in {@code messages*.properties}. */
final class SparkProblems {

    static final String BUNDLE = "io.perfeval.examples.spark.messages";

    private SparkProblems() {
    }

    static Problem error(String code, String subject, Object... args) {
        return Problem.of(BUNDLE, code, Severity.ERROR, subject, null, args);
    }
}
