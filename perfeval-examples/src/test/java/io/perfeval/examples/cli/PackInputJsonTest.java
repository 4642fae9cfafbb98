package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.examples.authoring.YueyangExample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring any pack from the command line with its own data contract under 数据 (the Yueyang pack here). */
class PackInputJsonTest {

    private static final String EXAMPLE = "/io/perfeval/examples/authoring/yueyang-example.json";
    private static final PackRegistry REGISTRY = PackRegistry.fromClassPath();

    @TempDir
    Path dir;

    private static String example() throws IOException {
        try (InputStream in = PackInputJsonTest.class.getResourceAsStream(EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TestPack.Run run(String json, String... args) throws IOException {
        Path file = Files.writeString(dir.resolve("in.json"), json, StandardCharsets.UTF_8);
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--input";
        all[args.length + 1] = file.toString();
        return cli(all);
    }

    private static TestPack.Run cli(String... args) {
        return TestPack.run(REGISTRY, PerfevalCli.standardPackFiles(), args);
    }

    @Test
    void theJsonDocumentScoresExactlyAsTheJavaBuiltInput() throws IOException {
        TestPack.Run run = run(example(), "score");
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.err());
        // The pack is the one the document names; the sheet is the one YueyangExample builds in Java, line for line.
        assertEquals(SheetText.render(YueyangExample.sheet()), run.out());
        assertTrue(run.out().contains("合计"), run.out());
    }

    @Test
    void auditReadsTheSelfScoresOfTheDocument() throws IOException {
        TestPack.Run run = run(example(), "audit");
        assertEquals(PerfevalCli.EXIT_FINDINGS, run.code(), run.err() + run.out());
        assertTrue(run.out().contains("财政供养人员控制率"), run.out());
    }

    @Test
    void everyStructuralProblemIsReportedAtOnceWithItsPath() throws IOException {
        String json = example()
                .replace("\"在职人员控制率\": 102.5", "\"在职人员控制率\": \"102.5\"")
                .replace("[\"符合\", \"符合\", \"符合\"]", "[\"符合\", \"是\", \"符合\"]")
                .replace("\"自评得分\": {", "\"备注\": 1, \"自评得分\": {");
        TestPack.Run run = run(json, "score");
        assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.out());
        assertEquals("", run.out());
        assertTrue(run.err().contains("X010") && run.err().contains("$.备注"), run.err());
        assertTrue(run.err().contains("X011") && run.err().contains("$.数据.在职人员控制率"), run.err());
        assertTrue(run.err().contains("$.数据.管理制度健全性[1]"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMissingOrMistypedDatumIsThePacksOwnInputError() throws IOException {
        TestPack.Run run = run(example().replace("\"结余\": 8,", "").replace("\"重点支出安排率\": 85", "\"重点支出安排率\": true"),
                "score");
        assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.out());
        assertTrue(run.err().contains("结余"), run.err());
        assertTrue(run.err().contains("重点支出安排率"), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("错误 I")), run.err());
    }

    @Test
    void aDocumentForAnotherPackIsRefused() throws IOException {
        TestPack.Run run = run(example(), "score", "--pack", "hebei/shijiazhuang-2019/department");
        assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.out());
        assertTrue(run.err().startsWith("错误 X012"), run.err());
        assertTrue(run.err().contains("hunan/yueyang/department"), run.err());
    }

    @Test
    void theDocumentSchemaAdmitsTheExampleAndNamesThePacksOwnKeys() throws IOException {
        TestPack.Run run = cli("schema", "--pack", "hunan/yueyang/department", "--document");
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.err());
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertEquals("hunan/yueyang/department", schema.at("/properties/规则包/const").asText());
        assertEquals(List.of("数据"), names(schema.get("required")));
        assertFalse(schema.get("additionalProperties").asBoolean());
        // The 数据 object is exactly what `schema` alone prints.
        JsonNode data = new ObjectMapper().readTree(cli("schema", "--pack", "hunan/yueyang/department").out());
        assertEquals(data.get("properties"), schema.at("/properties/数据/properties"));
        assertEquals(data.get("required"), schema.at("/properties/数据/required"));

        // The bundled example satisfies it, key by key (no schema validator is a dependency of ours).
        JsonNode example = new ObjectMapper().readTree(example());
        example.fieldNames().forEachRemaining(k -> assertTrue(schema.get("properties").has(k), k));
        example.get("数据").fieldNames().forEachRemaining(k ->
                assertTrue(schema.at("/properties/数据/properties").has(k), k));
        assertEquals(names(schema.at("/properties/数据/required")).size(), example.get("数据").size());
        List<String> indicators = names(schema.at("/properties/自评得分/propertyNames/enum"));
        example.get("自评得分").fieldNames().forEachRemaining(k -> assertTrue(indicators.contains(k), k));
        assertTrue(indicators.contains("资金使用合规性") && indicators.contains("预算配置"), indicators.toString());
        assertEquals(List.of("得分", "理由"), names(schema.at("/properties/酌情得分/additionalProperties/required")));
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void aMalformedDocumentStillGetsTheJsonErrorItAlwaysGot() throws IOException {
        TestPack.Run run = run("{\"数据\": {", "score");
        assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.out());
        assertTrue(run.err().startsWith("错误 J001"), run.err());
    }

    /**
     * Issue 17, finding 8: the generic 数据 document skipped the checks the Hebei form makes. They now come from the
     * pack's declarations and the core's validation, so both kinds of input get them: a share over its declared bound
     * (社会公众满意度：百分比（≤100%）), a score finer than the pack's rounding, a negative total, too many digits.
     */
    @Test
    void theGenericDocumentGetsTheHebeiFormsChecksThroughThePacksDeclarations() throws IOException {
        TestPack.Run run = run("""
                {"规则包": "hebei/shijiazhuang-2019/department", "数据": {"社会公众满意度": 150},
                 "酌情得分": {"部门整体效益": {"得分": 8.125, "理由": "x"}},
                 "自评得分": {"收入预算完成率": 1.234}, "自评合计": -5}
                """, "score");
        assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.toString());
        for (String expected : new String[] {"错误 I005 [社会公众满意度] 数值 150 超出允许范围 [0, 100]%",
                "错误 I020 [收入预算完成率] 得分 1.234 的小数位多于规则包的得分精度（保留 2 位小数）",
                "错误 I020 [部门整体效益] 得分 8.125 的小数位多于规则包的得分精度（保留 2 位小数）",
                "错误 I014 [合计] 自评得分不能为负数：-5"}) {
            assertTrue(run.err().lines().anyMatch(l -> l.equals(expected)), expected + " not in\n" + run.err());
        }
        TestPack.Run digits = run("""
                {"规则包": "hebei/shijiazhuang-2019/department", "数据": {"收入预算数": 1%s}}
                """.formatted("0".repeat(40)), "score");
        assertEquals(PerfevalCli.EXIT_ERROR, digits.code(), digits.toString());
        assertTrue(digits.err().startsWith("错误 J011 [/数据/收入预算数] "), digits.err());
    }
}
