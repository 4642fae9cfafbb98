package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Executes the language reference: every perfeval example compiles (or fails with its stated code) and scores. */
class ReadmeExamplesTest {

    static final Path README = Path.of("README.md");

    static List<String> blocks(String lang) throws Exception {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyExampleCompilesAndScoresAsDocumented() throws Exception {
        List<String> examples = blocks("perfeval");
        int cases = 0;
        for (String ex : examples) {
            CompileResult r = PackCompiler.compile(ex, "README.md");
            Matcher expect = Pattern.compile("# expect: (D\\d{3})").matcher(ex);
            if (expect.find()) {
                String code = expect.group(1);
                assertTrue(r.errors().stream().anyMatch(p -> p.code().equals(code)), ex + r.problems());
                continue;
            }
            assertTrue(r.pack().isPresent(), () -> ex + r.problems());
            RulePack pack = r.pack().get();
            for (String line : ex.split("\n")) {
                if (!line.startsWith("# case: ")) {
                    continue;
                }
                cases++;
                String[] parts = line.substring(8).split("=>");
                ScoreSheet sheet = pack.evaluate(input(pack, parts[0]));
                String[] expected = parts[1].strip().split("\\s+");
                List<IndicatorResult> leaves = sheet.leaves();
                int leafIndex = 0;
                for (String token : expected) {
                    if (token.startsWith("合计=")) {
                        BigDecimal total = new BigDecimal(token.substring(3));
                        assertTrue(sheet.total().isPresent() && sheet.total().get().compareTo(total) == 0,
                                line + " → 合计 " + sheet.total() + " " + sheet.problems());
                        continue;
                    }
                    IndicatorResult leaf = leaves.get(leafIndex++);
                    if (token.equals("不适用")) {
                        assertEquals(Status.NOT_APPLICABLE, leaf.status(), line + " → " + leaf.name());
                        continue;
                    }
                    BigDecimal want = new BigDecimal(token);
                    assertTrue(leaf.score().isPresent() && leaf.score().get().compareTo(want) == 0,
                            line + " → " + leaf.name() + " " + leaf.score() + " " + leaf.problems());
                }
            }
        }
        System.out.println(examples.size() + " README examples compiled, " + cases + " README cases scored");
        assertTrue(examples.size() >= 6);
    }

    @Test
    void theGrammarInTheReferenceIsTheGrammar() throws Exception {
        String pack = Files.readString(Path.of("src/main/antlr4/io/perfeval/dsl/Pack.g4"), StandardCharsets.UTF_8);
        String criterion = Files.readString(Path.of("src/main/antlr4/io/perfeval/dsl/CriterionParser.g4"),
                StandardCharsets.UTF_8);
        assertEquals(List.of(pack, criterion), blocks("antlr"));
    }

    /**
     * Issue 18: the README named its example test class MyPackProperties, which Maven's default includes never run.
     * Every test class the README shows must be one Surefire runs by default, and what a failing property prints of
     * its input must be the input's data (jqwik prints the sample's toString).
     */
    @Test
    void theTestClassesTheReadmeShowsAreOnesMavenRuns() throws Exception {
        List<String> classes = new ArrayList<>();
        Matcher m = Pattern.compile("class (\\w+) extends PackContract").matcher(
                Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            classes.add(m.group(1));
        }
        assertTrue(!classes.isEmpty());
        for (String c : classes) {
            assertTrue(c.matches("Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase"), c);
        }
        String shown = EvaluationInput.builder().entity("某单位").number("收入预算数", "1308.05").yes("按时上报", false)
                .judgement("部门整体效益", "8", "理由").selfScore("部门整体效益", "8").build().toString();
        assertEquals("EvaluationInput{单位=某单位, 数据={收入预算数=1308.05, 按时上报=否}, 酌情得分={部门整体效益=8（理由）}, "
                + "自评得分={部门整体效益=8}}", shown);
    }

    static EvaluationInput input(RulePack pack, String assignments) {
        EvaluationInput.Builder b = EvaluationInput.builder();
        Map<String, String> values = GrowthCorpusTest.assignments(assignments);
        for (DataField f : pack.fields()) {
            String v = values.get(f.name());
            switch (f.type()) {
                case YES_NO -> b.put(f.name(), Value.yes("是".equals(v)));
                case CHECKLIST -> {
                    Map<Integer, Boolean> answers = new TreeMap<>();
                    for (int i = 1; i <= f.items().size(); i++) {
                        answers.put(i, true);
                    }
                    if (v != null) {
                        for (String n : v.substring(v.indexOf(':') + 1).split("[,，]")) {
                            answers.put(Integer.parseInt(n.strip()), false);
                        }
                    }
                    b.put(f.name(), new Value.Checklist(answers));
                }
                default -> b.put(f.name(), Value.number(v == null ? "0" : v));
            }
        }
        if (values.containsKey("判断")) {
            b.judgement(pack.leaves().get(0).name(), values.get("判断"), "评价组酌情给分");
        }
        return b.build();
    }
}
