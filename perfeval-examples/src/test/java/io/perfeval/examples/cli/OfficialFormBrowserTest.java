package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfeval.core.PackRegistry;
import io.perfeval.examples.cli.browser.Chromium;
import io.perfeval.examples.cli.browser.Page;
import io.perfeval.examples.cli.browser.PdfText;
import io.perfeval.sheets.OfficialForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The official form's HTML ({@code score --format official-html}) as headless Chromium shows and prints it: the cells
 * the browser lays out, placed on the workbook's grid (row and column spans as Excel merges), compared with the 2021
 * report's form ({@link OfficialFormExpected}); at A4 landscape's printable width nothing overflows; printed to PDF,
 * every page is A4 landscape, the column header is on every page of the form (page 2 too), the project list starts a
 * page of its own, and the Chinese text is drawn with real glyphs. The page, the PDF and a screenshot stay in
 * target/browser.
 */
class OfficialFormBrowserTest extends BrowserTest {

    /** A4 landscape (297 mm) less the page's 12 mm margins, in CSS pixels (96 per inch). */
    private static final int A4_LANDSCAPE_PRINTABLE_PX = (int) Math.floor((297 - 2 * 12) / 25.4 * 96);
    private static final String FORM_HEADER = String.join("", List.of("一级指标", "二级指标", "三级指标", "指标内容",
            "评价标准", "分值", "自评得分", "得分", "复核"));
    private static final String PROJECT_HEADER = "序号项目名称预算数（调整后）";
    private static final OfficialFormExpected EXPECTED = OfficialFormExpected.load();

    /**
     * A section's cells on the workbook's grid: the title A1, the note line A2 and (columns − 3)2, then every row of
     * its tables from row 3, each cell at the first column its row has free, with the ranges its spans cover.
     */
    private static String readGrid(String section, int columns) {
        return """
                (() => {
                  const s = document.getElementById('%s');
                  const col = i => String.fromCharCode(65 + i);
                  const cells = {}, merges = [];
                  cells['A1'] = s.querySelector('h1').innerText;
                  const notes = s.querySelectorAll('p.notes span');
                  cells['A2'] = notes[0].innerText;
                  cells[col(%d - 3) + '2'] = notes[1].innerText;
                  let row = 3;
                  const taken = new Set();
                  for (const t of s.querySelectorAll('table')) {
                    for (const tr of t.rows) {
                      let c = 0;
                      for (const td of tr.cells) {
                        while (taken.has(row + ':' + c)) c++;
                        cells[col(c) + row] = td.innerText;
                        for (let r = row; r < row + td.rowSpan; r++)
                          for (let k = c; k < c + td.colSpan; k++) taken.add(r + ':' + k);
                        if (td.rowSpan > 1 || td.colSpan > 1)
                          merges.push(col(c) + row + ':' + col(c + td.colSpan - 1) + (row + td.rowSpan - 1));
                        c += td.colSpan;
                      }
                      row++;
                    }
                  }
                  return {cells, merges};
                })()
                """.formatted(section, columns);
    }

    /** With the print rules at A4 landscape's printable width: widths, spilling cells, break and header rules. */
    private static final String READ_PRINT = """
            (() => {
              const root = document.documentElement;
              const row = document.querySelector('table.form tbody tr');
              return {
                pageWidth: root.scrollWidth,
                viewportWidth: window.innerWidth,
                overflowingCells: [...document.querySelectorAll('td, th')]
                    .filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.innerText),
                rowBreak: getComputedStyle(row).breakInside,
                headDisplay: getComputedStyle(document.querySelector('table.form thead')).display,
                projectsBreak: getComputedStyle(document.getElementById('projects')).breakBefore
              };
            })()
            """;

    @Test
    void theGaoyiFormShowsTheReportsCellsFitsA4LandscapeAndPrintsItsHeaderOnEveryPage() throws IOException {
        Path html = OUT.resolve("official-gaoyi-2021.html");
        TestPack.Run run = TestPack.run(PackRegistry.fromClassPath(), PerfevalCli.standardPackFiles(),
                "score", "--format", "official-html", "--out", html.toString());
        assertEquals(0, run.code(), run.err());

        try (Page page = chromium.newPage(1280, 900)) {
            page.load(html);
            assertEquals(List.of(), page.requestsBesidesThePage(), "a self-contained page requests nothing");
            assertSameCells(page, "form", OfficialForm.FORM_SHEET, 9);
            assertSameCells(page, "projects", OfficialForm.PROJECT_SHEET, 8);
            assertChineseIsDrawn(page);
            Files.write(OUT.resolve("official-gaoyi-2021.png"), page.screenshot());
            assertFitsA4Landscape(page);
            assertPrintsWithTheHeaderOnEveryPage(page.pdf());
        }
    }

