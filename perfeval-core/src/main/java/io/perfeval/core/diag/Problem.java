package io.perfeval.core.diag;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * One diagnostic: a stable code (C… pack structure, I… input, R… evaluation, A… audit; the DSL adds its own), a
 * severity, the subject it concerns (an indicator path, a data name), an optional source location, and a message in
 * Chinese for pack authors and in English for developers, both taken from resource bundles.
 *
 * <p>Problems are values: they are collected and returned (or carried by an exception) all together, never printed.
 */
public final class Problem {

    private final String code;
    private final Severity severity;
    private final String subject;
    private final SourceLocation location;
    private final String chinese;
    private final String english;

    private Problem(String code, Severity severity, String subject, SourceLocation location, String chinese,
                    String english) {
        this.code = code;
        this.severity = severity;
        this.subject = subject;
        this.location = location;
        this.chinese = chinese;
        this.english = english;
    }

    /**
     * Creates a problem whose messages are {@code code}'s entries in {@code bundle} (zh_CN and root), with
     * {@code {0}}, {@code {1}} … replaced by {@code args} as plain text (no locale formatting of numbers).
     */
    public static Problem of(String bundle, String code, Severity severity, String subject, SourceLocation location,
                             Object... args) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        return new Problem(code, severity, subject == null ? "" : subject, location,
                format(bundle, Locale.SIMPLIFIED_CHINESE, code, args), format(bundle, Locale.ROOT, code, args));
    }

    /** A core problem (bundle {@code io.perfeval.core.diag.messages}). */
    public static Problem core(String code, Severity severity, String subject, SourceLocation location,
                               Object... args) {
        return of(CORE_BUNDLE, code, severity, subject, location, args);
    }

    static final String CORE_BUNDLE = "io.perfeval.core.diag.messages";

    private static String format(String bundleName, Locale locale, String code, Object... args) {
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            // A missing message is a bug of ours; say so rather than hide the problem behind it.
            pattern = code + " (no message text) {0} {1} {2}";
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))
                    && pattern.charAt(i + 2) == '}') {
                int index = pattern.charAt(i + 1) - '0';
                out.append(index < args.length ? String.valueOf(args[index]) : "");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What the problem is about: an indicator path such as 过程/预算执行/收入预算完成率, a data name, or empty. */
    public String subject() {
        return subject;
    }

    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /** The same problem placed at a source location (used by the DSL compiler, which knows where things were written). */
    public Problem at(SourceLocation where) {
        return new Problem(code, severity, subject, where, chinese, english);
    }

    /** The same problem with another severity (an evaluation error that did not affect any score is a warning). */
    public Problem withSeverity(Severity newSeverity) {
        return new Problem(code, newSeverity, subject, location, chinese, english);
    }

    /** The message for pack authors, in Chinese. */
    public String message() {
        return chinese;
    }

    /** The message for developers, in English. */
    public String englishMessage() {
        return english;
    }

    public String message(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chinese : english;
    }

    /** {@code file:line:col: 错误 I001 [subject] message} — compiler style, Chinese. */
    public String display() {
        return display(severity.chinese(), chinese);
    }

    /** As {@link #display()}, in English. */
    public String displayEnglish() {
        return display(severity.english(), english);
    }

    private String display(String severityWord, String message) {
        StringBuilder s = new StringBuilder();
        if (location != null) {
            s.append(location).append(": ");
        }
        s.append(severityWord).append(' ').append(code);
        if (!subject.isEmpty()) {
            s.append(" [").append(subject).append(']');
        }
        return s.append(' ').append(message).toString();
    }

    /** Errors first is not implied: problems sort by location, then code, so output is stable. */
    public static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted((a, b) -> {
            int c = compareLocations(a.location, b.location);
            if (c != 0) {
                return c;
            }
            c = a.subject.compareTo(b.subject);
            return c != 0 ? c : a.code.compareTo(b.code);
        }).toList();
    }

    private static int compareLocations(SourceLocation a, SourceLocation b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = a.file().compareTo(b.file());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.line(), b.line());
        return c != 0 ? c : Integer.compare(a.column(), b.column());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && code.equals(p.code) && severity == p.severity && subject.equals(p.subject)
                && Objects.equals(location, p.location) && chinese.equals(p.chinese);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, subject, location);
    }

    @Override
    public String toString() {
        return display() + " / " + english;
    }
}
