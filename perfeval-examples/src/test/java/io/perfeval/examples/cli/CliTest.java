package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.sheets.SheetFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool run in-process: exit codes, what goes to stdout, and the Chinese + English messages on stderr. */
class CliTest {

    @TempDir
    Path dir;

    private Path input() throws Exception {
        return TestPack.write(dir, "in.json", TestPack.json("4"));
    }

    private static void assertCleanError(TestPack.Run run, String code) {
        assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.toString());
        assertEquals("", run.out(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("错误 " + code), run.err());
        assertTrue(lines.get(1).startsWith("  error " + code), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void scoreWritesTheTextSheetOfTheInputWithThePackItNames() throws Exception {
        TestPack.Run run = TestPack.run("score", "--input", input().toString());
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("部门整体支出绩效自评表 — 测试单位\n规则包：test/cli"), run.out());
        assertTrue(run.out().contains("等级：优秀（85 ≤ 得分）"), run.out());
    }

    @Test
    void everyFormatCanBeWrittenToAFile() throws Exception {
        for (SheetFormat f : SheetFormat.values()) {
            Path out = dir.resolve("sheet." + f.name().toLowerCase(java.util.Locale.ROOT));
            TestPack.Run run = TestPack.run("score", "--pack", "test/cli", "--input", input().toString(),
                    "--format", f.name().toLowerCase(java.util.Locale.ROOT), "--out", out.toString());
            assertEquals(PerfevalCli.EXIT_OK, run.code(), f + run.err());
            assertEquals("", run.out(), "nothing on stdout when --out is given");
            byte[] bytes = Files.readAllBytes(out);
            assertTrue(bytes.length > 100, f.name());
            if (f == SheetFormat.XLSX) {
                assertEquals('P', bytes[0]);
                assertEquals('K', bytes[1]);
            }
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sheet.json").toFile());
        assertEquals("test/cli", json.at("/pack/id").asText());
        assertTrue(Files.readString(dir.resolve("sheet.json")).contains("\"total\": 86.50,"));
    }

    @Test
    void xlsxToTheTerminalIsRefused() throws Exception {
        assertCleanError(TestPack.run("score", "--input", input().toString(), "--format", "xlsx"), "X005");
    }

    @Test
    void badArgumentsAreUsageErrorsInBothLanguages() {
        TestPack.Run run = TestPack.run("score", "--format", "pdf");
        assertCleanError(run, "X008");
        assertTrue(run.err().contains("命令行参数错误"), run.err());
        assertTrue(run.err().contains("invalid command line"), run.err());
        assertTrue(run.err().contains("perfeval score --help"), run.err());
        assertCleanError(TestPack.run("score", "--no-such-option"), "X008");
        assertCleanError(TestPack.run("explain"), "X008"); // --indicator is required
        assertCleanError(TestPack.run("frobnicate"), "X008");
    }

    @Test
    void aMissingInputFileIsNamed() {
        Path missing = dir.resolve("nowhere.json");
        TestPack.Run run = TestPack.run("score", "--input", missing.toString());
        assertCleanError(run, "X001");
        assertTrue(run.err().contains("找不到输入文件：" + missing), run.err());
        assertTrue(run.err().contains("input file not found: " + missing), run.err());
    }

    @Test
    void malformedJsonIsReportedWithTheReadersCodeAndPosition() throws Exception {
        Path bad = TestPack.write(dir, "bad.json", "{\n  \"单位名称\": \"x\",\n  \"预算\": {\"收入预算数\": 12,,}\n}\n");
        TestPack.Run run = TestPack.run("score", "--input", bad.toString());
        assertCleanError(run, "J001");
        assertTrue(run.err().contains(bad + ":3:"), "line of the error: " + run.err());
        assertTrue(run.err().contains("JSON 格式错误"), run.err());
        assertTrue(run.err().contains("malformed JSON"), run.err());
    }

    @Test
    void everyUnknownKeyAndWrongTypeIsReportedAtOnce() throws Exception {
        Path bad = TestPack.write(dir, "keys.json", TestPack.json("4").replace("\"预算\"", "\"预箅\""));
        TestPack.Run run = TestPack.run("score", "--input", bad.toString());
        assertCleanError(run, "J002");
        assertTrue(run.err().contains("未知字段「预箅」"), run.err());
        Path wrongType = TestPack.write(dir, "type.json", TestPack.json("\"四分\""));
        assertCleanError(TestPack.run("score", "--input", wrongType.toString()), "J003");
    }

    @Test
    void inputThePackCannotUseIsReportedWithThePacksCodes() throws Exception {
        Path partial = TestPack.write(dir, "partial.json", TestPack.json("4").replace("\"是否事项\": {\"按时上报\": true},", ""));
        TestPack.Run run = TestPack.run("score", "--input", partial.toString());
        assertCleanError(run, "J015");
        assertTrue(run.err().contains("I001") && run.err().contains("按时上报"), run.err());
    }

    @Test
    void anInputWrittenForAnotherPackIsRefusedNotScored() throws Exception {
        Path other = TestPack.write(dir, "other.json", TestPack.json("4").replace("\"规则包\": \"test/cli\"",
                "\"规则包\": \"hebei/other-pack\""));
        TestPack.Run run = TestPack.run("score", "--pack", "test/cli", "--input", other.toString());
        assertCleanError(run, "J014");
        assertTrue(run.err().contains("hebei/other-pack"), run.err());
        assertTrue(run.out().isEmpty(), "nothing is scored: " + run.out());
    }

    @Test
    void aShareOver100IsReportedTogetherWithThePacksProblems() throws Exception {
        // read() refuses a share over 100 % alone (J018, as DepartmentInput.Builder.build() does); the tool takes the
        // pack from the document's tree, so readFor reports it beside the other pack and the missing datum
        Path both = TestPack.write(dir, "both.json", TestPack.json("4")
                .replace("\"规则包\": \"test/cli\"", "\"规则包\": \"hebei/other-pack\", \"社会公众满意度\": 120")
                .replace("\"是否事项\": {\"按时上报\": true},", ""));
        TestPack.Run run = TestPack.run("score", "--pack", "test/cli", "--input", both.toString());
        assertCleanError(run, "J014");
        assertTrue(run.err().contains("J018") && run.err().contains("/社会公众满意度"), run.err());
        assertTrue(run.err().contains("I001") && run.err().contains("按时上报"), run.err());
    }

    @Test
    void anUnknownPackListsTheRegisteredOnes() throws Exception {
        TestPack.Run run = TestPack.run("score", "--pack", "test/cIi", "--input", input().toString());
        assertCleanError(run, "PK02");
        assertTrue(run.err().contains("test/cli"), run.err());
    }

    @Test
    void withoutArgumentsTheBundledCaseIsScoredWithTheDefaultPack() {
        // This registry lacks the Hebei pack, so the bundled Gaoyi case is read and the pack it names (the default
        // pack) is looked up among the registered ones, and is not there.
        TestPack.Run run = TestPack.run();
        assertCleanError(run, "X013");
        assertTrue(run.err().contains("「" + Subject.DEFAULT_PACK + "」"), run.err());
    }

    @Test
    void auditExitsOneWhenSelfScoresDisagreeAndZeroWhenTheyAgree() throws Exception {
        TestPack.Run run = TestPack.run("audit", "--input", input().toString());
        assertEquals(PerfevalCli.EXIT_FINDINGS, run.code(), run.err());
        assertTrue(run.out().contains("✗ 投入/预算编制/绩效指标科学性：自评 4 分，按评价标准应得 3.5 分（相差 +0.5 分）"),
                run.out());
        assertTrue(run.out().contains("    不符合项 1项 × 0.5 分 = 扣 0.5 分"), run.out());

        Path agreeing = TestPack.write(dir, "ok.json", TestPack.json("3.5"));
        TestPack.Run ok = TestPack.run("audit", "--input", agreeing.toString());
        assertEquals(PerfevalCli.EXIT_OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("自评得分与评价标准全部相符"), ok.out());

        Path unscored = TestPack.write(dir, "none.json",
                TestPack.json("4").replace("\"自评得分\": {\"绩效指标科学性\": 4, \"收入预算完成率\": 2}", "\"说明\": []"));
        TestPack.Run nothing = TestPack.run("audit", "--input", unscored.toString());
        assertEquals(PerfevalCli.EXIT_OK, nothing.code(), nothing.err());
        assertTrue(nothing.out().contains("输入中没有自评得分，无可复核"), nothing.out());

        assertCleanError(TestPack.run("audit", "--input", dir.resolve("missing.json").toString()), "X001");
    }

    @Test
    void explainPrintsOneIndicatorsTraceInFull() throws Exception {
        TestPack.Run run = TestPack.run("explain", "--input", input().toString(), "--indicator", "绩效指标科学性");
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.err());
        assertEquals(List.of(
                "投入/预算编制/绩效指标科学性（三级指标）",
                "分值：4 分",
                "得分：3.50 分（已评分）",
                "评价标准：全部符合得满分；一项不符合扣0.5分。",
                "计分过程：",
                "  1. 绩效指标科学性不符合：第2项「是否清晰、细化、可评价、可衡量」",
                "  2. 不符合项 1项 × 0.5 分 = 扣 0.5 分",
                "  3. 分值 4 分减扣分 0.5 分，得 3.5 分",
                "自评得分：4 分，与评价标准不符 ✗（绩效指标科学性：自评 4 分，按评价标准应得 3.5 分（相差 +0.5 分））",
                "说明：经自评，绩效指标科学性不符合：第2项「是否清晰、细化、可评价、可衡量」，不符合项 1项 × 0.5 分 = 扣 0.5 分，故此项得 3.5 分。"),
                run.out().lines().toList());

        TestPack.Run group = TestPack.run("explain", "--input", input().toString(), "--indicator", "过程");
        assertEquals(PerfevalCli.EXIT_OK, group.code(), group.err());
        assertTrue(group.out().contains("  预算执行：32.00 / 40 分"), group.out());

        TestPack.Run unknown = TestPack.run("explain", "--input", input().toString(), "--indicator", "绩效指标科学");
        assertCleanError(unknown, "X004");
        assertTrue(unknown.err().contains("是否指「绩效指标科学性」"), unknown.err());
    }

    @Test
    void packsListsIdNameRegionVersionAndBasis() {
        TestPack.Run run = TestPack.run("packs");
        assertEquals(PerfevalCli.EXIT_OK, run.code());
        assertEquals(List.of("test/cli", "  名称 name:    测试指标体系", "  地区 region:  测试省", "  版本 version: 2024",
                "  依据 basis:   测试〔2024〕1号"), run.out().lines().toList());
    }

    @Test
    void schemaDescribesEveryDeclaredDatum() throws Exception {
        TestPack.Run run = TestPack.run("schema", "--pack", "test/cli");
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.err());
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals("object", schema.get("type").asText());
        assertFalse(schema.get("additionalProperties").asBoolean());
        assertEquals(4, schema.get("required").size());
        JsonNode amount = schema.at("/properties/收入预算数");
        assertEquals("number", amount.get("type").asText());
        assertEquals(0, amount.get("minimum").asInt());
        assertEquals("万元", amount.get("x-perfeval-unit").asText());
        JsonNode checklist = schema.at("/properties/绩效指标科学性");
        assertEquals("array", checklist.get("type").asText());
        assertEquals(2, checklist.get("minItems").asInt());
        assertEquals(2, checklist.get("maxItems").asInt());
        assertEquals("符合", checklist.at("/items/enum/0").asText());
        assertEquals("boolean", schema.at("/properties/按时上报/type").asText());
        assertCleanError(TestPack.run("schema", "--pack", "nope"), "PK02");
    }

