package io.perfeval.dsl;

import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The lexer of {@code Pack.g4}, written by hand: the same tokens as the generated {@code PackLexer} (types, code-point
 * indices, lines, columns, text from the same {@link CharStream}), for the parser generated from the same grammar.
 *
 * <p>Why not the generated lexer: ANTLR's lexer caches DFA edges only for characters below 128, so on Chinese text it
 * simulates its ATN for every character (7 MB allocated per compile of the Shijiazhuang pack, a third of the warm
 * compile), and a fresh JVM pays for deserialising the lexer ATN and about 140 classes before the first token. The
 * grammar's lexer rules are simple (keywords, punctuation, balanced 「」 strings, numbers, ids, Han names): longest
 * match, and at equal length the rule written first, which for a run of name characters means a keyword (or 保留N位小数)
 * when the whole run spells it, else a name. {@code PackTokensTest} compares this class with the generated lexer
 * token by token on every corpus pack and on generated text, and its Han table with the grammar's.
 *
 * <p>Never reports an error: the grammar's last rule ({@code OTHER : .}) takes any character nothing else takes.
 */
final class PackTokens implements TokenSource {

    /**
     * {@code NAME_START} of the grammar as ANTLR 4.13.2 reads {@code \p{Script=Han}} plus the quote marks, 〇 and
     * {@code "}: pairs of inclusive code-point ranges. Java 17's {@code UnicodeScript.HAN} is an older Unicode and
     * lacks some of these, so the table is the grammar's own (checked against the generated lexer's ATN by a test).
     */
    static final int[] NAME_START = {
        34, 34, 8216, 8217, 8220, 8221, 11904, 11929, 11931, 12019, 12032, 12245, 12293, 12293, 12295, 12295,
        12321, 12329, 12344, 12347, 13312, 19903, 19968, 40959, 63744, 64109, 64112, 64217, 94178, 94179,
        94192, 94193, 131072, 173791, 173824, 177977, 177984, 178205, 178208, 183969, 183984, 191456,
        194560, 195101, 196608, 201546, 201552, 205743,
    };

    private static final int SKIP = -2;

    /** Keywords: every token whose grammar rule is one literal spelt in name characters (规则包, 得满分, 每 …). */
    private static final Map<String, Integer> KEYWORDS = new HashMap<>();
    private static final int LONGEST_KEYWORD;

    static {
        int longest = 0;
        for (int type = 1; type <= PackParser.VOCABULARY.getMaxTokenType(); type++) {
            String literal = PackParser.VOCABULARY.getLiteralName(type);
            if (literal == null || literal.length() < 3) {
                continue;
            }
            String word = unescape(literal.substring(1, literal.length() - 1));
            boolean name = true;
            for (int k = 0; k < word.length(); ) {
                int c = word.codePointAt(k);
                name &= k == 0 ? nameStart(c) : namePart(c);
                k += Character.charCount(c);
            }
            if (name) {
                KEYWORDS.put(word, type);
                longest = Math.max(longest, word.codePointCount(0, word.length()));
            }
        }
        LONGEST_KEYWORD = longest;
    }

    /** The generated vocabulary writes non-ASCII characters of literals as {@code \\uXXXX}. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            if (s.startsWith("\\u", k) && k + 6 <= s.length()) {
                b.append((char) Integer.parseInt(s.substring(k + 2, k + 6), 16));
                k += 5;
            } else {
                b.append(s.charAt(k));
            }
        }
        return b.toString();
    }

    private final CharStream input;
    private final Pair<TokenSource, CharStream> source;
    private final int[] cp;
    private final int n;
    private int i;
    private int line = 1;
    private int col;
    private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;

    PackTokens(String text, String fileName) {
        int[] points = new int[text.length()];
        int count = 0;
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            points[count++] = c;
            k += Character.charCount(c);
        }
        this.cp = points;
        this.n = count;
        this.input = new CodePoints(points, count, fileName);
        this.source = new Pair<>(this, input);
    }

    static boolean nameStart(int c) {
        if (c < 34) {
            return false;
        }
        for (int k = 0; k < NAME_START.length; k += 2) {
            if (c < NAME_START[k]) {
                return false;
            }
            if (c <= NAME_START[k + 1]) {
                return true;
            }
        }
        return false;
    }

    static boolean namePart(int c) {
        return (c >= '0' && c <= '9') || c == '〔' || c == '〕' || nameStart(c);
    }

    private static boolean ws(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean letter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public Token nextToken() {
        while (true) {
            if (i >= n) {
                return make(Token.EOF, i, i - 1, line, col);
            }
            int start = i;
            int startLine = line;
            int startCol = col;
            int end = i + 1;
            int type;
            int c = cp[i];
            if (ws(c)) {
                while (end < n && ws(cp[end])) {
                    end++;
                }
                type = SKIP;
            } else if (c == '#') {
                while (end < n && cp[end] != '\r' && cp[end] != '\n') {
                    end++;
                }
                type = SKIP;
            } else if (nameStart(c)) {
                while (end < n && namePart(cp[end])) {
                    end++;
                }
                type = nameRun(start, end);
            } else if (c == '「') {
                type = PackParser.OTHER;
                int depth = 1;
                for (int j = i + 1; j < n; j++) {
                    if (cp[j] == '「') {
                        depth++;
                    } else if (cp[j] == '」' && --depth == 0) {
                        type = PackParser.STRING;
                        end = j + 1;
                        break;
                    }
                }
            } else if (digit(c)) {
                while (end < n && digit(cp[end])) {
                    end++;
                }
                if (end + 1 < n && cp[end] == '.' && digit(cp[end + 1])) {
                    end += 2;
                    while (end < n && digit(cp[end])) {
                        end++;
                    }
                }
                type = PackParser.NUMBER;
            } else if (letter(c)) {
                while (end < n && (letter(cp[end]) || digit(cp[end]) || cp[end] == '_' || cp[end] == '-'
                        || cp[end] == '/' || cp[end] == '.')) {
                    end++;
                }
                type = PackParser.ID;
            } else {
                int next = i + 1 < n ? cp[i + 1] : -1;
                type = punctuation(c);
                if ((c == '-' && next == '>') || (c == '>' && next == '=') || (c == '<' && next == '=')
                        || (c == '!' && next == '=')) {
                    type = c == '-' ? PackParser.ARROW : c == '>' ? PackParser.GE : c == '<' ? PackParser.LE
                            : PackParser.NE;
                    end = i + 2;
                }
            }
            advance(end);
            if (type != SKIP) {
                return make(type, start, end - 1, startLine, startCol);
            }
        }
    }

    /** A run of name characters [from, to): a keyword or 保留N位小数 when the run spells exactly that, else a name. */
    private int nameRun(int from, int to) {
        int len = to - from;
        if (len <= LONGEST_KEYWORD) {
            Integer keyword = KEYWORDS.get(new String(cp, from, len));
            if (keyword != null) {
                return keyword;
            }
        }
        if (len >= 6 && cp[from] == '保' && cp[from + 1] == '留' && cp[to - 3] == '位' && cp[to - 2] == '小'
                && cp[to - 1] == '数') {
            boolean digits = true;
            for (int k = from + 2; k < to - 3; k++) {
                digits &= digit(cp[k]) || "一二两三四五六七八九十零".indexOf(cp[k]) >= 0;
            }
            if (digits) {
                return PackParser.SCALE;
            }
        }
        return PackParser.NAME;
    }

