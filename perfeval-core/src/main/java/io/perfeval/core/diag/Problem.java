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
 * The messages are formatted when first read, from the arguments turned to text when the problem was made: a compile
 * whose warnings nobody reads does not load the message bundles. The race on the two message fields is benign (every
 * thread formats the same String from the same text).
 */
public final class Problem {

    private final String code;
    private final Severity severity;
    private final String subject;
    private final SourceLocation location;
    /** The bundle and the arguments as text, from which the messages are formatted when first read. */
    private final String bundle;
    private final String[] args;
    private String chinese;
    private String english;

    private Problem(String code, Severity severity, String subject, SourceLocation location, String bundle,
                    String[] args, String chinese, String english) {
        this.code = code;
        this.severity = severity;
        this.subject = subject;
        this.location = location;
        this.bundle = bundle;
        this.args = args;
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
        Objects.requireNonNull(bundle, "bundle");
        // as text now: the messages, formatted later, say what the values were when the problem was found
        String[] text = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new Problem(code, severity, subject == null ? "" : subject, location, bundle, text, null, null);
    }

    /** A core problem (bundle {@code io.perfeval.core.diag.messages}). */
    public static Problem core(String code, Severity severity, String subject, SourceLocation location,
                               Object... args) {
        return of(CORE_BUNDLE, code, severity, subject, location, args);
    }

    static final String CORE_BUNDLE = "io.perfeval.core.diag.messages";

    private static String format(String bundleName, Locale locale, String code, String[] args) {
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
                out.append(index < args.length ? args[index] : "");
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
        return new Problem(code, severity, subject, where, bundle, args, chinese, english);
    }

    /** The same problem with another severity (an evaluation error that did not affect any score is a warning). */
    public Problem withSeverity(Severity newSeverity) {
        return new Problem(code, newSeverity, subject, location, bundle, args, chinese, english);
    }

    /** The message for pack authors, in Chinese. */
    public String message() {
        String m = chinese;
        if (m == null) {
            m = format(bundle, Locale.SIMPLIFIED_CHINESE, code, args);
            chinese = m;
        }
        return m;
    }

    /** The message for developers, in English. */
    public String englishMessage() {
        String m = english;
        if (m == null) {
            m = format(bundle, Locale.ROOT, code, args);
            english = m;
        }
        return m;
    }

    public String message(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? message() : englishMessage();
    }

    /** {@code file:line:col: 错误 I001 [subject] message} — compiler style, Chinese. */
    public String display() {
        return display(severity.chinese(), message());
    }

    /** As {@link #display()}, in English. */
    public String displayEnglish() {
        return display(severity.english(), englishMessage());
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
        Problem[] a = problems.toArray(new Problem[0]);
        java.util.Arrays.sort(a, ORDER);
        return List.of(a);
    }

    /** A named class, not a lambda: no class is spun at run time on every compile's path. */
    private static final class Order implements java.util.Comparator<Problem> {
        @Override
        public int compare(Problem a, Problem b) {
            int c = compareLocations(a.location, b.location);
            if (c != 0) {
                return c;
            }
            c = a.subject.compareTo(b.subject);
            return c != 0 ? c : a.code.compareTo(b.code);
        }
    }

    private static final Order ORDER = new Order();

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
                && Objects.equals(location, p.location) && message().equals(p.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, subject, location);
    }

    @Override
    public String toString() {
        return display() + " / " + englishMessage();
    }
}
