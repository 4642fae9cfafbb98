package io.perfeval.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * A criterion as the token source reads it: without whitespace, line breaks and quote marks, traditional characters
 * and full-width digits read as their plain forms, the brackets around a whole criterion or a whole sentence
 * removed, and a bracket of scored clauses that closes a sentence read as a sentence of its own (README reading 63) —
 * with, for each character read, its offset in the original, so that every error and every span points at
 * the author's own text. What is left out scores nothing by construction ({@link #scoresNothing}).
 */
final class NormalText {

    final String original;
    /** The text as read. */
    final String text;
    /** For each character of {@link #text}, its offset in {@link #original} (one more: the original's length). */
    final int[] origin;
    /** Whether full-width digits were read as digits (the compiler warns, D011). */
    final boolean fullWidthDigits;
    /** The original offsets of brackets around a whole criterion or sentence, removed before reading. */
    private final List<Integer> wrapping = new ArrayList<>();

    NormalText(String original) {
        this.original = original;
        StringBuilder b = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        boolean fullWidth = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if ((c == '\'' || c == '’' || c == '′') && n > 0 && Character.isDigit(b.charAt(n - 1))) {
                // 「(2')」「4',少一项扣1分」: a prime after a number is 分 in some tables, not a quote mark
                b.append('分');
                map[n++] = i;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || NameTable.isQuote(c)) {
                continue;
            }
            c = Lexicon.simplified(c);
            if ((c >= '０' && c <= '９') || (c == '．' && i + 1 < original.length()
                    && original.charAt(i + 1) >= '０' && original.charAt(i + 1) <= '９')) {
                fullWidth = true;
                c = c == '．' ? '.' : (char) (c - '０' + '0');
            }
            b.append(c);
            map[n++] = i;
        }
        map[n] = original.length();
        // 「(未明确的扣4分;…)」 a whole criterion in brackets, and 「…。(3分,…扣1分,扣完为止)」 a whole sentence in brackets,
        // are read as their inside: the brackets score nothing
        boolean[] drop = new boolean[n];
        int dropped = brackets(b, n, drop);
        if (dropped > 0) {
            StringBuilder kept = new StringBuilder(n - dropped);
            int[] keptMap = new int[n - dropped + 1];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (drop[i]) {
                    wrapping.add(map[i]);
                } else {
                    kept.append(b.charAt(i));
                    keptMap[k++] = map[i];
                }
            }
            keptMap[k] = original.length();
            b = kept;
            map = keptMap;
            n = k;
        }
        this.text = b.toString();
        this.origin = java.util.Arrays.copyOf(map, n + 1);
        this.fullWidthDigits = fullWidth;
    }

    /**
     * Marks in {@code drop} the brackets read as no bracket — around a whole criterion or sentence, or after the
     * sentence's score — and turns into a sentence end or a comma the opening of a bracket of scored clauses (reading
     * 63); gives how many characters are dropped.
     */
    private static int brackets(StringBuilder b, int n, boolean[] drop) {
        int dropped = 0;
        for (int i = 0; i < n; i++) {
            char c = b.charAt(i);
            if (c == '(' || c == '（') {
                int close = closing(b, i, n);
                boolean endsSentence = close > i && (close == n - 1 || "。；;.".indexOf(b.charAt(close + 1)) >= 0);
                if (endsSentence && (i == 0 || "。；;".indexOf(b.charAt(i - 1)) >= 0)) {
                    drop[i] = true;
                    drop[close] = true;
                    dropped += 2;
                } else if (endsSentence && endsWithScore(b, i) && scores(b, i + 1, close) >= 1
                        && !Character.isDigit(b.charAt(i + 1)) && b.charAt(i + 1) != '得') {
                    // 「…记2分(不使用不得分)。」: a clause with its own condition in brackets after the sentence's score
                    // is the sentence's next clause (reading 63), as if written after a comma
                    b.setCharAt(i, ',');
                    drop[close] = true;
                    dropped++;
                } else if (endsSentence && scoredClauses(b, i + 1, close)) {
                    // 「项目预定目标是否明确(明确:3分,基本明确:2分,不明确:0分)。」: scored clauses in brackets closing
                    // the sentence are its scoring, and the words before them say what is scored — read as the
                    // question's sentence, then the clauses' (reading 63); the bracket opens a sentence
                    b.setCharAt(i, '。');
                    drop[close] = true;
                    dropped++;
                }
            }
        }
        return dropped;
    }

    /**
     * Whether {@code b[from, to)} is a list of scored clauses: at least two scores (a number then 分, 不得分, 满分 …)
     * with a comma or semicolon between them. A single score in brackets (「(2分)」) is the item's points, and a
     * remark without a score (「(实地查看)」) how it is checked: neither is a sentence of its own.
     */
    private static boolean scoredClauses(StringBuilder b, int from, int to) {
        int scores = 0;
        boolean separated = false;
        for (int i = from; i < to; i++) {
            char c = b.charAt(i);
            if (scores > 0 && ",，;；".indexOf(c) >= 0) {
                separated = true;
            } else if (scoreEndsAt(b, from, i)) {
                scores++;
            }
        }
        return scores >= 2 && separated;
    }

    /** The scores written in {@code b[from, to)}. */
    private static int scores(StringBuilder b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += scoreEndsAt(b, from, i) ? 1 : 0;
        }
        return n;
    }

    /** Whether the text before {@code at} ends with a score (3分, 满分, 不得分 …). */
    private static boolean endsWithScore(StringBuilder b, int at) {
        return at > 0 && scoreEndsAt(b, 0, at - 1);
    }

    /** Whether a score ends at {@code i} (its 分), looking no further back than {@code from}: 3分, 0.5分, 满分, 零分, 不得分, 不计分. */
    private static boolean scoreEndsAt(StringBuilder b, int from, int i) {
        return b.charAt(i) == '分' && i > from && (Character.isDigit(b.charAt(i - 1))
                || "满零".indexOf(b.charAt(i - 1)) >= 0
                || (b.charAt(i - 1) == '得' || b.charAt(i - 1) == '计') && i - 1 > from && b.charAt(i - 2) == '不');
    }

    /** Where the bracket opened at {@code open} closes, or -1. */
    private static int closing(StringBuilder b, int open, int n) {
        int depth = 0;
        for (int i = open; i < n; i++) {
            char c = b.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Original offset of normalised position {@code i}. */
    int orig(int i) {
        return origin[Math.max(0, Math.min(i, origin.length - 1))];
    }

    /** Original text of the normalised span [from, to). */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        int end = orig(to - 1) + 1;
        String s = original.substring(orig(from), end);
        // a closing quote mark right after the span closes one opened inside it: keep the pair
        if (end < original.length() && QUOTES_CLOSE.indexOf(original.charAt(end)) >= 0
                && count(s, QUOTES_OPEN.charAt(QUOTES_CLOSE.indexOf(original.charAt(end))))
                > count(s, original.charAt(end))) {
            s += original.charAt(end);
        }
        return s;
    }

    private static final String QUOTES_OPEN = "“‘《";
    private static final String QUOTES_CLOSE = "”’》";

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            k += s.charAt(i) == c ? 1 : 0;
        }
        return k;
    }

    /** Whether the original character at {@code i} is left out of the text: blank, a quote mark, a removed bracket. */
    boolean scoresNothing(int i) {
        char c = original.charAt(i);
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || NameTable.isQuote(c)
                || wrapping.contains(i);
    }
}
