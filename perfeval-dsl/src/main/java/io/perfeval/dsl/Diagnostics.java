package io.perfeval.dsl;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.SourceLocation;

/**
 * Renders a problem compiler-style, with the source line and a caret under the span. Under Chinese text the caret
 * line uses full-width filler (an ideographic space per wide character, ＾ under wide characters), so it lines up in a
 * terminal with a CJK font:
 *
 * <pre>
 * shijiazhuang.perfeval:12:8: 错误 D003 [过程/预算执行/收入预算完成率] 未声明的名称“预算完成数”（是否指「收入预算完成数」？…）
 *   收入预算完成率 = 预算完成数 / 收入预算数 × 100%
 *   　　　　　　　   ＾＾＾＾＾
 * </pre>
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /** The problem in Chinese with its source excerpt; just {@link Problem#display()} when it has no location. */
    public static String render(Problem problem, String sourceText) {
        return render(problem, sourceText, problem.display());
    }

    /** As {@link #render(Problem, String)}, with the English message for developers. */
    public static String renderEnglish(Problem problem, String sourceText) {
        return render(problem, sourceText, problem.displayEnglish());
    }

    private static String render(Problem problem, String sourceText, String headline) {
        if (problem.location().isEmpty() || sourceText == null) {
            return headline;
        }
        SourceLocation at = problem.location().get();
        String[] lines = sourceText.split("\n", -1);
        if (at.line() > lines.length) {
            return headline;
        }
        String line = lines[at.line() - 1].replace("\r", "");
        int col = Math.min(at.column() - 1, line.length());
        int end = Math.min(line.length(), col + Math.max(1, at.length()));
        StringBuilder caret = new StringBuilder("  ");
        for (int i = 0; i < col; i++) {
            char c = line.charAt(i);
            caret.append(c == '\t' ? '\t' : wide(c) ? '　' : ' ');
        }
        if (col >= line.length()) {
            caret.append('^');
        }
        for (int i = col; i < end; i++) {
            caret.append(wide(line.charAt(i)) ? '＾' : '^');
        }
        return headline + "\n  " + line + "\n" + caret;
    }

    /** East Asian wide and full-width characters take two columns. */
    static boolean wide(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < '\uFF61'
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '—')
                || b == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || b == Character.UnicodeBlock.MATHEMATICAL_OPERATORS && false;
    }
}
