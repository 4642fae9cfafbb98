package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/**
 * The prediction tables decide speed only: every criterion of every corpus and every pack in the repository, token
 * sequences made by cutting and splicing those criteria, and every pack file, parse with the tables exactly as ANTLR
 * parses them without (SLL, as a compile's first stage) — the same tree, or a refusal at the same token.
 */
class PredictionTableTest {

    /** ANTLR without the table, over a DFA of its own (SLL only, so it depends on the grammar alone). */
    private static final DFA[] PLAIN = PredictionTable.dfas(CriterionParser._ATN);
    private static final DFA[] PLAIN_PACK = PredictionTable.dfas(PackParser._ATN);
    private static final PredictionContextCache PLAIN_CACHE = new PredictionContextCache();

    private static List<List<Token>> corpus;

    @Test
    void theBuildWroteATableForThisGrammar() {
        assertNotNull(PredictionTable.Criteria.TABLE,
                "no criterion-predictions.bin for this grammar in target/classes: the build's prediction-table step");
    }

    @Test
    void everyCorpusCriterionParsesAsPlainAntlrParsesIt() throws Exception {
        List<List<Token>> criteria = corpus();
        assertTrue(criteria.size() > 500, "criteria read: " + criteria.size());
        int parsed = 0;
        for (List<Token> tokens : criteria) {
            String plain = sll(tokens, false);
            assertEquals(plain, sll(tokens, true), () -> "criterion " + text(tokens));
            parsed += plain.startsWith("refused") ? 0 : 1;
        }
        assertTrue(parsed > criteria.size() / 2, "parsed " + parsed + " of " + criteria.size());
    }

    @Test
    void everyRepositoryPackFileParsesAsPlainAntlrParsesIt() throws Exception {
        assertNotNull(PredictionTable.Pack.TABLE, "no pack-predictions.bin for this grammar in target/classes");
        int files = 0;
        for (String[] file : CriterionMutationTest.corpora()) {
            assertEquals(packSll(file, PLAIN_PACK, false), packSll(file, PLAIN_PACK, true), file[0]);
            files++;
        }
        assertTrue(files > 500, "pack files: " + files);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void spliceOfPackFilesParsesAsPlainAntlrParsesIt(@ForAll("packSplices") String text) {
        String[] file = {"splice.perfeval", text};
        assertEquals(packSll(file, PLAIN_PACK, false), packSll(file, PLAIN_PACK, true), text);
    }

    /** The first lines of one pack file and the last of another, cut at random lines. */
    @Provide
    Arbitrary<String> packSplices() throws Exception {
        List<String[]> files = CriterionMutationTest.corpora();
        return Combinators.combine(Arbitraries.integers().between(0, files.size() - 1),
                Arbitraries.integers().between(0, files.size() - 1), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60))
                .as((a, b, cutA, cutB) -> {
                    String[] x = files.get(a)[1].split("\n", -1);
                    String[] y = files.get(b)[1].split("\n", -1);
                    List<String> lines = new ArrayList<>(Arrays.asList(x).subList(0, Math.min(cutA, x.length)));
                    lines.addAll(Arrays.asList(y).subList(Math.min(cutB, y.length), y.length));
                    return String.join("\n", lines);
                });
    }

    private static String packSll(String[] file, DFA[] plainDfa, boolean table) {
        CommonTokenStream stream = new CommonTokenStream(new PackTokens(file[1], file[0]));
        PackParser parser;
        if (table) {
            parser = PredictionTable.packParser(stream);
        } else {
            parser = new PackParser(stream);
            parser.setInterpreter(new ParserATNSimulator(parser, PackParser._ATN, plainDfa, PLAIN_CACHE));
        }
        return sll(parser, parser::pack);
    }

    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void spliceOfCorpusCriteriaParsesAsPlainAntlrParsesIt(@ForAll("splices") List<Token> tokens) {
        assertEquals(sll(tokens, false), sll(tokens, true), () -> "tokens " + text(tokens));
    }