    private static int punctuation(int c) {
        switch (c) {
            case ':': case '：': return PackParser.COLON;
            case ';': case '；': return PackParser.SEMI;
            case ',': case '，': return PackParser.COMMA;
            case '、': return PackParser.DUN;
            case '(': case '（': return PackParser.LPAREN;
            case ')': case '）': return PackParser.RPAREN;
            case '{': case '｛': return PackParser.LBRACE;
            case '}': case '｝': return PackParser.RBRACE;
            case '[': case '【': return PackParser.LBRACK;
            case ']': case '】': return PackParser.RBRACK;
            case '→': return PackParser.ARROW;
            case '≥': case '≧': return PackParser.GE;
            case '≤': case '≦': return PackParser.LE;
            case '≠': return PackParser.NE;
            case '>': case '＞': return PackParser.GT;
            case '<': case '＜': return PackParser.LT;
            case '=': case '＝': return PackParser.EQ;
            case '+': case '＋': return PackParser.PLUS;
            case '-': case '－': case '−': return PackParser.MINUS;
            case '×': case '*': case '＊': return PackParser.TIMES;
            case '/': case '／': case '÷': return PackParser.DIV;
            case '%': case '％': return PackParser.PERCENT;
            default: return PackParser.OTHER;
        }
    }

    /** Moves to {@code end}, counting lines and columns in code points as ANTLR's lexer does. */
    private void advance(int end) {
        for (; i < end; i++) {
            if (cp[i] == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
    }

    private Token make(int type, int start, int stop, int tokenLine, int tokenCol) {
        return factory.create(source, type, null, Token.DEFAULT_CHANNEL, start, stop, tokenLine, tokenCol);
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return col;
    }

    @Override
    public CharStream getInputStream() {
        return input;
    }

    @Override
    public String getSourceName() {
        return input.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        this.factory = factory;
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }

    /**
     * The code points the tokens index, as the {@link CharStream} their text is read from: what
     * {@code CharStreams.fromString} gives (same indices, texts, EOF and source name), over the array this lexer
     * has already made. {@code CharStreams} copies the text through NIO buffers one character at a time, about
     * 12 ms in a fresh JVM's first compile for the Shijiazhuang pack (BENCHMARKS.md, issue 8).
     */
    static final class CodePoints implements CharStream {
        private final int[] cp;
        private final int size;
        private final String name;
        private int position;

        CodePoints(int[] cp, int size, String name) {
            this.cp = cp;
            this.size = size;
            this.name = name;
        }

        @Override
        public String getText(Interval interval) {
            int start = Math.min(interval.a, size);
            int length = Math.min(interval.b - interval.a + 1, size - start);
            return new String(cp, start, length);
        }

        @Override
        public void consume() {
            if (position == size) {
                throw new IllegalStateException("cannot consume EOF");
            }
            position++;
        }

        @Override
        public int LA(int i) {
            if (i < 0) {
                int at = position + i;
                return at < 0 ? IntStream.EOF : cp[at];
            }
            if (i == 0) {
                return 0;
            }
            int at = position + i - 1;
            return at >= size ? IntStream.EOF : cp[at];
        }

        @Override
        public int mark() {
            return -1;
        }

        @Override
        public void release(int marker) {
        }

        @Override
        public int index() {
            return position;
        }

        @Override
        public void seek(int index) {
            position = index;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String getSourceName() {
            return name == null || name.isEmpty() ? IntStream.UNKNOWN_SOURCE_NAME : name;
        }

        @Override
        public String toString() {
            return getText(Interval.of(0, size - 1));
        }
    }
}