    @Test
    void checkReportsEveryPackErrorWithItsPlaceAndACaret() throws Exception {
        Path file = TestPack.write(dir, "p.perfeval", "规则包：t/broken\n名称：「坏包」\n总分：100\n数据：\n  完成数：金额（万元）\n"
                + "指标：\n一级：投入（100）\n  三级：完成率（100）\n    评价标准「完成率大于或等于95%得满分」\n");
        TestPack.Run run = TestPack.run("check", file.toString());
        assertEquals(PerfevalCli.EXIT_FINDINGS, run.code(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":9:"), run.out());
        assertTrue(run.out().contains("＾") || run.out().contains("^"), run.out());
        assertTrue(run.out().contains("个错误"), run.out());
        assertCleanError(TestPack.run("check", dir.resolve("missing.perfeval").toString()), "X007");
    }

    @Test
    void aPackFileCanBeCheckedAndUsedForScoring() throws Exception {
        Path file = TestPack.write(dir, "ok.perfeval", "规则包：t/ok\n名称：「好包」\n总分：100\n数据：\n  按时上报：是否\n"
                + "指标：\n一级：投入（100）\n  三级：预算上报及时性（100）\n    评价标准「按时间要求得满分，否则得零分。」\n"
                + "    达标：按时上报\n");
        TestPack.Run check = TestPack.run("check", file.toString());
        assertEquals(PerfevalCli.EXIT_OK, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("0 个错误"), check.out());
    }

