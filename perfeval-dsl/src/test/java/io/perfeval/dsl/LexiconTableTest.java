package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reference's phrase table is the lexicon: README §2 holds, between its markers, exactly the table made from
 * criterion-lexicon.txt (one row per family, in the file's order), and every family names a token of the grammar.
 */
class LexiconTableTest {

    static final String BEGIN = "<!-- criterion-lexicon: generated from src/main/resources/io/perfeval/dsl/"
            + "criterion-lexicon.txt; LexiconTableTest checks it -->\n";
    static final String END = "<!-- end of criterion-lexicon -->\n";

    /** The table as the README must show it. */
    static String table() throws IOException {
        StringBuilder out = new StringBuilder("| 记号 | 族 | 值 | 写法 |\n| --- | --- | --- | --- |\n");
        try (InputStream in = LexiconTableTest.class.getResourceAsStream("/io/perfeval/dsl/criterion-lexicon.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                StringBuilder spellings = new StringBuilder();
                for (String s : f[3].strip().split("、")) {
                    spellings.append(spellings.length() > 0 ? " · " : "").append(cell(s.replace("〔顿号〕", "、")));
                }
                out.append("| ").append(f[0]).append(" | ").append(f[1]).append(" | ").append(f[2]).append(" | ")
                        .append(spellings).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("*", "\\*");
    }

    @Test
    void theReadmeTableIsTheLexicon() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf(BEGIN);
        int to = readme.indexOf(END);
        assertTrue(from >= 0 && to > from, "README.md lacks the lexicon markers");
        String shown = readme.substring(from + BEGIN.length(), to);
        Files.writeString(Path.of("target/criterion-lexicon-table.md"), table(), StandardCharsets.UTF_8);
        assertEquals(table(), shown, "regenerate the table: target/criterion-lexicon-table.md");
    }

    @Test
    void everyFamilyIsATokenOfTheGrammar() throws Exception {
        for (String row : table().split("\n")) {
            String token = row.substring(2, row.indexOf(" |", 2));
            if (token.equals("记号") || token.equals("---")) {
                continue;
            }
            assertTrue(tokenType(token) > 0, token + " is no token of CriterionParser");
        }
    }

    private static int tokenType(String name) {
        for (int t = 1; t <= CriterionParser.VOCABULARY.getMaxTokenType(); t++) {
            if (name.equals(CriterionParser.VOCABULARY.getSymbolicName(t))) {
                return t;
            }
        }
        return -1;
    }
}
