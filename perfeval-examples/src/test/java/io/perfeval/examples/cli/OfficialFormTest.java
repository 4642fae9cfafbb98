package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.examples.Quickstart;
import io.perfeval.sheets.OfficialForm;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official 部门整体支出绩效自评表 as the workbook {@code score --format official-xlsx} writes, read back from its XML
 * parts ({@link Ooxml}) and compared cell by cell and merge by merge with the 2021 report's form
 * ({@link OfficialFormExpected}); then its print setup, its borders, its numbers, and the details an embedder gives.
 */
class OfficialFormTest {

    private static final OfficialFormExpected EXPECTED = OfficialFormExpected.load();

    @TempDir
    Path dir;

    private Ooxml gaoyiWorkbook() throws IOException {
        Path out = dir.resolve("gaoyi.xlsx");
        TestPack.Run run = TestPack.run(PackRegistry.fromClassPath(), PerfevalCli.standardPackFiles(),
                "score", "--format", "official-xlsx", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        return new Ooxml(Files.readAllBytes(out));
    }

    @Test
    void theGaoyiWorkbookHasTheReportsCellsAndMergesExactly() throws IOException {
        Ooxml wb = gaoyiWorkbook();
        assertEquals(List.of(OfficialForm.FORM_SHEET, OfficialForm.PROJECT_SHEET), wb.sheetNames());
        for (String sheet : wb.sheetNames()) {
            // every expected cell, and no cell the report does not have
            assertEquals(new TreeMap<>(EXPECTED.filled(sheet)), new TreeMap<>(wb.cells(sheet)), sheet);
            assertEquals(EXPECTED.merges().get(sheet).stream().sorted().toList(),
                    wb.merges(sheet).stream().sorted().toList(), sheet + ": merged ranges");
        }
        // the differences are few and each is explained in the resource; the rest is the report's form
        assertTrue(EXPECTED.differences() <= 30, "differences from the report: " + EXPECTED.differences());
        assertEquals(22, EXPECTED.filled(OfficialForm.PROJECT_SHEET).keySet().stream()
                .filter(ref -> ref.startsWith("A") && !List.of("A1", "A2", "A3").contains(ref)).count(),
                "the 22 projects of the report's 分项绩效项目清单");
    }

    @Test
    void printsOnA4LandscapeOnePageWideWithTheHeaderRowRepeated() throws IOException {
        Ooxml wb = gaoyiWorkbook();
        for (String sheet : wb.sheetNames()) {
            Map<String, String> setup = wb.attributes(sheet, "pageSetup");
            assertEquals("9", setup.get("paperSize"), sheet + ": A4 (paperSize 9)");
            assertEquals("landscape", setup.get("orientation"), sheet);
            assertEquals("1", setup.get("fitToWidth"), sheet + ": one page wide");
            assertEquals("0", setup.get("fitToHeight"), sheet + ": as many pages down as the rows need");
            assertEquals("true", wb.attributes(sheet, "pageSetUpPr").get("fitToPage"), sheet);
        }
        // the column header row (row 8: 一级指标 …; row 3 of the project list) is printed on every page, titles not
        assertEquals(Map.of("0:_xlnm.Print_Titles", "'自评表'!$8:$8", "1:_xlnm.Print_Titles", "'分项绩效项目清单'!$3:$3"),
                wb.definedNames());
        assertEquals("一级指标", wb.cells(OfficialForm.FORM_SHEET).get("A8"));
        assertEquals("序号", wb.cells(OfficialForm.PROJECT_SHEET).get("A3"));
    }

    @Test
    void everyCellOfTheFormFromTheBudgetBlockToTheSignatureIsBordered() throws IOException {
        Ooxml wb = gaoyiWorkbook();
        assertBordered(wb, OfficialForm.FORM_SHEET, 3, 44, 'I');
        assertBordered(wb, OfficialForm.PROJECT_SHEET, 3, 25, 'H');
        // the title and the note line above the form are not boxed
        assertFalse(wb.bordered(wb.styles(OfficialForm.FORM_SHEET).get("A1")), "the title has no border");
    }

    private static void assertBordered(Ooxml wb, String sheet, int firstRow, int lastRow, char lastColumn) {
        Map<String, Integer> styles = wb.styles(sheet);
        List<String> bare = new ArrayList<>();
        for (int row = firstRow; row <= lastRow; row++) {
            for (char col = 'A'; col <= lastColumn; col++) {
                String ref = "" + col + row;
                if (!styles.containsKey(ref) || !wb.bordered(styles.get(ref))) {
                    bare.add(ref);
                }
            }
        }
        assertEquals(List.of(), bare, sheet + ": cells without a border on all four sides");
        assertFalse(styles.containsKey("A" + (lastRow + 1)), sheet + ": nothing below the form");
    }

    @Test
    void amountsAndScoresAreNumbersNotText() throws IOException {
        Ooxml wb = gaoyiWorkbook();
        for (String ref : List.of("D4", "F4", "F9", "G9", "H9", "F42", "G42", "H42")) {
            assertNotEquals("s", wb.type(OfficialForm.FORM_SHEET, ref), ref + " is a numeric cell");
        }
        for (String ref : List.of("C4", "D4", "E4", "F4")) {
            assertNotEquals("s", wb.type(OfficialForm.PROJECT_SHEET, ref), ref + " is a numeric cell");
        }
        assertEquals("s", wb.type(OfficialForm.FORM_SHEET, "G4"), "the rate is text with its % sign");
    }

    @Test
    void whatAnEmbedderGivesFillsTheCellsTheDepartmentInputLeavesEmpty() {
        ScoreSheet sheet = Quickstart.scoreGaoyi();
        RulePack pack = PackRegistry.fromClassPath().get(sheet.pack().id());
        OfficialForm.Details details = OfficialForm.details().contents(pack)
                .budget(new BigDecimal("1308.05"), new BigDecimal("906.09"))
                .fiscal(new BigDecimal("1308.05"), new BigDecimal("906.09"))
                .other(BigDecimal.ZERO, BigDecimal.ZERO)
                .deviations("进一步制定完善的管理制度。").filledBy("填报人甲", "0311-0000000").selfTotal(new BigDecimal("96.5"))
                .project(new OfficialForm.Project("1", "项目甲", Optional.of(new BigDecimal("4.484")), Optional.empty(),
                        Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("93")), "目标", "完成"))
                .build();
        byte[] xlsx = OfficialForm.xlsx(sheet, details);
        assertArrayEquals(xlsx, OfficialForm.xlsx(sheet, details), "the same arguments give the same bytes");
        Ooxml wb = new Ooxml(xlsx);
        Map<String, String> form = wb.cells(OfficialForm.FORM_SHEET);
        assertEquals("1308.05", form.get("D5"));
        assertEquals("906.09", form.get("F5"));
        assertEquals("0", form.get("D6"));
        assertEquals("0", form.get("F6"));
        assertEquals("进一步制定完善的管理制度。", form.get("D43"));
        assertEquals("填报人甲", form.get("B44"));
        assertEquals("0311-0000000", form.get("E44"));
        Map<String, String> projects = wb.cells(OfficialForm.PROJECT_SHEET);
        assertEquals("执行数", projects.get("D3"), "without a year the header names no year");
        assertEquals("4.484", projects.get("C4"));
        assertFalse(projects.containsKey("D4"), "an amount not given is an empty cell, never 0");
    }

