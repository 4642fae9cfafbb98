package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule language measured on criteria it was not written against (perfeval-dsl/README.md §10): every corpus file
 * compiles its criterion as written or with the edits it lists (at most 3 characters) and scores every case of the
 * corpus right under its declared reading, or is rejected with the diagnostic it names. The figures are written to
 * {@code target/corpus-report.md}.
 */
class CorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What became of one file. */
    record Outcome(String file, String id, String kind, int edits, int cases, int passed, List<String> notes) {
        boolean ok() {
            return kind.equals("compiled") && edits <= 3 && passed == cases || kind.equals("rejected as expected");
        }
    }

    static Map<String, JsonNode> entries(String resource) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (InputStream in = CorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            for (JsonNode n : JSON.readTree(in)) {
                out.put(n.get("id").asText(), n);
            }
        }
        return out;
    }

    static List<Path> files(String dir) throws IOException, URISyntaxException {
        var url = CorpusTest.class.getClassLoader().getResource(dir);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.toString().endsWith(".perfeval")).sorted().toList();
        }
    }

    static List<Outcome> run(String dir, String json) throws Exception {
        Map<String, JsonNode> entries = entries(json);
        List<Outcome> out = new ArrayList<>();
        for (Path f : files(dir)) {
            out.add(one(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), entries));
        }
        return out;
    }

    static Outcome one(String name, String text, Map<String, JsonNode> entries) {
        CorpusCase c = CorpusCase.parse(name, text);
        JsonNode entry = entries.get(c.id());
        List<String> notes = new ArrayList<>();
        if (entry == null) {
            return new Outcome(name, c.id(), "no such entry", 0, 0, 0, List.of("no entry " + c.id()));
        }
        String original = c.original(entry);
        String written = c.written();
        String edited = c.edited(original);
        if (edited == null || !edited.equals(written)) {
            notes.add("the listed edits do not turn the corpus text into the written one:\n    corpus  " + original
                    + "\n    written " + written);
            return new Outcome(name, c.id(), "edits wrong", 0, 0, 0, notes);
        }
        int edits = CorpusCase.distance(original, written);
        CompileResult r = PackCompiler.compile(text, name);
        if (c.reject() != null) {
            List<String> codes = r.errors().stream().map(Problem::code).distinct().toList();
            if (r.pack().isEmpty() && codes.contains(c.reject())) {
                return new Outcome(name, c.id(), "rejected as expected", edits, 0, 0, List.of(message(r, text)));
            }
            notes.add("expected rejection " + c.reject() + ", got " + (r.pack().isPresent() ? "a pack" : codes));
            return new Outcome(name, c.id(), "wrong rejection", edits, 0, 0, notes);
        }
        if (r.pack().isEmpty()) {
            notes.add(message(r, text));
            return new Outcome(name, c.id(), "not compiled", edits, 0, 0, notes);
        }
        RulePack pack = r.pack().get();
        String indicator = pack.leaves().get(0).name();
        int cases = 0;
        int passed = 0;
        for (JsonNode k : entry.get("cases")) {
            if (!c.applies(k)) {
                continue;
            }
            JsonNode expected = k.get("expected");
            List<BigDecimal[]> checks = new ArrayList<>();
            if (expected.isNumber()) {
                checks.add(new BigDecimal[] {null, expected.decimalValue()});
            } else {
                // a range the evaluator chooses within: both ends must be accepted as given
                String[] ends = expected.asText().split("-");
                for (String e : ends) {
                    BigDecimal v = new BigDecimal(e.strip());
                    checks.add(new BigDecimal[] {v, v});
                }
            }
            for (BigDecimal[] check : checks) {
                cases++;
                String got;
                try {
                    got = CorpusCase.score(pack, c.input(pack, k.get("inputs"), indicator, check[0]));
                    if (got.equals("ERROR R003") && check[0] == null) {
                        // the evaluator's choice is what the case expects (band-max / band-min): the rule must
                        // ask for a judgement here and accept that one
                        got = CorpusCase.score(pack, c.input(pack, k.get("inputs"), indicator, check[1]));
                    }
                } catch (RuntimeException e) {
                    got = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                String want = c.silentOn(k) ? "a refusal (ERROR)"
                        : check[1].setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                if (got.equals(want) || c.silentOn(k) && got.startsWith("ERROR")) {
                    passed++;
                } else {
                    notes.add("case " + k.get("inputs") + (check[0] == null ? "" : " 判断=" + check[0]) + ": expected "
                            + want + ", got " + got);
                }
            }
        }
        if (cases == 0) {
            notes.add("no case applies (check # reading: and # row-label:)");
        }
        return new Outcome(name, c.id(), "compiled", edits, cases, passed, notes);
    }

    private static String message(CompileResult r, String text) {
        StringBuilder b = new StringBuilder();
        for (Problem p : r.errors()) {
            b.append(b.length() > 0 ? "\n    " : "").append(p.code()).append(' ').append(p.message());
        }
        return b.toString();
    }

    static String report(String title, List<Outcome> outcomes) {
        long asWritten = outcomes.stream().filter(o -> o.ok() && o.kind().equals("compiled") && o.edits() == 0).count();
        long edited = outcomes.stream().filter(o -> o.ok() && o.kind().equals("compiled") && o.edits() > 0).count();
        long rejected = outcomes.stream().filter(o -> o.kind().equals("rejected as expected")).count();
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        int cases = outcomes.stream().mapToInt(Outcome::cases).sum();
        int passed = outcomes.stream().mapToInt(Outcome::passed).sum();
        StringBuilder b = new StringBuilder("## " + title + "\n\n");
        b.append("| criteria | compiled as written | compiled with ≤ 3 edited characters | rejected with a message | "
                + "failing | cases right |\n|---|---|---|---|---|---|\n");
        b.append("| ").append(outcomes.size()).append(" | ").append(asWritten).append(" | ").append(edited)
                .append(" | ").append(rejected).append(" | ").append(failed).append(" | ").append(passed).append(" / ")
                .append(cases).append(" |\n\n");
        for (Outcome o : outcomes) {
            if (!o.ok() || o.kind().equals("rejected as expected")) {
                b.append("- `").append(o.file()).append("` ").append(o.kind()).append(": ")
                        .append(String.join("\n    ", o.notes())).append('\n');
            }
        }
        return b.toString();
    }

    static void write(String name, String text) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A corpus run, its report written to target/ and printed. */
    record Measured(List<Outcome> outcomes, String report) {
    }

    static Measured measure(String title, String dir, String json, String reportFile) throws Exception {
        List<Outcome> outcomes = run(dir, json);
        String report = report(title, outcomes);
        write(reportFile, report);
        System.out.println(report);
        return new Measured(outcomes, report);
    }

    @Test
    void theDevelopmentCorpusCompilesAndScoresAsItsFilesSay() throws Exception {
        Measured m = measure("Development corpus (criteria-dev)", "corpus/dev", "corpus/dev/criteria-dev.json",
                "corpus-report-dev.md");
        List<Outcome> outcomes = m.outcomes();
        String report = m.report();
        long ok = outcomes.stream().filter(o -> o.ok() && o.kind().equals("compiled")).count();
        assertTrue(outcomes.stream().allMatch(Outcome::ok), report);
        assertTrue(ok * 100 >= 85L * outcomes.size(), "at least 85 % compile with at most 3 edits\n" + report);
    }

    @Test
    void theWorldDesignCorpusCompilesAndScoresAsItsFilesSay() throws Exception {
        Measured m = measure("World corpus, design part (world/design.json)", "corpus/world/design",
                "corpus/world/design.json", "corpus-report-world-design.md");
        assertTrue(!m.outcomes().isEmpty() && m.outcomes().stream().allMatch(Outcome::ok), m.report());
    }

    /**
     * The holdouts gathered after the first (world/holdoutN.json), each measured as it is, report only: their figures,
     * as they came and after the fixes they led to, are in world/README.md. The second (38 criteria, 9 tables) was
     * gathered after that round's language was written; the third to thirteenth with the language frozen (58 from
     * 17 tables, 60 from 15, 62 from 23, 57 from 16, 43 from 12, 43 from 10, 42 from 10, 40 from 9, 28 from 6, 30 from
     * 6, 30 from 6). A criterion compiled with a wrong case is reported there, not hidden by failing here or by an expected
     * rejection.
     */
    @ParameterizedTest(name = "{0} holdout: {2} criteria")
    @CsvSource({"second, holdout2, 38", "third, holdout3, 58", "fourth, holdout4, 60", "fifth, holdout5, 62",
        "sixth, holdout6, 57", "seventh, holdout7, 43", "eighth, holdout8, 43",
        "ninth, holdout9, 42", "tenth, holdout10, 40", "eleventh, holdout11, 28",
        "twelfth, holdout12, 30", "thirteenth, holdout13, 30"})
    void aLaterHoldoutCorpusIsMeasured(String ordinal, String name, int criteria) throws Exception {
        Measured m = measure("World corpus, " + ordinal + " holdout (world/" + name + ".json)", "corpus/world/" + name,
                "corpus/world/" + name + ".json", "corpus-report-world-" + name + ".md");
        assertEquals(criteria, m.outcomes().size(), m.report());
    }

    @Test
    void theWorldHoldoutCorpusIsMeasured() throws Exception {
        Measured m = measure("World corpus, holdout part (world/holdout.json)", "corpus/world/holdout",
                "corpus/world/holdout.json", "corpus-report-world-holdout.md");
        List<Outcome> outcomes = m.outcomes();
        String report = m.report();
        // held back: its files carry no expected rejections, so a refusal is measured, not failed. What must not
        // happen is a wrong score that looks right: the only compiled file with a wrong case is H-043, whose cases
        // expect the score of a whole assessment the one-indicator pack does not hold (a corpus shape, see README).
        // H-078 「…年度报告(信息公开目录未更新的扣1分;没有年度报告的扣2分)」 is read since reading 63 as a question and
        // its deductions, whose failings the file points at no declared datum (no 用语): they are items the evaluator
        // answers, which this harness answers 「符合」 (each failing holds), where its cases meant neither to hold
        List<String> wrong = outcomes.stream().filter(o -> o.kind().equals("compiled") && o.passed() < o.cases())
                .map(Outcome::id).toList();
        assertEquals(List.of("H-043", "H-078"), wrong, report);
        assertTrue(outcomes.size() == 78 && outcomes.stream().filter(Outcome::ok).count() >= 44, report);
    }
}
