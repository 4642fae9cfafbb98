package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link PackTokens} gives exactly the tokens of the lexer ANTLR generates from {@code Pack.g4}: type,
 * code-point span, line, column and text of every token, EOF included, on every pack in the repository and on text
 * generated from the characters the grammar's rules turn on.
 */
class PackTokensTest {

    /** Every token of {@code source}, rendered with all that the parser and the diagnostics read from it. */
    static List<String> tokens(TokenSource lexer) {
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = lexer.nextToken();
            out.add(t.getType() + " " + t.getStartIndex() + ":" + t.getStopIndex() + " " + t.getLine() + ":"
                    + t.getCharPositionInLine() + " ch" + t.getChannel() + " [" + t.getText() + "]");
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }

    static void sameTokens(String source) {
        PackLexer generated = new PackLexer(CharStreams.fromString(source, "x.perfeval"));
        generated.removeErrorListeners();
        assertEquals(tokens(generated), tokens(new PackTokens(source, "x.perfeval")), source);
    }

    @Test
    void everyPackInTheRepositoryLexesAsTheGrammarSays() throws IOException {
        for (Path p : Packs.allInRepository()) {
            sameTokens(Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    @Test
    void edgeCases() {
        for (String s : List.of("", "「", "「a「b」", "「a」」", "12.", "12.5.3", "1.a", "->", "-", ">=>", "<=<", "!=!",
                "保留2位小数", "保留两位小数，", "保留位小数", "保留2位小数点", "得满分得", "每", "# c\n每", "a-b/c.d_e",
                "𠀀名称", "名称𠀀", "\uFEFF规则包：x", "\r\n\t 　 ", "“三公”经费", "\"引\"", "某财〔2024〕1号", "〔",
                "１２", "\ud800", "名称\u3007")) {
            sameTokens(s);
        }
    }

    @Property(tries = 300)
    void generatedTextLexesAsTheGrammarSays(@ForAll("texts") String source) {
        sameTokens(source);
    }

    @Provide
    Arbitrary<String> texts() {
        // pieces the lexer rules turn on: keywords and their prefixes, 保留…位小数, punctuation of both widths and the
        // two-character operators, numbers, ids, names, strings (balanced or not), comments, whitespace, and characters
        // just inside and outside the Han table (including astral ones)
        Arbitrary<String> piece = Arbitraries.of("规则包", "规则", "名称", "得满分", "得", "满分", "扣分", "扣完为止", "每", "不适用",
                "不适用条件", "不适用处理", "一票否决", "本指标", "保留", "保留2位小数", "保留两位小数", "位小数", "十", "指标内容", "指标",
                "评价标准", "三级", "分", "分值", "不符合项数", "全部符合", "且", "或", "非", "当", "其余", "至", "酌情", "：", ":", "；",
                ";", "，", ",", "、", "（", "(", "）", ")", "｛", "{", "｝", "}", "【", "[", "】", "]", "→", "->", "-", ">",
                ">=", "<", "<=", "!", "!=", "=", "＝", "≥", "≧", "≤", "≦", "≠", "＞", "＜", "+", "＋", "－", "−", "×", "*",
                "＊", "/", "／", "÷", "%", "％", "12", "3.5", ".", "0", "abc", "x_1-2/3.4", "「", "」", "「说明」", "#注释",
                "\n", "\r\n", " ", "\t", "\u3000", "\u00A0", "\uFEFF", "“", "”", "‘", "’", "\"", "〇", "々", "〔", "〕",
                "０", "．", "𠀀", "\ud87e\udc00", "\ud880\udc00", "ꀀ", "é", "?");
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    /** The Han table is the grammar's NAME_START set, as the generated lexer's ATN holds it. */
    @Test
    void nameStartTableIsTheGrammars() {
        ATN atn = PackLexer._ATN;
        int rule = Arrays.asList(PackLexer.ruleNames).indexOf("NAME_START");
        IntervalSet grammar = new IntervalSet();
        Deque<ATNState> todo = new ArrayDeque<>(List.of(atn.ruleToStartState[rule]));
        Set<ATNState> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            ATNState s = todo.poll();
            if (seen.add(s)) {
                for (Transition t : s.getTransitions()) {
                    if (t.isEpsilon()) {
                        todo.add(t.target);
                    } else {
                        grammar.addAll(t.label());
                    }
                }
            }
        }
        IntervalSet table = new IntervalSet();
        for (int k = 0; k < PackTokens.NAME_START.length; k += 2) {
            table.add(PackTokens.NAME_START[k], PackTokens.NAME_START[k + 1]);
        }
        assertEquals(grammar, table);
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (grammar.contains(c) != PackTokens.nameStart(c)) {
                throw new AssertionError("code point " + c);
            }
        }
    }
}
