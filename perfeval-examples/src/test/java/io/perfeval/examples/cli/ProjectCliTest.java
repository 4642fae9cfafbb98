package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfeval.core.PackRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool on a project self-evaluation: score, packs and schema with the registered national project pack. */
class ProjectCliTest {

    static final String PACK = "national/caiyu-2020-10/project";

    @TempDir
    Path dir;

    static String example() throws Exception {
        try (InputStream in = ProjectCliTest.class.getResourceAsStream(
                "/io/perfeval/rules/national/examples/yongde-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static TestPack.Run run(String... args) {
        return TestPack.run(PackRegistry.fromClassPath(), PerfevalCli.standardPackFiles(), args);
    }

    @Test
    void scorePrintsTheProjectSheetWithItsReview() throws Exception {
        Path in = TestPack.write(dir, "project.json", example());
        TestPack.Run run = run("score", "--pack", PACK, "--input", in.toString());
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.err());
        assertTrue(run.out().startsWith("项目支出绩效自评表 — 义务教育营养改善计划专项资金\n规则包：" + PACK), run.out());
        assertTrue(run.out().contains("✗ 政策知晓率：自评 9 分，按评价标准应得 9.8 分"), run.out());
        assertTrue(run.out().contains("等级：优（90 ≤ 得分）"), run.out());
        // without --pack the input's 规则包 chooses it
        TestPack.Run chosen = run("score", "--input", in.toString(), "--format", "json");
        assertEquals(PerfevalCli.EXIT_OK, chosen.code(), chosen.err());
        assertEquals(PACK, new ObjectMapper().readTree(chosen.out()).at("/pack/id").asText());
        TestPack.Run narrative = run("score", "--input", in.toString(), "--format", "narrative");
        assertTrue(narrative.out().startsWith("义务教育营养改善计划专项资金项目支出绩效指标分析"), narrative.out());
    }

    @Test
    void aProjectInputForADepartmentPackAndTheReverseAreRefused() throws Exception {
        Path in = TestPack.write(dir, "project.json", example());
        TestPack.Run wrong = run("score", "--pack", "hebei/shijiazhuang-2019/department", "--input", in.toString());
        assertEquals(PerfevalCli.EXIT_ERROR, wrong.code());
        assertTrue(wrong.err().startsWith("错误 X020"), wrong.err());
        TestPack.Run reverse = run("score", "--pack", PACK);
        assertEquals(PerfevalCli.EXIT_ERROR, reverse.code());
        assertTrue(reverse.err().startsWith("错误 X021"), reverse.err());
        // a row without a direction is named by its JSON pointer
        Path bad = TestPack.write(dir, "bad.json", example().replace("\"≥735人次\"", "\"735人次\""));
        TestPack.Run located = run("score", "--input", bad.toString());
        assertEquals(PerfevalCli.EXIT_ERROR, located.code());
        assertTrue(located.err().contains("/绩效指标/0") && located.err().contains("I032"), located.err());
    }

    @Test
    void packsListsTheProjectTemplateAndSchemaGivesTheProjectInput() throws Exception {
        TestPack.Run packs = run("packs");
        assertTrue(packs.out().contains(PACK), packs.out());
        TestPack.Run schema = run("schema", "--pack", PACK);
        assertEquals(PerfevalCli.EXIT_OK, schema.code(), schema.err());
        JsonNode s = new ObjectMapper().readTree(schema.out());
        assertEquals("项目支出绩效自评表 / project self-evaluation input", s.get("title").asText());
        // every key the bundled example uses is one the schema declares
        JsonNode example = new ObjectMapper().readTree(example());
        Set<String> top = new HashSet<>();
        s.get("properties").fieldNames().forEachRemaining(top::add);
        example.fieldNames().forEachRemaining(k -> assertTrue(top.contains(k), k));
        JsonNode row = s.at("/$defs/指标/properties");
        for (JsonNode r : example.get("绩效指标")) {
            for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                assertTrue(row.has(k), k);
            }
        }
    }
}