    @Test
    void withoutAmountsTheRateIsLeftToFillNotGuessed() {
        ScoreSheet sheet = Quickstart.scoreGaoyi();
        Map<String, String> zero = new Ooxml(OfficialForm.xlsx(sheet, OfficialForm.details()
                .budget(BigDecimal.ZERO, BigDecimal.ONE).build())).cells(OfficialForm.FORM_SHEET);
        assertFalse(zero.containsKey("G4"), "预算数 0 gives no 执行率: " + zero.get("G4"));
        Map<String, String> none = new Ooxml(OfficialForm.xlsx(sheet, OfficialForm.details().build()))
                .cells(OfficialForm.FORM_SHEET);
        assertFalse(none.containsKey("D4") || none.containsKey("G4") || none.containsKey("D9"),
                "no budget and no 指标内容 given: those cells stay empty");
        assertEquals("投入（20）", none.get("A9"), "the scores are still all there");
        assertEquals("95.6", none.get("H42"));
        assertEquals("96.5", none.get("G42"), "the reported total comes from the review when not given");
    }

    @Test
    void theOfficialFormatsNeedTheirOutputLikeXlsxAndTheHtmlGoesToTheTerminal() {
        TestPack.Run xlsx = TestPack.run(PackRegistry.fromClassPath(), PerfevalCli.standardPackFiles(),
                "score", "--format", "official-xlsx");
        assertEquals(PerfevalCli.EXIT_ERROR, xlsx.code());
        assertTrue(xlsx.err().contains("X005"), xlsx.err());
        TestPack.Run html = TestPack.run(PackRegistry.fromClassPath(), PerfevalCli.standardPackFiles(),
                "score", "--format", "OFFICIAL-HTML");
        assertEquals(0, html.code(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
        assertTrue(html.out().contains("<td class=\"n\">1308.05</td>"), "the budget block is on the page");
    }
}
