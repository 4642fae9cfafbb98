package io.perfeval.core.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at the library's edge when a pack or an input cannot be used. It carries every problem found, not only the
 * first; {@link #getMessage()} is English for logs, {@link #chineseMessage()} is for pack authors and officers.
 */
public class PerfevalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public PerfevalException(String summary, List<Problem> problems) {
        super(summary + ":\n" + problems.stream().map(Problem::displayEnglish).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public String chineseMessage() {
        return problems.stream().map(Problem::display).collect(Collectors.joining("\n"));
    }
}
