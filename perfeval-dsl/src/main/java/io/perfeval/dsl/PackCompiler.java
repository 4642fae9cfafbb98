package io.perfeval.dsl;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidPackException;
import io.perfeval.core.diag.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Compiles rule-pack files ({@code .perfeval}, UTF-8) into checked, immutable {@link RulePack}s. The one entry point
 * of the DSL: parse, check, build. Every problem of a file is collected and returned together; only
 * {@link #compileOrThrow} and the loaders throw, carrying them all.
 *
 * <pre>{@code
 * CompileResult r = PackCompiler.compile(text, "my.perfeval");
 * r.problems().forEach(p -> System.err.println(Diagnostics.render(p, text)));
 * RulePack pack = PackCompiler.fromResource("io/perfeval/rules/hebei/shijiazhuang-2019-department.perfeval");
 * }</pre>
 *
 * <p>Thread-safe: compilation keeps no shared state, and the packs it returns are immutable values. The first compile in
 * a JVM starts one daemon thread that loads the criterion grammar's classes on a second core while the pack file is
 * parsed (it changes no result; {@code -Dperfeval.dsl.preload=false} turns it off; see the module README, §7).
 */
public final class PackCompiler {

    /** Largest source accepted, in characters. */
    public static final int MAX_SOURCE = 1_000_000;
    /** Deepest bracket nesting accepted in a pack file. */
    public static final int MAX_DEPTH = 64;
    /** Syntax errors after which the parser stops recovering: a file that broken needs its author, not more errors. */
    public static final int MAX_SYNTAX_ERRORS = 100;
    /** Most indicators (all levels) in one pack; official tables have a few dozen. */
    public static final int MAX_INDICATORS = PackReader.MAX_INDICATORS;
    /** Longest name (datum, measure, indicator, alias), in characters. */
    public static final int MAX_NAME = PackReader.MAX_NAME;
    /** Most digits in one number. */
    public static final int MAX_NUMBER_DIGITS = PackReader.MAX_NUMBER;
    /** Longest 评价标准 text, in characters. */
    public static final int MAX_CRITERION = PackReader.MAX_CRITERION;
    /**
     * Most operators (且 或 非 + − × / and comparisons) in one expression or condition. Brackets are limited by
     * {@link #MAX_DEPTH}; a chain without brackets nests as deeply in the tree, so it is limited too.
     */
    public static final int MAX_OPERATORS = 256;
    /** Most problems reported for one file; the last says that more were left out. */
    public static final int MAX_PROBLEMS = Diag.MAX_PROBLEMS;

    private PackCompiler() {
    }

    /** Compiles {@code source}; {@code fileName} is used in locations. Never throws for bad input. */
    public static CompileResult compile(String source, String fileName) {
        return compile(source, fileName, null);
    }

    /**
     * As {@link #compile(String, String)}; when {@code unscored} is given, it receives per leaf path the criterion text
     * read as scoring nothing.
     */
    static CompileResult compile(String source, String fileName, java.util.Map<String, List<String>> unscored) {
        return compile(source, fileName, unscored, null);
    }

    /** As above; {@code observer} sees each criterion as it is read (tests). */
    static CompileResult compile(String source, String fileName, java.util.Map<String, List<String>> unscored,
                                 Diag.CriterionObserver observer) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Preload.start();
        Source src = new Source(fileName, source);
        Diag diag = new Diag();
        diag.observer = observer;
        if (source.length() > MAX_SOURCE) {
            diag.error("D016", "", src.at(0, 0), "文件超过 " + MAX_SOURCE + " 个字符");
            return new CompileResult(Optional.empty(), diag.problems);
        }
        if (!depthOk(source, src, diag)) {
            return new CompileResult(Optional.empty(), diag.problems);
        }
        // the grammar's lexer rules, by hand (PackTokens says why); it never reports an error
        CommonTokenStream tokens = new CommonTokenStream(new PackTokens(source, fileName));
        PackParser parser = PredictionTable.packParser(tokens);
        BaseErrorListener listener = new SyntaxErrors(src, diag);
        PackParser.PackContext tree;
        try {
            tokens.fill();
            if (!tokensOk(tokens.getTokens(), src, diag)) {
                return new CompileResult(Optional.empty(), Problem.sorted(diag.problems));
            }
            tree = parse(parser, tokens, listener);
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
            // too many syntax errors: SyntaxErrors has said so (D016); nothing more is to be learnt from this file
            return new CompileResult(Optional.empty(), Problem.sorted(diag.problems));
        } catch (RuntimeException e) {
            diag.error("D001", "", src.at(0, 0), "", String.valueOf(e.getMessage()));
            return new CompileResult(Optional.empty(), Problem.sorted(diag.problems));
        }
        if (diag.hasErrors()) {
            return new CompileResult(Optional.empty(), Problem.sorted(diag.problems));
        }
        Optional<RulePack> pack;
        try {
            PackReader reader = new PackReader(src, diag);
            pack = reader.read(tree);
            if (unscored != null) {
                unscored.putAll(reader.unscored);
            }
        } catch (StackOverflowError e) {
            // a backstop only: the depth and operator limits above keep every tree far shallower than the stack
            diag.error("D016", "", src.at(0, 0), "规则嵌套过深");
            pack = Optional.empty();
        } catch (IllegalArgumentException | ArithmeticException e) {
            // a value the core's constructors reject (a malformed tree part); report it rather than crash
            diag.error("D024", "", src.at(0, 0), "", String.valueOf(e.getMessage()));
            pack = Optional.empty();
        }
        if (pack.isEmpty() && !diag.hasErrors()) {
            // every text gives a pack or a located error; reaching here is a defect of the compiler (D057)
            diag.error("D057", "", src.at(0, 0));
        }
        List<Problem> problems = Problem.sorted(diag.problems);
        return new CompileResult(diag.hasErrors() ? Optional.empty() : pack, problems);
    }

    /** Compiles {@code source} or throws {@link InvalidPackException} with every error. */
    public static RulePack compileOrThrow(String source, String fileName) {
        CompileResult r = compile(source, fileName);
        if (r.pack().isEmpty()) {
            throw new InvalidPackException(r.errors());
        }
        return r.pack().get();
    }

    /** Reads and compiles a UTF-8 pack file. */
    public static RulePack fromFile(Path file) {
        try {
            return compileOrThrow(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and compiles a UTF-8 pack file from the class path (e.g. {@code io/perfeval/rules/…/x.perfeval}). */
    public static RulePack fromResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = PackCompiler.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no such resource: " + name));
            }
            return compileOrThrow(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two-stage parsing, as ANTLR advises: SLL prediction without error recovery first, which gives the same tree as
     * full LL whenever it succeeds and skips the error strategy's work at every loop; only a file it rejects (a syntax
     * error, or a rare input that needs full LL) is parsed again the ordinary way, so diagnostics are unchanged.
     */
    private static PackParser.PackContext parse(PackParser parser, CommonTokenStream tokens, BaseErrorListener listener) {
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.pack();
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.addErrorListener(listener);
            return parser.pack();
        }
    }

    /**
     * Checks made on the tokens before parsing. Operators between two separators (：；，「…」): an expression's length,
     * bounded before anything recurses on it. A 「 that no 」 closes (D056): the tokens take it as a lone character,
     * which a header's unquoted text would accept, so the file would compile to something other than what was meant.
     */
    private static boolean tokensOk(List<? extends Token> tokens, Source src, Diag diag) {
        int run = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case PackParser.COLON, PackParser.SEMI, PackParser.COMMA, PackParser.STRING -> run = 0;
                case PackParser.AND, PackParser.OR, PackParser.NOT, PackParser.PLUS, PackParser.MINUS, PackParser.TIMES,
                        PackParser.DIV, PackParser.GE, PackParser.GT, PackParser.LE, PackParser.LT, PackParser.EQ,
                        PackParser.NE -> {
                    if (++run > MAX_OPERATORS) {
                        diag.error("D016", "", src.at(t.getStartIndex(), 1),
                                "一个表达式中的运算符超过 " + MAX_OPERATORS + " 个");
                        return false;
                    }
                }
                case PackParser.OTHER -> {
                    if (t.getText().equals("「")) {
                        diag.error("D056", "", src.at(t.getStartIndex(), 1));
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static boolean depthOk(String s, Source src, Diag diag) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '「') {
                inString = true;
            } else if (c == '」') {
                inString = false;
            } else if (!inString && (c == '(' || c == '（' || c == '{' || c == '｛' || c == '[' || c == '【')) {
                if (++depth > MAX_DEPTH) {
                    diag.error("D016", "", src.at(i, 1), "括号嵌套超过 " + MAX_DEPTH + " 层");
                    return false;
                }
            } else if (!inString && (c == ')' || c == '）' || c == '}' || c == '｝' || c == ']' || c == '】')) {
                depth = Math.max(0, depth - 1);
            }
        }
        return true;
    }

    /** Replaces ANTLR's console listener: syntax errors become located D001 problems (D002 for full-width digits). */
    private static final class SyntaxErrors extends BaseErrorListener {
        private final Source src;
        private final Diag diag;
        private int errors;

        SyntaxErrors(Source src, Diag diag) {
            this.src = src;
            this.diag = diag;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                RecognitionException e) {
            if (++errors > MAX_SYNTAX_ERRORS) {
                diag.error("D016", "", src.at(0, 0), "语法错误超过 " + MAX_SYNTAX_ERRORS + " 处，已停止分析");
                throw new org.antlr.v4.runtime.misc.ParseCancellationException("too many syntax errors");
            }
            int offset = 0;
            int length = 1;
            String text = "";
            if (offending instanceof Token t && t.getStartIndex() >= 0) {
                offset = t.getStartIndex();
                length = Math.max(1, t.getStopIndex() - t.getStartIndex() + 1);
                text = t.getType() == Token.EOF ? "文件末尾" : t.getText();
            } else {
                offset = lineOffset(line) + col;
            }
            String around = src.text.substring(Math.min(offset, src.text.length()),
                    Math.min(src.text.length(), offset + 8));
            if (around.chars().anyMatch(ch -> ch >= '０' && ch <= '９')) {
                String fw = around.replaceAll("[^０-９．]", "");
                diag.error("D002", "", src.at(offset, length), fw, Numerals.halfWidth(fw));
                return;
            }
            if (offending instanceof Token t && reservedWhereANameBelongs(recognizer, t)) {
                diag.error("D033", "", src.at(offset, length), t.getText());
                return;
            }
            diag.error("D001", "", src.at(offset, length), text, unescape(msg));
        }

        /**
         * A keyword of the language (达标, 数量, 等级 …) written where the parser expects a name: the most likely slip of
         * a pack author naming a grade or a datum, so it gets its own message instead of ANTLR's.
         */
        private static boolean reservedWhereANameBelongs(Recognizer<?, ?> recognizer, Token t) {
            if (!(recognizer instanceof org.antlr.v4.runtime.Parser parser)) {
                return false;
            }
            String symbolic = PackParser.VOCABULARY.getSymbolicName(t.getType());
            boolean keyword = t.getType() > 0 && symbolic != null && t.getText().codePoints()
                    .allMatch(Character::isIdeographic);
            return keyword && t.getType() != PackParser.NAME && parser.getExpectedTokens().contains(PackParser.NAME);
        }

        /** ANTLR writes Chinese token names as \\uXXXX escapes; show the characters. */
        private static String unescape(String msg) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(msg);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
            }
            m.appendTail(out);
            return out.toString();
        }

        private int lineOffset(int line) {
            int l = 1;
            for (int i = 0; i < src.text.length() && l < line; i++) {
                if (src.text.charAt(i) == '\n') {
                    l++;
                    if (l == line) {
                        return i + 1;
                    }
                }
            }
            return 0;
        }
    }
}
