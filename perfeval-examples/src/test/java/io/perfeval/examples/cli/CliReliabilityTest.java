package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.sheets.Narrative;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 in the command-line tool: data never chooses a file, an incomplete sheet is not "done", xlsx is stable. */
class CliReliabilityTest {

    @TempDir
    Path dir;

    @Test
    void anInputsPackIsLookedUpAmongTheRegisteredPacksNeverReadAsAFile() throws Exception {
        // a pack file that compiles, named by the input: it used to be read, compiled and quoted in messages
        Path packFile = TestPack.write(dir, "p.perfeval", "规则包：test/cli\n名称：「x」\n总分：10\n");
        AtomicInteger reads = new AtomicInteger();
        PackFiles counting = file -> {
            reads.incrementAndGet();
            return PerfevalCli.standardPackFiles().check(file);
        };
        for (String named : new String[] {packFile.toString(), "/etc/passwd", "a\u0000b\n错误 伪造的一行"}) {
            String json = TestPack.json("4").replace("\"规则包\": \"test/cli\"",
                    "\"规则包\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(named));
            TestPack.Run run = TestPack.run(counting, "score", "--input", TestPack.write(dir, "in.json", json).toString());
            assertEquals(PerfevalCli.EXIT_ERROR, run.code(), run.toString());
            assertTrue(run.err().startsWith("错误 X013 "), run.err());
            assertEquals(2, run.err().lines().count(), "one problem, in two languages, no forged line: " + run.err());
        }
        assertEquals(0, reads.get(), "the tool read a file the input named");
        // the same file given by the caller is read
        TestPack.Run byCaller = TestPack.run(counting, "score", "--pack", packFile.toString(), "--input",
                TestPack.write(dir, "in.json", TestPack.json("4")).toString());
        assertEquals(1, reads.get(), byCaller.toString());
    }

    /** Issue 17, findings 7 and 8: input and pack files are read bounded, as UTF-8, a byte-order mark accepted. */
    @Test
    void inputAndPackFilesAreReadBoundedAsUtf8() throws Exception {
        byte[] json = TestPack.json("4").getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[json.length + 3];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, marked, 0, 3);
        System.arraycopy(json, 0, marked, 3, json.length);
        Path bom = dir.resolve("bom.json");
        Files.write(bom, marked);
        TestPack.Run withMark = TestPack.run("score", "--input", bom.toString());
        assertEquals(PerfevalCli.EXIT_OK, withMark.code(), withMark.toString());

        Path gbk = dir.resolve("gbk.json");
        Files.write(gbk, TestPack.json("4").getBytes(java.nio.charset.Charset.forName("GBK")));
        TestPack.Run notUtf8 = TestPack.run("score", "--input", gbk.toString());
        assertEquals(PerfevalCli.EXIT_ERROR, notUtf8.code(), notUtf8.toString());
        assertTrue(notUtf8.err().startsWith("错误 J021 " + gbk + ":2:4：第 5 字节起"), notUtf8.err());

        Path big = TestPack.write(dir, "big.json", TestPack.json("4").replace("{", "{\"说明\": [\""
                + "a".repeat(2_000_001) + "\"],"));
        TestPack.Run tooLong = TestPack.run("score", "--input", big.toString());
        assertEquals(PerfevalCli.EXIT_ERROR, tooLong.code(), tooLong.toString());
        assertTrue(tooLong.err().startsWith("错误 J022 "), tooLong.err());

        Path pack = dir.resolve("p.perfeval");
        Files.write(pack, "规则包：test/cli\n名称：「x」\n总分：10\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        TestPack.Run badPack = TestPack.run("check", pack.toString());
        assertEquals(PerfevalCli.EXIT_ERROR, badPack.code(), badPack.toString());
        assertTrue(badPack.err().startsWith("错误 X015 " + pack + ":1:1："), badPack.err());
        Path hugePack = TestPack.write(dir, "huge.perfeval", "#".repeat(1_000_001));
        TestPack.Run tooBig = TestPack.run("check", hugePack.toString());
        assertEquals(PerfevalCli.EXIT_ERROR, tooBig.code(), tooBig.toString());
        assertTrue(tooBig.err().startsWith("错误 X016 "), tooBig.err());
    }

    @Test
    void aSheetWithoutATotalIsWrittenAndExitsWithFindings() throws Exception {
        // 收入预算数 0: 收入预算完成率 cannot be computed (R001), so there is no total; `score` used to exit 0
        String json = TestPack.json("4").replace("\"收入预算数\": 1308.05", "\"收入预算数\": 0");
        TestPack.Run run = TestPack.run("score", "--input", TestPack.write(dir, "in.json", json).toString());
        assertEquals(PerfevalCli.EXIT_FINDINGS, run.code(), run.toString());
        assertTrue(run.out().startsWith("部门整体支出绩效自评表"), run.out());
        assertTrue(run.out().contains("R001"), run.out());
        assertTrue(run.err().startsWith("错误 X014 自评表没有合计"), run.err());
        assertTrue(run.err().contains("error X014 the sheet has no total"), run.err());
        TestPack.Run complete = TestPack.run("score", "--input",
                TestPack.write(dir, "ok.json", TestPack.json("4")).toString());
        assertEquals(PerfevalCli.EXIT_OK, complete.code(), complete.toString());
    }

    @Test
    void theSameSheetGivesTheSameXlsxBytes() throws Exception {
        Path input = TestPack.write(dir, "in.json", TestPack.json("4"));
        byte[][] files = new byte[3][];
        for (int k = 0; k < files.length; k++) {
            Path out = dir.resolve("s" + k + ".xlsx");
            TestPack.Run run = TestPack.run("score", "--input", input.toString(), "--format", "xlsx", "--out",
                    out.toString());
            assertEquals(PerfevalCli.EXIT_OK, run.code(), run.toString());
            files[k] = Files.readAllBytes(out);
            Thread.sleep(5); // fastexcel's creation time has milliseconds
        }
        assertArrayEquals(files[0], files[1]);
        assertArrayEquals(files[0], files[2]);
        String core = entry(files[0], "docProps/core.xml");
        assertFalse(core.contains("dcterms:created"), core);
        assertTrue(core.contains("<dc:creator>perfeval</dc:creator>"), core);
    }

    @Test
    void messagesQuoteOutsideTextBoundedAndOnOneLine() {
        assertEquals("a\\u000Ab\\u0000c", CliProblems.shown("a\nb\u0000c"));
        String shown = CliProblems.shown("长".repeat(100_000));
        assertEquals(CliProblems.SHOWN + 1, shown.codePointCount(0, shown.length()));
        assertTrue(shown.endsWith("…"));
    }

    @Test
    void theNarrativeKeepsEveryValueOnItsLine() {
        io.perfeval.core.sheet.ScoreSheet sheet = TestPack.pack().evaluate(
                io.perfeval.core.input.EvaluationInput.builder().entity("单位\n1、伪造的一节")
                        .number("收入预算数", "1").number("收入预算完成数", "1")
                        .put("绩效指标科学性", io.perfeval.core.input.Value.Checklist.allMetExcept(2, 2))
                        .yes("按时上报", true).judgement(TestPack.ODD, "30", "理由")
                        .judgement("部门整体效益", "45", "理由").build());
        String text = Narrative.render(sheet);
        assertTrue(text.startsWith("单位\\u000A1、伪造的一节部门整体支出绩效指标分析"), text);
        assertEquals(0, text.lines().filter(l -> l.startsWith("1、伪造")).count(), text);
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
