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
import java.util.List;
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
        // the table's notes (填表说明) close the text output, after the review
        assertTrue(run.out().endsWith(io.perfeval.rules.national.ProjectTableNotes.render(
                PackRegistry.fromClassPath().get(PACK))), run.out());
        assertTrue(run.out().indexOf("填表说明") > run.out().indexOf("复核发现"), run.out());
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

    static String resource(String path) throws Exception {
        try (InputStream in = ProjectCliTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDepartmentWhoseListCarriesProjectTablesPrintsTheirAuditsAfterItsUnchangedSheet() throws Exception {
        String examples = "/io/perfeval/rules/hebei/examples/";
        Path plain = TestPack.write(dir, "gaoyi.json", resource(examples + "gaoyi-2021.json"));
        Path variant = TestPack.write(dir, "gaoyi.json.projects", resource(examples + "gaoyi-2021-projects.json"));
        TestPack.Run alone = run("score", "--input", plain.toString());
        TestPack.Run both = run("score", "--input", variant.toString());
        assertEquals(PerfevalCli.EXIT_OK, both.code(), both.err());
        assertTrue(both.out().startsWith(alone.out()), both.out());
        String block = both.out().substring(alone.out().length());
        assertTrue(block.startsWith("\n分项绩效项目自评复核（3 个项目附项目支出绩效自评表，按 " + PACK + " 计分）：\n"), block);
        assertTrue(block.contains("✗ 第2项「政府网站技术服务」：清单自评 92 分，按评价标准应得 87 分（相差 +5 分），等级 良"), block);
        assertTrue(block.contains("警告 C034 [/分项绩效项目清单/1/自评得分]"), block);
        // audit: the department's findings as before, then the carried tables that disagree
        TestPack.Run audit = run("audit", "--input", variant.toString());
        TestPack.Run auditAlone = run("audit", "--input", plain.toString());
        assertEquals(PerfevalCli.EXIT_FINDINGS, audit.code(), audit.err());
        assertTrue(audit.out().startsWith(auditAlone.out()), audit.out());
        String projects = audit.out().substring(auditAlone.out().length());
        assertTrue(projects.startsWith("分项绩效项目：3 个项目附自评表，1 个与评价标准不符"), projects);
        assertTrue(projects.contains("\n✗ 第2项「政府网站技术服务」") && projects.contains("    ✗ 产出指标/数量指标/网站信息发布条数：")
                && !projects.contains("第1项"), projects);
        // other formats stay the department's own document
        TestPack.Run json = run("score", "--input", variant.toString(), "--format", "json");
        TestPack.Run jsonAlone = run("score", "--input", plain.toString(), "--format", "json");
        assertEquals(jsonAlone.out(), json.out());
    }

    @Test
    void aBrokenCarriedTableIsRefusedWithItsPointer() throws Exception {
        String text = resource("/io/perfeval/rules/hebei/examples/gaoyi-2021-projects.json")
                .replaceFirst("\"≥1000条\"", "\"1000条\"");
        Path bad = TestPack.write(dir, "bad.json", text);
        TestPack.Run run = run("score", "--input", bad.toString());
        assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.out());
        assertTrue(run.err().contains("J035 [/分项绩效项目清单/1/项目自评/绩效指标/0]") && run.err().contains("I032"),
                run.err());
    }

    @Test
    void theDepartmentInputSchemaDescribesBothGaoyiDocumentsAndRefusesAStrayKeyInACarriedTable() throws Exception {
        TestPack.Run schema = run("schema", "--department-input");
        assertEquals(PerfevalCli.EXIT_OK, schema.code(), schema.err());
        com.networknt.schema.Schema s = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(schema.out());
        ObjectMapper tree = new ObjectMapper();
        for (String name : new String[] {"gaoyi-2021.json", "gaoyi-2021-projects.json"}) {
            String doc = resource("/io/perfeval/rules/hebei/examples/" + name);
            assertEquals(List.of(), s.validate(tree.readTree(doc)).stream().map(Object::toString).toList(), name);
        }
        String stray = resource("/io/perfeval/rules/hebei/examples/gaoyi-2021-projects.json")
                .replaceFirst("\"预算执行率得分\"", "\"预算执行率得分x\"");
        assertTrue(s.validate(tree.readTree(stray)).stream().anyMatch(e -> e.toString().contains("预算执行率得分x")),
                "a key the project table does not have");
    }
}
