package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.io.IOException;
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

/**
 * The growth corpus: real criteria from other regions' published tables (each file cites its source), compiled as
 * written inside a small pack, with expected scores. Covers the shapes beyond the seed: 每相差, (含) at either end,
 * bands with fixed scores, day ramps, 按比例得分, 或 and 一票否决, deductions without 扣完为止.
 */
class GrowthCorpusTest {

    static List<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(GrowthCorpusTest.class.getClassLoader().getResource("corpus/growth").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".perfeval")).sorted().toList();
        }
    }

    @Test
    void everyGrowthCriterionCompilesAndScores() throws Exception {
        int compiled = 0;
        int cases = 0;
        List<String> failures = new ArrayList<>();
        List<Path> files = files();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            CompileResult r = PackCompiler.compile(text, f.getFileName().toString());
            if (r.hasErrors()) {
                for (Problem p : r.errors()) {
                    failures.add(Diagnostics.render(p, text));
                }
                continue;
            }
            compiled++;
            RulePack pack = r.pack().orElseThrow();
            Map<String, String> base = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("# base: ")) {
                    base.putAll(assignments(line.substring(8)));
                }
            }
            for (String line : text.split("\n")) {
                if (!line.startsWith("# case: ")) {
                    continue;
                }
                cases++;
                String[] parts = line.substring(8).split("=>");
                Map<String, String> values = new LinkedHashMap<>(base);
                values.putAll(assignments(parts[0]));
                String[] expected = parts[1].strip().split("\\s+");
                ScoreSheet sheet = pack.evaluate(input(pack, values));
                IndicatorResult leaf = sheet.leaves().get(0);
                BigDecimal want = new BigDecimal(expected[0]);
                boolean veto = expected.length > 1 && expected[1].equals("否决");
                if (leaf.score().isEmpty() || leaf.score().get().compareTo(want) != 0 || sheet.vetoed() != veto) {
                    failures.add(f.getFileName() + " [" + line + "] got " + leaf.score() + " vetoed=" + sheet.vetoed()
                            + " " + leaf.problems());
                }
            }
        }
        System.out.println(compiled + " of " + files.size() + " growth criteria compile verbatim; " + cases
                + " growth score cases run");
        assertEquals(List.of(), failures);
        assertTrue(files.size() >= 10);
    }

    static Map<String, String> assignments(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : s.split(",\\s+")) {
            String[] kv = a.strip().split("=", 2);
            if (kv.length == 2) {
                out.put(kv[0].strip(), kv[1].strip());
            }
        }
        return out;
    }

    static EvaluationInput input(RulePack pack, Map<String, String> values) {
        EvaluationInput.Builder b = EvaluationInput.builder();
        for (DataField f : pack.fields()) {
            String v = values.get(f.name());
            if (v == null) {
                throw new AssertionError("case gives no value for " + f.name());
            }
            b.put(f.name(), f.type() == io.perfeval.core.DataType.YES_NO ? Value.yes(v.equals("是")) : Value.number(v));
        }
        return b.build();
    }
}
