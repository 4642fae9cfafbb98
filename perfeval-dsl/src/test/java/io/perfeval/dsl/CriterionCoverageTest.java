package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * No silent reading, at the level of characters: every non-blank character of a criterion is in a token of the
 * criterion grammar (quote marks and the brackets around a whole criterion excepted, which score nothing), for every
 * criterion of every corpus and of every pack in the repository, read with its pack's own names and 用语 — and for any
 * text at all. The parse then derives every token or reports an error (the grammar ends in EOF); which parts score is
 * the readings' business, tested by the corpora and CriterionMutationTest.
 */
class CriterionCoverageTest {

    @Test
    void everyCriterionOfEveryCorpusAndPackIsCoveredByItsTokens() throws Exception {
        Path root = Path.of("..").toRealPath();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(x -> x.toString().endsWith(".perfeval") && !x.toString().contains("/target/")).sorted()
                    .toList();
        }
        Map<String, String> lost = new LinkedHashMap<>();
        int[] criteria = new int[1];
        for (Path p : files) {
            String name = root.relativize(p).toString();
            PackCompiler.compile(Files.readString(p, StandardCharsets.UTF_8), name, null, (path, uncovered, tree) -> {
                criteria[0]++;
                if (!uncovered.isEmpty()) {
                    lost.put(name + " " + path, uncovered);
                }
            });
        }
        assertEquals(Map.of(), lost);
        // the dev, world design and holdout corpora alone hold 237 criteria; the repository's packs add more
        assertTrue(criteria[0] >= 237 + 33, criteria[0] + " criteria read");
    }

    @Property(tries = 400)
    void anyTextIsCoveredByItsTokens(@ForAll("texts") String text) {
        CriterionTokens t = new CriterionTokens(text, new CriterionTokens.Names(Map.of()), Lexicon.STANDARD, Map.of());
        assertNull(t.uncovered(), () -> "text: " + text);
    }

    @Test
    void theBracketsAroundAWholeCriterionScoreNothingButOtherBracketsAreRead() {
        CriterionTokens wrapped = new CriterionTokens("(未明确的扣4分;未及时上报的扣2分。)",
                new CriterionTokens.Names(Map.of()), Lexicon.STANDARD, Map.of());
        assertNull(wrapped.uncovered());
        assertTrue(wrapped.text.startsWith("未明确"), wrapped.text);
        CriterionTokens inner = new CriterionTokens("完成率≥90%(含)得满分", new CriterionTokens.Names(Map.of()),
                Lexicon.STANDARD, Map.of());
        assertTrue(inner.text.contains("(含)"), inner.text);
        assertNull(inner.uncovered());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(120),
                Arbitraries.strings().withChars("每扣分得满分不得分以上以下之间为档且或非未达到完成率（）()%％≥≤0123456789.，,；;。、—-～"
                        + "“”‘’「」 \t\u3000①②（1）1、A．一、注：").ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMaxLength(80));
    }
}
