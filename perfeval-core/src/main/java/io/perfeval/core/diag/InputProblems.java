package io.perfeval.core.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The one cap on the problems reported for one input, like the cap on a pack's problems: at most {@value #MAX}, the
 * last of which (I019) says the list was cut. A 300,000-answer checklist then costs 500 problems, not 300,000 of them
 * and 100 MB of messages. Readers stop collecting once {@link #full} says so, and {@link #capped} cuts what is left.
 */
public final class InputProblems {

    /** The most problems an input gets, the note that the list was cut included. */
    public static final int MAX = 500;

    private InputProblems() {
    }

    /**
     * Whether {@code problems} already holds more than can be shown ({@value #MAX} + 1, so that {@link #capped} knows
     * the list is cut), and collecting more is wasted work.
     */
    public static boolean full(List<Problem> problems) {
        return problems.size() > MAX;
    }

    /** {@code problems} if there are at most {@value #MAX}; else the first {@value #MAX} − 1 and I019. */
    public static List<Problem> capped(List<Problem> problems) {
        if (problems.size() <= MAX) {
            return problems;
        }
        List<Problem> out = new ArrayList<>(problems.subList(0, MAX - 1));
        out.add(Problem.core("I019", Severity.ERROR, "", null, MAX - 1));
        return out;
    }
}
