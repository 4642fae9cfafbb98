package io.perfeval.examples.spark;

import io.perfeval.core.diag.Problem;
import java.util.List;

/**
 * One input row as read: its identity, the department's self-evaluation document (the Hebei {@code DepartmentInput}
 * JSON), and the problems of reading the row itself (a malformed JSON line, a missing field), which reject it.
 */
record Source(String region, Integer year, String department, String document, List<Problem> problems) {

    Source {
        problems = List.copyOf(problems);
    }

    static Source of(String region, Integer year, String department, String document) {
        return new Source(region, year, department, document, List.of());
    }

    /** The row as messages name it: its department, else its place in the table. */
    String shown() {
        String who = department == null || department.isBlank() ? "?" : department;
        return (region == null ? "" : region + "/") + (year == null ? "" : year + "/") + who;
    }
}
