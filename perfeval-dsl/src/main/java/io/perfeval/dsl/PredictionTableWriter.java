package io.perfeval.dsl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * Makes the {@link PredictionTable}s of the criterion grammar and of the pack file grammar while the module is built
 * (the build runs it after compiling, in a JVM of its own, with the tables off): it compiles every pack file under
 * the given folders, so ANTLR's DFAs hold the paths real packs and criteria take, then explores every decision to the
 * given depth, every token at every state, and writes what the DFAs then hold. The result is in {@code target/classes}
 * only, never in the sources.
 *
 * <p>Usage: {@code PredictionTableWriter <classes folder> <depth> <folder of .perfeval files>...}
 */
final class PredictionTableWriter {

    private PredictionTableWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: PredictionTableWriter <classes folder> <depth> <folder>...");
        }
        if (PredictionTable.Criteria.TABLE != null || PredictionTable.Pack.TABLE != null) {
            // trained through an old table, ANTLR would fill only the edges that table lacked
            throw new IllegalStateException("run with -Dperfeval.dsl.predictionTable=false");
        }
        Path classes = Path.of(args[0], "io", "perfeval", "dsl");
        int depth = Integer.parseInt(args[1]);
        List<Path> packs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                files.filter(f -> f.toString().endsWith(".perfeval")).sorted().forEach(packs::add);
            }
        }
        for (Path pack : packs) {
            PackCompiler.compile(Files.readString(pack, StandardCharsets.UTF_8), pack.toString());
        }
        Files.createDirectories(classes);
        CommonTokenStream none = new CommonTokenStream(new ListTokenSource(List.of()));
        CriterionParser criterion = new CriterionParser(none);
        write(new Explorer(criterion, CriterionParser._ATN, CriterionParser._decisionToDFA,
                CriterionParser._sharedContextCache), CriterionParser._decisionToDFA, CriterionParser._serializedATN,
                CriterionParser.VOCABULARY.getMaxTokenType(), depth, classes.resolve(PredictionTable.CRITERION_RESOURCE),
                packs.size());
        PackParser pack = new PackParser(none);
        write(new Explorer(pack, PackParser._ATN, PackParser._decisionToDFA, PackParser._sharedContextCache),
                PackParser._decisionToDFA, PackParser._serializedATN, PackParser.VOCABULARY.getMaxTokenType(), depth,
                classes.resolve(PredictionTable.PACK_RESOURCE), packs.size());
    }

    private static void write(Explorer explorer, DFA[] dfas, String serializedAtn, int maxToken, int depth, Path out,
                              int packs) throws IOException {
        for (DFA dfa : dfas) {
            explorer.explore(dfa, depth, maxToken);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            PredictionTable.write(dfas, serializedAtn, o);
        }
        int states = 0;
        for (DFA dfa : dfas) {
            states += dfa.states.size();
        }
        System.out.println(out.getFileName() + ": " + packs + " pack files, depth " + depth + ", " + states
                + " DFA states, " + Files.size(out) + " bytes");
    }

    /** Fills a DFA as SLL prediction would, for every token sequence up to a depth. */
    private static final class Explorer extends ParserATNSimulator {

        Explorer(Parser parser, ATN atn, DFA[] dfa, PredictionContextCache cache) {
            super(parser, atn, dfa, cache);
            setPredictionMode(PredictionMode.SLL);
        }

        void explore(DFA dfa, int depth, int maxToken) {
            if (dfa.isPrecedenceDfa()) {
                return;
            }
            if (dfa.s0 == null) {
                // as adaptivePredict makes it when a decision is first met
                ATNConfigSet closure = computeStartState(dfa.atnStartState, ParserRuleContext.EMPTY, false);
                dfa.s0 = addDFAState(dfa, new DFAState(closure));
            }
            Map<DFAState, Integer> level = new IdentityHashMap<>();
            Deque<DFAState> work = new ArrayDeque<>();
            level.put(dfa.s0, 0);
            work.add(dfa.s0);
            while (!work.isEmpty()) {
                DFAState s = work.remove();
                int k = level.get(s);
                if (s.isAcceptState || k >= depth) {
                    continue;
                }
                for (int t = -1; t <= maxToken; t++) {
                    if (t == 0) {
                        continue; // no token has type 0 (-1 is EOF)
                    }
                    DFAState next = getExistingTargetState(s, t);
                    if (next == null) {
                        next = computeTargetState(dfa, s, t);
                    }
                    if (next != ERROR && !level.containsKey(next)) {
                        level.put(next, k + 1);
                        work.add(next);
                    }
                }
            }
        }
    }
}
