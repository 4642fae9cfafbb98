package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spellings written as patterns ({@code {甲|乙|}}) in criterion-lexicon.txt: what a pattern stands for, the limits on
 * it, and that a near-miss of a known phrase compiles to the same rule as the phrase itself.
 */
class LexiconPatternTest {

    @Test
    void aPatternStandsForEveryChoiceLeftToRight() {
        assertEquals(List.of("扣完本项分值为止", "扣完本项为止", "扣完该项分值为止", "扣完该项为止"),
                Lexicon.expand("扣完{本|该}项{分值|}为止"));
        assertEquals(List.of("不得分"), Lexicon.expand("不得分"));
        // the 绝对值 bars and a lone } are spellings, not patterns
        assertEquals(List.of("|"), Lexicon.expand("|"));
    }

    @Test
    void malformedOrOversizedPatternsAreRefusedWhenTheLexiconIsRead() {
        assertThrows(IllegalStateException.class, () -> Lexicon.expand("扣完{本|该项"));
        assertThrows(IllegalStateException.class, () -> Lexicon.expand("扣完{本{该}}项"));
        assertThrows(IllegalStateException.class, () -> Lexicon.expand("扣完{本|该}项|分"));
        assertThrows(IllegalStateException.class,
                () -> Lexicon.expand("{1|2|3|4}{1|2|3|4}{1|2|3|4}{1|2}"), "128 spellings is more than 64");
        assertEquals(64, Lexicon.expand("{1|2|3|4}{1|2|3|4}{1|2|3|4}").size());
    }

    /**
     * A pattern must not make a spelling mean two things: the lexicon's few deliberate overlaps (低于 as a comparison
     * and as a direction, read by position) are written out one by one, never produced by a pattern.
     */
    @Test
    void noPatternMakesASpellingOfAnotherTokenKind() throws Exception {
        String text;
        try (var in = Lexicon.class.getClassLoader().getResourceAsStream(Lexicon.RESOURCE)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, Integer> kinds = new HashMap<>();
        List<String[]> patterns = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] cols = line.split("\t");
            if (line.startsWith("#") || cols.length != 4) {
                continue;
            }
            for (String s : cols[3].strip().split("、")) {
                if (s.indexOf('{') >= 0) {
                    patterns.add(new String[] {cols[0], s});
                }
            }
        }
        assertTrue(patterns.size() >= 10, "the lexicon's patterns");
        List<String> clashes = new ArrayList<>();
        for (Lexicon.Family f : Lexicon.STANDARD.families) {
            for (String s : f.spellings()) {
                kinds.merge(s, f.type(), (a, b) -> a.equals(b) ? a : -1);
            }
        }
        for (String[] p : patterns) {
            int type = Lexicon.type(p[0]);
            for (String s : Lexicon.expand(p[1])) {
                if (kinds.get(s) != type) {
                    clashes.add(s + " from " + p[1]);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    /** The two-character index finds every spelling that matches at a position, longest first. */
    @Test
    void theCandidatesAtAPositionAreEverySpellingThatMatchesThere() {
        StringBuilder all = new StringBuilder();
        for (Lexicon.Family f : Lexicon.STANDARD.families) {
            for (String sp : f.spellings()) {
                all.append(sp).append('。');
            }
        }
        String text = all.toString();
        for (int i = 0; i < text.length(); i++) {
            List<String> expected = new ArrayList<>();
            for (Lexicon.Family f : Lexicon.STANDARD.families) {
                for (String sp : f.spellings()) {
                    if (text.startsWith(sp, i) && !expected.contains(sp)) {
                        expected.add(sp);
                    }
                }
            }
            expected.sort(java.util.Comparator.comparingInt(String::length).reversed());
            List<String> found = new ArrayList<>();
            int last = Integer.MAX_VALUE;
            for (Lexicon.Spelling sp : Lexicon.STANDARD.startingAt(text, i)) {
                assertTrue(sp.text().length() <= last, "longest first at " + i);
                last = sp.text().length();
                if (text.startsWith(sp.text(), i) && !found.contains(sp.text())) {
                    found.add(sp.text());
                }
            }
            found.sort(java.util.Comparator.comparingInt(String::length).reversed());
            assertEquals(expected, found, "at " + i + ": " + text.substring(i, Math.min(text.length(), i + 8)));
        }
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "问题数每个扣1分，扣完此项分数为止。|问题数每个扣1分，扣完为止。",
        "问题数每个扣1分，扣完本指标得分为止。|问题数每个扣1分，扣完为止。",
        "问题数每个扣1分，该项分值扣完为止。|问题数每个扣1分，扣完为止。",
        "问题数每个扣1分，扣到0分为止。|问题数每个扣1分，扣完为止。",
        "问题数每个扣1分，最低为零分。|问题数每个扣1分，扣完为止。",
        "问题数每个扣1分，直至扣为零分。|问题数每个扣1分，扣完为止。",
        "问题数超过3个的，扣完此项分数。|问题数超过3个的，不得分。",
        "问题数超过3个的，扣除该项全部分值。|问题数超过3个的，不得分。",
        "问题数超过3个的，本项分值全部扣除。|问题数超过3个的，不得分。",
        "问题数超过3个的，不予给分。|问题数超过3个的，不得分。",
        "问题数不超过3个的，得该项满分；否则不得分。|问题数不超过3个的，得满分；否则不得分。",
        "问题数不超过3个的，按满分计分；否则不得分。|问题数不超过3个的，得满分；否则不得分。",
        "本项得分值＝完成率×分值。|得分=完成率×分值。",
        "考核得分=完成率×分值。|得分=完成率×分值。",
        "问题数每有一起扣1分，扣完为止。|问题数每起扣1分，扣完为止。",
        "问题数每查实一例扣1分，扣完为止。|问题数每例扣1分，扣完为止。",
        "完成率≥100%得满分；完成率<60%不得分；完成率在60%-100%之间的，在零分与满分之间计算确定。"
            + "|完成率≥100%得满分；完成率<60%不得分；完成率在60%-100%之间的，在0分和满分之间确定。",
    })
    void aNearMissCompilesToTheRuleOfItsPhrase(String nearMiss, String canonical) {
        assertEquals(rule(canonical), rule(nearMiss));
    }

    private static String rule(String criterion) {
        RulePack pack = PackCompiler.compileOrThrow(DiagnosticsTest.pack(criterion)
                .replace("  满意度：百分比\n", "  满意度：百分比\n  问题数：数量（个）\n"), "pattern.perfeval");
        String rule = PackPrinter.rule(pack.leaves().get(0).rule());
        assertTrue(!rule.isEmpty());
        // a per-count term is labelled with the words it counts, as written: the rule is compared without them
        return rule.replaceAll("「[^」]*」", "「」");
    }
}
