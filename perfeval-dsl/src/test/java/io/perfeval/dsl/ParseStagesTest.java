package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Test;

/**
 * The compiler parses in two stages (SLL without recovery, full LL only when that fails). On every pack in the
 * repository without a syntax error the first stage succeeds — the fast path is the one taken — and gives the tree that
 * the generated lexer and plain LL parsing give; on one with a syntax error it bails out.
 */
class ParseStagesTest {

    @Test
    void sllStageSucceedsOnEveryPackWithTheLlTree() throws IOException {
        for (Path p : Packs.allInRepository()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            PackParser ll = new PackParser(new CommonTokenStream(new PackLexer(CharStreams.fromString(text))));
            ll.removeErrorListeners();
            String expected = ll.pack().toStringTree(ll);
            if (ll.getNumberOfSyntaxErrors() > 0) {
                // a pack with a syntax error (a corpus file refused as written, such as a reserved word used as a
                // name): the first stage must bail out, leaving the errors to the second
                expected = "SLL stage failed: org.antlr.v4.runtime.InputMismatchException";
            }
            PackParser sll = new PackParser(new CommonTokenStream(new PackTokens(text, p.toString())));
            sll.removeErrorListeners();
            sll.setErrorHandler(new BailErrorStrategy());
            sll.getInterpreter().setPredictionMode(PredictionMode.SLL);
            String got;
            try {
                got = sll.pack().toStringTree(sll);
            } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
                got = "SLL stage failed: " + e.getCause();
            }
            assertEquals(expected, got, p.toString());
        }
    }
}
