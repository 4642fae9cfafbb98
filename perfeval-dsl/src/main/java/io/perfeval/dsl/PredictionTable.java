package io.perfeval.dsl;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's SLL prediction DFA for a grammar (the criterion grammar's and the pack file's), computed at build time and
 * frozen: per decision, the DFA's states (numbered from its start state), each with its edges by token and, for an
 * accept state, the alternative it predicts. {@code PredictionTableWriter} makes it while the module is built: every
 * decision explored to a depth of three tokens (every token at every state, so it is the grammar's, not a sample's)
 * and, deeper, the paths the corpora's parses took.
 *
 * <p>Why: in a fresh JVM most of a criterion's parse was ANTLR filling its DFA, one closure over the ATN per new edge,
 * run by the bytecode interpreter (BENCHMARKS.md, run AH). A walk of this table gives the same alternative without
 * that work. Where the table has no answer — an edge it lacks, an accept state whose choice needs a predicate — it
 * answers {@link #MISS} and ANTLR predicts as it always does, so the table decides speed only, never a parse: the DFA
 * is a function of the grammar alone (the state reached on a token sequence does not depend on which texts built it),
 * and {@code PredictionTableTest} checks every corpus criterion and generated token sequences against plain ANTLR.
 *
 * <p>Immutable once read, and safe to share between threads. A table made for another grammar (its serialised ATN
 * differs) is not used; {@code -Dperfeval.dsl.predictionTable=false} turns the tables off.
 */
final class PredictionTable {

    /** The table has no answer here; ANTLR predicts. */
    static final int MISS = 0;

    static final String CRITERION_RESOURCE = "criterion-predictions.bin";
    static final String PACK_RESOURCE = "pack-predictions.bin";

    private static final int MAGIC = 0x50465650; // "PFVP"
    private static final int VERSION = 1;
    /** The prediction of an accept state whose alternative needs a predicate: never answered from the table. */
    private static final int PREDICATED = -1;

    private final Decision[] decisions;

    private PredictionTable(Decision[] decisions) {
        this.decisions = decisions;
    }

    /** The criterion grammar's table, read once, on first use (by the preloading thread on a first compile). */
    static final class Criteria {
        static final PredictionTable TABLE = load(CRITERION_RESOURCE, CriterionParser._serializedATN);

        private Criteria() {
        }
    }

    /** The pack file grammar's table, read once, on first use. */
    static final class Pack {
        static final PredictionTable TABLE = load(PACK_RESOURCE, PackParser._serializedATN);

        private Pack() {
        }
    }

    /** A parser over {@code tokens}, predicting from the criterion table when there is one. */
    static CriterionParser criterionParser(TokenStream tokens) {
        return predicting(new CriterionParser(tokens), CriterionParser._ATN, CriterionParser._decisionToDFA,
                CriterionParser._sharedContextCache, Criteria.TABLE);
    }

    /**
     * A parser over {@code tokens}, predicting from the pack table when there is one. The pack grammar has no
     * predicate, so its SLL and LL stages may share ANTLR's DFA as they always have.
     */
    static PackParser packParser(TokenStream tokens) {
        return predicting(new PackParser(tokens), PackParser._ATN, PackParser._decisionToDFA,
                PackParser._sharedContextCache, Pack.TABLE);
    }

    private static <P extends Parser> P predicting(P parser, ATN atn, DFA[] dfa, PredictionContextCache cache,
                                                   PredictionTable table) {
        if (table != null) {
            parser.setInterpreter(new Simulator(parser, atn, dfa, cache, table));
        }
        return parser;
    }

    /**
     * Gives {@code parser} ANTLR's own simulator over a DFA kept for full-LL parses only. ANTLR builds one DFA for both
     * modes, but a state whose configurations carry a predicate is made differently in each (SLL sets predicates
     * aside when it tests for a conflict), so an LL parse of a broken criterion could change what a later SLL parse
     * predicts. Kept apart, the SLL DFA — the one the table freezes — depends on the grammar alone.
     */
    static void fullContext(CriterionParser parser) {
        parser.setInterpreter(new ParserATNSimulator(parser, CriterionParser._ATN, FullContext.DFAS,
                CriterionParser._sharedContextCache));
    }

    private static final class FullContext {
        static final DFA[] DFAS = dfas(CriterionParser._ATN);

        private FullContext() {
        }
    }

    /** A DFA per decision of {@code atn}, empty, as a generated parser makes its own. */
    static DFA[] dfas(ATN atn) {
        DFA[] dfas = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < dfas.length; i++) {
            dfas[i] = new DFA(atn.getDecisionState(i), i);
        }
        return dfas;
    }

    /** One decision's frozen DFA: state 0 is its start state; each state's edges are a row of the edge arrays. */
    private record Decision(byte[] prediction, int[] rowStart, byte[] edgeToken, char[] edgeTarget) {

        int target(int state, int token) {
            for (int e = rowStart[state], end = rowStart[state + 1]; e < end; e++) {
                if (edgeToken[e] == token) {
                    return edgeTarget[e];
                }
            }
            return -1;
        }
    }

    /**
     * The alternative ANTLR's SLL prediction gives for {@code decision} at {@code input}'s position, or {@link #MISS}.
     * Looks ahead with {@code LA}; consumes nothing.
     */
    int predict(int decision, TokenStream input) {
        Decision d = decision >= 0 && decision < decisions.length ? decisions[decision] : null;
        if (d == null) {
            return MISS;
        }
        int state = 0;
        int ahead = 1;
        // every step but those at EOF consumes a token; at EOF the steps are bounded so that no table can loop
        for (int atEof = 0; atEof < d.prediction.length; ) {
            int t = input.LA(ahead);
            int next = d.target(state, t);
            if (next < 0) {
                return MISS;
            }
            int p = d.prediction[next];
            if (p != 0) {
                return p > 0 ? p : MISS;
            }
            state = next;
            if (t == IntStream.EOF) {
                atEof++;
            } else {
                ahead++;
            }
        }
        return MISS;
    }

    /** ANTLR's simulator, answering SLL predictions from the table first; full LL is ANTLR's own throughout. */
    private static final class Simulator extends ParserATNSimulator {
        private final PredictionTable table;

        Simulator(Parser parser, ATN atn, DFA[] dfa, PredictionContextCache cache, PredictionTable table) {
            super(parser, atn, dfa, cache);
            this.table = table;
        }

        @Override
        public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
            if (getPredictionMode() == PredictionMode.SLL) {
                int alt = table.predict(decision, input);
                if (alt != MISS) {
                    return alt;
                }
            }
            return super.adaptivePredict(input, decision, outerContext);
        }
    }

    // ---------------------------------------------------------------- reading and writing

    private static PredictionTable load(String resource, String serializedAtn) {
        try {
            if ("false".equals(System.getProperty("perfeval.dsl.predictionTable"))) {
                return null;
            }
        } catch (SecurityException e) {
            // no say over properties: the table is used
        }
        try (InputStream in = PredictionTable.class.getResourceAsStream(resource)) {
            return in == null ? null : read(in.readAllBytes(), serializedAtn);
        } catch (IOException | RuntimeException e) {
            return null; // a table that cannot be read only costs speed: ANTLR predicts
        }
    }

    /** Reads a table written by {@link #write}; null when it was made for another grammar or is malformed. */
    static PredictionTable read(byte[] bytes, String serializedAtn) {
        Bytes in = new Bytes(bytes);
        if (in.int32() != MAGIC || in.int32() != VERSION || in.int32() != serializedAtn.hashCode()
                || in.int32() != serializedAtn.length()) {
            return null;
        }
        int n = in.int32();
        if (n < 0 || n > 65_536) {
            return null;
        }
        Decision[] decisions = new Decision[n];
        for (int k = 0; k < n; k++) {
            int states = in.int32();
            if (states == 0) {
                continue;
            }
            int edges = in.int32();
            if (states < 0 || states > 65_535 || edges < 0 || edges > bytes.length) {
                return null;
            }
            byte[] prediction = new byte[states];
            int[] rowStart = new int[states + 1];
            byte[] edgeToken = new byte[edges];
            char[] edgeTarget = new char[edges];
            int e = 0;
            for (int s = 0; s < states; s++) {
                prediction[s] = in.int8();
                rowStart[s] = e;
                int row = in.uint8();
                if (e + row > edges) {
                    return null;
                }
                for (int r = 0; r < row; r++, e++) {
                    edgeToken[e] = in.int8();
                    edgeTarget[e] = (char) in.uint16();
                    if (edgeTarget[e] >= states) {
                        return null;
                    }
                }
            }
            rowStart[states] = e;
            if (e != edges) {
                return null;
            }
            decisions[k] = new Decision(prediction, rowStart, edgeToken, edgeTarget);
        }
        return in.atEnd() ? new PredictionTable(decisions) : null;
    }

    /** A cursor over the table's bytes; reading past the end gives a table that is refused, not an exception. */
    private static final class Bytes {
        private final byte[] b;
        private int at;
        private boolean over;

        Bytes(byte[] b) {
            this.b = b;
        }

        byte int8() {
            if (at >= b.length) {
                over = true;
                return 0;
            }
            return b[at++];
        }

        int uint8() {
            return int8() & 0xff;
        }

        int uint16() {
            return uint8() << 8 | uint8();
        }

        int int32() {
            return uint16() << 16 | uint16();
        }

        boolean atEnd() {
            return !over && at == b.length;
        }
    }

    /**
     * Writes the DFA ANTLR has built so far for a parser whose ATN is {@code serializedAtn}: per decision, the states
     * reachable from its start state, breadth first in token order, so the same DFA always gives the same bytes.
     */
    static void write(DFA[] dfas, String serializedAtn, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(buffer);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(serializedAtn.hashCode());
        data.writeInt(serializedAtn.length());
        data.writeInt(dfas.length);
        for (DFA dfa : dfas) {
            if (dfa.isPrecedenceDfa() || dfa.s0 == null) {
                data.writeInt(0);
                continue;
            }
            List<DFAState> order = reachable(dfa.s0);
            Map<DFAState, Integer> index = new IdentityHashMap<>();
            int edges = 0;
            for (DFAState s : order) {
                index.put(s, index.size());
                edges += edges(s).size();
            }
            if (order.size() > 65_535) {
                throw new IOException("decision " + dfa.decision + " has " + order.size() + " states; at most 65535");
            }
            data.writeInt(order.size());
            data.writeInt(edges);
            for (DFAState s : order) {
                int p = predicated(s) ? PREDICATED : s.isAcceptState ? s.prediction : 0;
                if (p > Byte.MAX_VALUE) {
                    throw new IOException("decision " + dfa.decision + " predicts alternative " + p);
                }
                data.writeByte(p);
                List<int[]> row = edges(s);
                data.writeByte(row.size());
                for (int[] edge : row) {
                    data.writeByte(edge[0]);
                    data.writeShort(index.get(s.edges[edge[0] + 1]));
                }
            }
        }
        data.flush();
        buffer.writeTo(out);
    }

    private static List<DFAState> reachable(DFAState s0) {
        List<DFAState> order = new ArrayList<>();
        Map<DFAState, Boolean> seen = new IdentityHashMap<>();
        Deque<DFAState> work = new ArrayDeque<>();
        seen.put(s0, Boolean.TRUE);
        work.add(s0);
        while (!work.isEmpty()) {
            DFAState s = work.remove();
            order.add(s);
            for (int[] edge : edges(s)) {
                DFAState target = s.edges[edge[0] + 1];
                if (seen.put(target, Boolean.TRUE) == null) {
                    work.add(target);
                }
            }
        }
        return order;
    }

    /** An accept state whose alternative needs a predicate (the grammar has one, in proseAtom): left to ANTLR. */
    private static boolean predicated(DFAState s) {
        return s.isAcceptState && (s.predicates != null || s.prediction <= 0);
    }

    /** A state's edges as {token}, in token order (EOF is -1; ANTLR indexes them by token + 1); none leave an accept state. */
    private static List<int[]> edges(DFAState s) {
        List<int[]> row = new ArrayList<>();
        if (s.isAcceptState || s.edges == null || predicated(s)) {
            return row;
        }
        for (int i = 0; i < s.edges.length; i++) {
            DFAState target = s.edges[i];
            if (target != null && target != ATNSimulator.ERROR) {
                if (i - 1 > Byte.MAX_VALUE) {
                    throw new IllegalStateException("token type " + (i - 1) + " does not fit the table");
                }
                row.add(new int[] {i - 1});
            }
        }
        return row;
    }
}