    /** The page's cells are the workbook's, which are the report's: one expectation for both writers. */
    private static void assertSameCells(Page page, String section, String sheet, int columns) {
        JsonNode grid = page.evaluate(readGrid(section, columns));
        Map<String, String> shown = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = grid.get("cells").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().isEmpty()) {
                shown.put(e.getKey(), e.getValue().asText());
            }
        }
        assertEquals(new TreeMap<>(EXPECTED.filled(sheet)), shown, sheet + " as the browser lays it out");
        List<String> merges = new ArrayList<>();
        grid.get("merges").forEach(m -> merges.add(m.asText()));
        // the title and the note line are a heading and a paragraph on the page, merged cells in the workbook
        List<String> tableMerges = EXPECTED.merges().get(sheet).stream()
                .filter(m -> !Pattern.matches("[A-Z]+[12]:[A-Z]+[12]", m)).sorted().toList();
        assertEquals(tableMerges, merges.stream().sorted().toList(), sheet + ": row and column spans");
    }

    private static void assertChineseIsDrawn(Page page) {
        JsonNode drawn = page.evaluate(HtmlSheetBrowserTest.DRAW_TITLE_CHARACTERS);
        assertTrue(drawn.get("characters").asInt() >= 8, "the title's Chinese characters: " + drawn);
        assertEquals(drawn.get("characters").asInt(), drawn.get("distinct").asInt(),
                "each Chinese character of the title looks different (not a missing-glyph box); fonts: "
                        + page.platformFonts("h1") + ". Install a Chinese font: `bash .ci/run` does.");
    }

    private static void assertFitsA4Landscape(Page page) {
        page.media("print");
        page.viewport(A4_LANDSCAPE_PRINTABLE_PX, 800);
        try {
            JsonNode printed = page.evaluate(READ_PRINT);
            assertTrue(printed.get("pageWidth").asInt() <= printed.get("viewportWidth").asInt(),
                    "in print the form fits A4 landscape's printable width: " + printed);
            assertEquals("[]", printed.get("overflowingCells").toString(), "in print no cell's content spills");
            assertEquals("avoid", printed.get("rowBreak").asText(), "an indicator's row is never split");
            assertEquals("table-header-group", printed.get("headDisplay").asText(), "the header repeats");
            assertEquals("page", printed.get("projectsBreak").asText(), "the project list starts a page");
        } finally {
            page.media("");
            page.viewport(1280, 900);
        }
    }

    /** The PDF Chromium prints: A4 landscape pages; the form's header on each of its pages; then the project list. */
    private static void assertPrintsWithTheHeaderOnEveryPage(byte[] pdf) throws IOException {
        Files.write(OUT.resolve("official-gaoyi-2021.pdf"), pdf);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        List<String> boxes = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(raw).results()
                .map(m -> Math.round(Double.parseDouble(m.group(1))) + "x" + Math.round(Double.parseDouble(m.group(2))))
                .distinct().toList();
        assertEquals(List.of("842x595"), boxes, "every page is A4 landscape");

        List<String> pages = PdfText.pages(pdf);
        Map<Integer, String> starts = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            starts.put(i + 1, pages.get(i).substring(0, Math.min(40, pages.get(i).length())));
        }
        int projects = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).startsWith(OfficialForm.PROJECT_SHEET)) {
                projects = i;
                break;
            }
        }
        assertTrue(projects >= 2, "the form takes at least two pages before the project list: " + starts);
        assertTrue(pages.get(0).startsWith("部门整体支出绩效自评表"), "page 1 starts with the title: " + starts);
        for (int i = 0; i < projects; i++) {
            assertTrue(pages.get(i).contains(FORM_HEADER), "page " + (i + 1) + " of the form has the column header: "
                    + starts);
            assertFalse(pages.get(i).contains(PROJECT_HEADER), "page " + (i + 1) + " has no project-list header");
        }
        assertTrue(pages.get(1).startsWith(FORM_HEADER), "page 2 begins with the repeated header: " + starts);
        for (int i = projects; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains(PROJECT_HEADER), "page " + (i + 1) + " of the project list has its header: "
                    + starts);
            assertFalse(pages.get(i).contains(FORM_HEADER), "page " + (i + 1) + " has no form header");
        }
    }
}