    /** Two corpus criteria cut at random places and joined, with a random token put in or dropped at the seam. */
    @Provide
    Arbitrary<List<Token>> splices() throws Exception {
        List<List<Token>> criteria = corpus();
        int maxType = CriterionParser.VOCABULARY.getMaxTokenType();
        return Combinators.combine(Arbitraries.integers().between(0, criteria.size() - 1),
                Arbitraries.integers().between(0, criteria.size() - 1), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(-1, maxType))
                .as((a, b, cutA, cutB, seam) -> {
                    List<Token> x = criteria.get(a);
                    List<Token> y = criteria.get(b);
                    List<Token> out = new ArrayList<>(x.subList(0, cutA % (x.size() + 1)));
                    if (seam > 0) {
                        out.add(token(seam, "接"));
                    } else if (seam < 0 && !out.isEmpty()) {
                        out.remove(out.size() - 1);
                    }
                    out.addAll(y.subList(cutB % (y.size() + 1), y.size()));
                    return out;
                });
    }

    @Test
    void aTableForAnotherGrammarOrBrokenIsNotUsed() throws IOException {
        byte[] bytes = written(CriterionParser._decisionToDFA);
        assertNotNull(PredictionTable.read(bytes, CriterionParser._serializedATN));
        assertNull(PredictionTable.read(bytes, CriterionParser._serializedATN + " "), "another grammar");
        assertNull(PredictionTable.read(Arrays.copyOf(bytes, bytes.length - 1), CriterionParser._serializedATN),
                "cut short");
        assertNull(PredictionTable.read(Arrays.copyOf(bytes, bytes.length + 1), CriterionParser._serializedATN),
                "a byte too many");
        assertNull(PredictionTable.read(new byte[0], CriterionParser._serializedATN), "empty");
    }

    @Test
    void aLoopAtEndOfInputEndsInAMiss() throws IOException {
        // a DFA no grammar makes: the start state goes on EOF to a state that goes on EOF to itself
        DFA dfa = new DFA(CriterionParser._ATN.getDecisionState(0), 0);
        DFAState s0 = new DFAState(new ATNConfigSet());
        DFAState loop = new DFAState(new ATNConfigSet());
        s0.edges = new DFAState[1];
        s0.edges[0] = loop;
        loop.edges = new DFAState[1];
        loop.edges[0] = loop;
        dfa.s0 = s0;
        PredictionTable table = PredictionTable.read(written(new DFA[] {dfa}), CriterionParser._serializedATN);
        assertNotNull(table);
        CommonTokenStream eof = new CommonTokenStream(new ListTokenSource(new ArrayList<>()));
        assertEquals(PredictionTable.MISS, table.predict(0, eof));
        assertEquals(PredictionTable.MISS, table.predict(1, eof), "a decision the table does not have");
    }

    private static byte[] written(DFA[] dfas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PredictionTable.write(dfas, CriterionParser._serializedATN, out);
        return out.toByteArray();
    }

    /** The criterion's parse tree with or without the table. */
    private static String sll(List<Token> tokens, boolean table) {
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(new ArrayList<>(tokens)));
        CriterionParser parser;
        if (table) {
            parser = PredictionTable.criterionParser(stream);
        } else {
            parser = new CriterionParser(stream);
            parser.setInterpreter(new ParserATNSimulator(parser, CriterionParser._ATN, PLAIN, PLAIN_CACHE));
        }
        return sll(parser, parser::criterion);
    }

    /** The parse tree, or the token where SLL prediction without recovery gave up. */
    private static String sll(Parser parser, Supplier<ParserRuleContext> rule) {
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.get().toStringTree(parser);
        } catch (ParseCancellationException e) {
            return "refused at token "
                    + (e.getCause() instanceof RecognitionException r ? r.getOffendingToken().getTokenIndex() : -1);
        }
    }

    /** Every criterion of every pack file the corpora and modules hold, as its grammar's tokens. */
    private static synchronized List<List<Token>> corpus() throws Exception {
        if (corpus == null) {
            List<List<Token>> all = new ArrayList<>();
            Diag.CriterionObserver observer = new Diag.CriterionObserver() {
                @Override
                public void read(String path, String uncovered, org.antlr.v4.runtime.ParserRuleContext tree) {
                }

                @Override
                public void tokens(String path, List<? extends Token> tokens) {
                    List<Token> copy = new ArrayList<>();
                    for (Token t : tokens) {
                        copy.add(token(t.getType(), t.getText()));
                    }
                    all.add(copy);
                }
            };
            for (String[] file : CriterionMutationTest.corpora()) {
                PackCompiler.compile(file[1], file[0], null, observer);
            }
            corpus = List.copyOf(all);
        }
        return corpus;
    }

    private static Token token(int type, String text) {
        return new CommonToken(type, text);
    }

    private static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.getText()).append('/').append(CriterionParser.VOCABULARY.getSymbolicName(t.getType())).append(' ');
        }
        return b.toString();
    }
}
