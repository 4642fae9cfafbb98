package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing is read silently: for every criterion of every corpus (the seed, growth, development and world corpora),
 * deleting one clause or writing one twice either makes the criterion rejected or changes how it is read — its
 * restatement, clause by clause with the text read as scoring nothing, differs from the original's. A clause is what
 * lies between two of ，；。 (the punctuation kept with it).
 */
class CriterionMutationTest {

    /** Every corpus pack file with one criterion, and the criterion's text. */
    static List<String[]> corpora() throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String dir : List.of("src/test/resources/corpus/growth", "src/test/resources/corpus/dev",
                "src/test/resources/corpus/world/design", "src/test/resources/corpus/world/holdout",
                "src/test/resources/corpus/world/holdout2", "src/test/resources/corpus/world/holdout3",
                "src/test/resources/corpus/world/holdout4", "src/test/resources/corpus/world/holdout5",
                "src/test/resources/corpus/world/holdout6", "src/test/resources/corpus/world/holdout7",
                "src/test/resources/corpus/world/holdout8",
                "src/test/resources/corpus/world/holdout9", "src/test/resources/corpus/world/holdout10",
                "src/test/resources/corpus/world/holdout11", "src/test/resources/corpus/world/holdout12",
                "src/test/resources/corpus/world/holdout13",
                "../perfeval-rules-hebei/src/main/resources/io/perfeval/rules/hebei",
                "../perfeval-examples/src/main/resources/io/perfeval/examples/authoring",
                "../perfeval-examples/src/test/resources/io/perfeval/examples")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".perfeval")).sorted().toList()) {
                    out.add(new String[] {p.toString(), Files.readString(p, StandardCharsets.UTF_8)});
                }
            }
        }
        return out;
    }

    /** The clauses of a criterion: runs ending in one of ，,；;。 (or the end). */
    static List<String> clauses(String criterion) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < criterion.length(); i++) {
            if ("，,；;。".indexOf(criterion.charAt(i)) >= 0) {
                out.add(criterion.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < criterion.length()) {
            out.add(criterion.substring(start));
        }
        return out;
    }

    @Test
    void deletingOrRepeatingAClauseIsNeverReadAsTheSameRule() throws Exception {
        List<String> survivors = new ArrayList<>();
        int mutants = 0;
        int criteria = 0;
        for (String[] file : corpora()) {
            String text = file[1];
            Map<String, List<String>> original = Explanation.restatements(text, "m.perfeval");
            if (original.isEmpty()) {
                continue; // rejected as written: the corpus test reports those
            }
            for (int at = text.indexOf("评价标准「"); at >= 0; at = text.indexOf("评价标准「", at + 1)) {
                int end = text.indexOf("」\n", at + 5);
                if (end < 0 || text.lastIndexOf('\n', at) > 0 && text.substring(text.lastIndexOf('\n', at), at)
                        .contains("#") || declaresARule(text, end)) {
                    continue; // a comment, or a criterion kept as text beside a declared 规则 (not read)
                }
                criteria++;
                mutants += mutate(file[0], text, at + 5, end, original, survivors);
            }
        }
        System.out.println("mutation test: " + criteria + " criteria, " + mutants + " mutants, " + survivors.size()
                + " read as the original");
        assertTrue(criteria > 0);
        assertEquals(List.of(), survivors);
    }

    /** Whether the indicator whose criterion ends at {@code end} declares its reading with 规则：. */
    private static boolean declaresARule(String text, int end) {
        int next = end;
        while (true) {
            int line = text.indexOf('\n', next + 1);
            if (line < 0) {
                return false;
            }
            String l = text.substring(next + 1, line).strip();
            if (l.startsWith("一级") || l.startsWith("二级") || l.startsWith("三级")) {
                return false;
            }
            if (l.startsWith("规则：")) {
                return true;
            }
            next = line;
        }
    }

    /** The mutants of the criterion at [at, end) of {@code text}; those read as the original go to survivors. */
    private static int mutate(String file, String text, int at, int end, Map<String, List<String>> original,
                              List<String> survivors) {
        int mutants = 0;
        {
            String criterion = text.substring(at, end);
            List<String> parts = clauses(criterion);
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).isBlank()) {
                    continue;
                }
                for (boolean delete : new boolean[] {true, false}) {
                    StringBuilder m = new StringBuilder();
                    for (int k = 0; k < parts.size(); k++) {
                        if (k != i || !delete) {
                            m.append(parts.get(k));
                        }
                        if (k == i && !delete) {
                            m.append(parts.get(k));
                        }
                    }
                    if (m.toString().isBlank()) {
                        continue;
                    }
                    mutants++;
                    String mutant = text.substring(0, at) + m + text.substring(end);
                    Map<String, List<String>> read = Explanation.restatements(mutant, "m.perfeval");
                    if (!read.isEmpty() && read.equals(original)) {
                        survivors.add(file + (delete ? " without 「" : " with twice 「") + parts.get(i) + "」");
                    }
                }
            }
        }
        return mutants;
    }
}