    @Test
    void checkShowsTheInputsThatProveEachFindingAndMarksRangesItCannotProveExact() throws Exception {
        Path file = TestPack.write(dir, "cover.perfeval", "规则包：t/cover\n名称：「覆盖率」\n总分：4\n数据：\n"
                + "  应自评项目数：数量（个）\n  已自评项目数：数量（个）\n计算：\n"
                + "  覆盖率 = 已自评项目数 / 应自评项目数 × 100%，保留两位小数\n指标：\n一级：绩效评价（4）\n"
                + "  三级：绩效自评覆盖率（4）\n    评价标准「得分=覆盖率×分值。」\n"
                + "    不适用条件：应自评项目数 = 0个「无应自评项目」\n");
        TestPack.Run run = TestPack.run("check", "--witnesses", "--ranges", file.toString());
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("警告 W119"), run.out());
        assertTrue(run.out().contains("    见证 / witness: 应自评项目数 = 10000个，覆盖率 = 100.01% → 无法评分（R004）"),
                run.out());
        assertTrue(run.out().contains("绩效评价/绩效自评覆盖率  [0, 4] / 4"), run.out());
    }

    @Test
    void checkOfAChainOfSixtyFourMeasuresEachUsingThePreviousTwiceEndsWellUnderASecond() throws Exception {
        StringBuilder text = new StringBuilder("规则包：t/chain\n名称：「链」\n总分：10\n数据：\n  甲：金额（万元）\n"
                + "  乙：金额（万元）\n计算：\n  层0 = 甲 / 乙 × 100%，保留两位小数\n");
        for (int k = 1; k <= 64; k++) {
            text.append("  层").append(k).append(" = (层").append(k - 1).append(" + 层").append(k - 1)
                    .append(") / 2，保留两位小数\n");
        }
        text.append("指标：\n一级：链（10）\n  三级：链指标（10）\n    评价标准「层64大于或等于95%得满分；否则得0分。」\n");
        Path file = TestPack.write(dir, "chain.perfeval", text.toString());
        TestPack.run("check", file.toString()); // the tool's classes loaded once
        long start = System.nanoTime();
        TestPack.Run run = TestPack.run("check", file.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.out() + run.err());
        assertTrue(ms < 1000, "check took " + ms + " ms");
        assertTrue(run.out().contains("W117"), run.out());
        assertFalse(run.out().contains("W122"), run.out());
    }

    @Test
    void checkExitsOneOnPackErrorsAndZeroOnWarningsOnly() throws Exception {
        Path file = TestPack.write(dir, "p.perfeval", "规则包 …");
        Problem warning = CliProblems.problem("X007", "w").withSeverity(Severity.WARNING);
        Problem error = CliProblems.problem("X007", "e");
        PackFiles warnings = f -> new RulePack.CheckResult(Optional.of(TestPack.pack()), List.of(warning));
        PackFiles errors = f -> new RulePack.CheckResult(Optional.empty(), List.of(warning, error));

        TestPack.Run ok = TestPack.run(warnings, "check", file.toString());
        assertEquals(PerfevalCli.EXIT_OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("警告 X007"), ok.out());
        // The given warning and the test pack's own W102, which the analysis shows with its other findings.
        assertTrue(ok.out().contains("0 个错误，2 个警告"), ok.out());
        assertTrue(ok.out().contains("警告 W102"), ok.out());

        TestPack.Run bad = TestPack.run(errors, "check", file.toString());
        assertEquals(PerfevalCli.EXIT_FINDINGS, bad.code(), bad.err());
        assertTrue(bad.out().contains("1 个错误，1 个警告"), bad.out());

        TestPack.Run scored = TestPack.run(warnings, "score", "--pack", file.toString(), "--input", input().toString());
        assertEquals(PerfevalCli.EXIT_OK, scored.code(), scored.err());
        assertTrue(scored.out().contains("规则包：test/cli"), scored.out());
        assertCleanError(TestPack.run(errors, "score", "--pack", file.toString(), "--input", input().toString()),
                "X007");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("score", "audit", "explain", "packs", "schema", "check")) {
            TestPack.Run run = TestPack.run(command, "--help");
            assertEquals(PerfevalCli.EXIT_OK, run.code(), command);
            assertTrue(run.out().contains("Usage: perfeval " + command), run.out());
            assertTrue(run.out().contains("--help"), run.out());
        }
        TestPack.Run top = TestPack.run("--help");
        assertEquals(PerfevalCli.EXIT_OK, top.code());
        for (String command : List.of("score", "audit", "explain", "packs", "schema", "check")) {
            assertTrue(top.out().contains("  " + command), top.out());
        }
    }

    @Test
    void outputIsUtf8() throws Exception {
        Path out = dir.resolve("s.md");
        TestPack.run("score", "--input", input().toString(), "--format", "markdown", "--out", out.toString());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("| 一级指标 |"));
    }
}
