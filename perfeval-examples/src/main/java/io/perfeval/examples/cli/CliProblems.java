package io.perfeval.examples.cli;

import io.perfeval.core.diag.PerfevalException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.sheet.SheetText;
import java.io.PrintStream;
import java.util.List;

/** The command-line tool's own problems (codes X…, bundle {@code io.perfeval.examples.cli.messages}) and their printing. */
final class CliProblems {

    static final String BUNDLE = "io.perfeval.examples.cli.messages";

    private CliProblems() {
    }

    static Problem problem(String code, Object... args) {
        return Problem.of(BUNDLE, code, Severity.ERROR, "", null, args);
    }

    /** The longest text from outside quoted in a message, in code points; the rest is shown as …. */
    static final int SHOWN = 80;

    /**
     * Text from outside (an input's value, a file name) as a message quotes it: at most {@value #SHOWN} code points, and
     * control characters written as escapes (U+000A as backslash-u000A), so a value can neither flood the output
     * nor forge a line of it.
     */
    static String shown(String text) {
        int end = text.length();
        if (text.codePointCount(0, end) > SHOWN) {
            end = text.offsetByCodePoints(0, SHOWN);
        }
        return SheetText.oneLine(text.substring(0, end)) + (end < text.length() ? "…" : "");
    }

    /** An exception that stops the command with exit code {@link PerfevalCli#EXIT_ERROR} and this message. */
    static PerfevalException fail(String code, Object... args) {
        return new PerfevalException(code, List.of(problem(code, args)));
    }

    /** Each problem in Chinese (for officers and pack authors) and, indented below it, in English (for developers). */
    static void print(PrintStream err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(p.display());
            err.println("  " + p.displayEnglish());
        }
    }
}
