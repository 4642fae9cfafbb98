package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.examples.Quickstart;
import io.perfeval.examples.cli.browser.Chromium;
import io.perfeval.examples.cli.browser.Page;
import io.perfeval.sheets.HtmlSheet;
import io.perfeval.sheets.Narrative;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The HTML sheet as a browser shows it: headless Chromium opens the page that {@code score --format html} writes and
 * the test reads what is rendered — visible text, table cells, anchors, layout at 1024 px and in print, computed styles,
 * requests made, the fonts drawn — then prints it to PDF. One browser serves the whole class. The pages, a screenshot
 * and the PDF stay in target/browser for a human to look at.
 */
class HtmlSheetBrowserTest extends BrowserTest {

    /** Printable width of A4 with the page's 15 mm margins, in CSS pixels (96 per inch): 180 mm. */
    private static final int A4_PRINTABLE_PX = (int) Math.floor(180 / 25.4 * 96);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Everything the checks need, read in one script so the page is seen in one state. */
    private static final String READ_PAGE = """
            (() => {
              const table = document.getElementById('sheet');
              const rect = e => e.getBoundingClientRect();
              const textWidth = e => { const r = document.createRange(); r.selectNodeContents(e); return rect(r).width; };
              const root = document.documentElement;
              return {
                title: document.title,
                text: document.body.innerText,
                header: [...table.tHead.rows[0].cells].map(c => c.innerText),
                rows: [...table.tBodies[0].rows].map(r => [...r.cells].map(c => c.innerText)),
                numberAlign: [...table.tBodies[0].rows].flatMap(r => [...r.cells].slice(-4, -1))
                    .map(c => getComputedStyle(c).textAlign),
                badColor: [...table.querySelectorAll('tbody td:last-child span')].filter(s => s.innerText === '✗')
                    .map(s => getComputedStyle(s).color),
                links: [...table.tBodies[0].querySelectorAll('a')].map(a => {
                  const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
                  return {name: a.innerText, exists: target !== null,
                    height: target ? rect(target).height : 0,
                    heading: target && target.querySelector('h3') ? target.querySelector('h3').innerText : ''};
                }),
                grade: document.getElementById('grade').innerText,
                findings: document.getElementById('findings') ? document.getElementById('findings').innerText : '',
                pageWidth: root.scrollWidth, viewportWidth: root.clientWidth, tableLeft: rect(table).left,
                overflowingCells: [...document.querySelectorAll('td, th')].filter(c => c.scrollWidth > c.clientWidth)
                    .map(c => c.innerText),
                headingWidth: textWidth(document.querySelector('h1')),
                scripts: document.querySelectorAll('script, img, iframe, object, embed').length,
                pwned: typeof window.__pwned
              };
            })()
            """;

    /** Follows every link of the table as a reader would and says where its target then sits in the viewport. */
    private static final String FOLLOW_LINKS = """
            (() => {
              const seen = [];
              for (const a of document.querySelectorAll('#sheet tbody a')) {
                a.click();
                const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
                const top = target.getBoundingClientRect().top;
                seen.push({name: a.innerText, hash: location.hash, top: top, inView: top >= -1 && top < innerHeight});
              }
              return seen;
            })()
            """;

    /** Draws each distinct CJK character of the title alone in the title's font and counts the different pictures. */
    static final String DRAW_TITLE_CHARACTERS = """
            (() => {
              const h1 = document.querySelector('h1');
              const chars = [...new Set(h1.innerText.match(/[\u4e00-\u9fff]/g))];
              const canvas = document.createElement('canvas');
              canvas.width = 64;
              canvas.height = 64;
              const g = canvas.getContext('2d');
              g.font = '48px ' + getComputedStyle(h1).fontFamily;
              const pictures = chars.map(c => {
                g.clearRect(0, 0, 64, 64);
                g.fillText(c, 4, 52);
                return g.getImageData(0, 0, 64, 64).data.join();
              });
              return {characters: chars.length, distinct: new Set(pictures).size};
            })()
            """;

    @Test
    void theGaoyiSheetShowsEveryLineItsTotalGradeAndFindingsAndPrints() throws IOException {
        ScoreSheet sheet = Quickstart.scoreGaoyi();
        Path html = OUT.resolve("gaoyi-2021.html");
        TestPack.Run run = TestPack.run(PackRegistry.fromClassPath(), PerfevalCli.standardPackFiles(),
                "score", "--format", "html", "--out", html.toString());
        assertEquals(0, run.code(), run.err());

        try (Page page = chromium.newPage(1024, 768)) {
            page.load(html);
            JsonNode shown = page.evaluate(READ_PAGE);
            String dump = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shown);

            assertEquals(List.of(), page.requestsBesidesThePage(), "a self-contained page requests nothing");
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "自评得分", "复核"), strings(shown.get("header")));
            List<List<String>> rows = rows(shown.get("rows"));
            List<List<String>> expected = new ArrayList<>();
            sheet.flatten().forEach(r -> expected.add(expectedRow(r)));
            expected.add(List.of("合计", "100", "95.60", "96.5", "✗"));
            assertEquals(expected, rows, dump);
            assertTrue(rows.contains(List.of("", "", "资金结余结转率", "2", "0.60", "1.5", "✗")), dump);
            assertEquals("等级：优秀（85 ≤ 得分）", shown.get("grade").asText());

            String text = shown.get("text").asText();
            for (AuditFinding f : sheet.findings()) {
                assertTrue(text.contains("✗ " + f.render()), f.render());
                f.trace().lines().forEach(line -> assertTrue(text.contains(line), line));
            }
            assertTrue(shown.get("findings").asText().contains("资金结余结转率：自评 1.5 分，按评价标准应得 0.6 分（相差 +0.9 分）"));
            assertTrue(shown.get("findings").asText().contains("合计：自评 96.5 分，按评价标准应得 95.6 分（相差 +0.9 分）"));
            for (IndicatorResult leaf : sheet.leaves()) {
                leaf.trace().lines().forEach(line -> assertTrue(text.contains(line), leaf.name() + ": " + line));
                assertTrue(text.contains(Narrative.sentence(leaf)), leaf.name());
            }

            List<IndicatorResult> leaves = sheet.leaves();
            JsonNode links = shown.get("links");
            assertEquals(leaves.size(), links.size(), "one link per 三级指标");
            for (int i = 0; i < leaves.size(); i++) {
                JsonNode link = links.get(i);
                IndicatorResult leaf = leaves.get(i);
                assertEquals(leaf.name(), link.get("name").asText());
                assertTrue(link.get("exists").asBoolean(), leaf.name() + ": the link's target exists");
                assertTrue(link.get("height").asDouble() > 0, leaf.name() + ": its section is shown");
                assertTrue(link.get("heading").asText().startsWith(leaf.pathString() + "："),
                        leaf.name() + " links to " + link.get("heading").asText());
            }

            assertTrue(shown.get("pageWidth").asInt() <= shown.get("viewportWidth").asInt(),
                    "no horizontal scrolling at 1024 px: " + shown.get("pageWidth") + " > " + shown.get("viewportWidth"));
            assertEquals(List.of(), strings(shown.get("overflowingCells")), "no cell's content spills out of it");
            assertEquals(3 * rows.size(), shown.get("numberAlign").size(), "three number cells a row");
            assertTrue(strings(shown.get("numberAlign")).stream().allMatch("right"::equals),
                    "分值, 得分 and 自评得分 are right-aligned: " + shown.get("numberAlign"));
            assertEquals(2, shown.get("badColor").size(), "✗ for 资金结余结转率 and 合计");
            assertTrue(strings(shown.get("badColor")).stream().allMatch("rgb(176, 0, 32)"::equals),
                    "✗ is shown in red: " + shown.get("badColor"));
            assertChineseIsDrawn(page, shown);
            page.viewport(375, 700);
            JsonNode phone = page.evaluate(READ_PAGE);
            assertTrue(phone.get("pageWidth").asInt() <= phone.get("viewportWidth").asInt(),
                    "no horizontal scrolling on a 375 px phone either: " + phone.get("pageWidth"));
            assertTrue(phone.get("tableLeft").asDouble() >= 8, "text keeps off the window's edge: " + phone.get("tableLeft"));
            page.viewport(1024, 768);

            for (JsonNode followed : page.evaluate(FOLLOW_LINKS)) {
                assertTrue(followed.get("inView").asBoolean(), "following a link brings its section into view: " + followed);
            }
            assertEquals(List.of(), page.requestsBesidesThePage(), "following the links requests nothing");

            Files.write(OUT.resolve("gaoyi-2021.png"), nonEmpty(page.screenshot(), "screenshot"));
            assertPrintable(page, OUT.resolve("gaoyi-2021.pdf"));
        }
    }

    @Test
    void hostileNamesShowAsTextAndNothingRuns() throws IOException {
        String entity = "<script>window.__pwned=1</script>测试单位" + "_REF".repeat(60);
        // A long unbroken token (a path, a code) must wrap rather than push the page sideways.
        String reason = "<img src=x onerror=\"window.__pwned=2\">酌情 D:/评价/" + "附件".repeat(5) + "/"
                + "scan_0000000001".repeat(12) + ".pdf";
        ScoreSheet sheet = TestPack.pack().evaluate(EvaluationInput.builder().entity(entity)
                .number("收入预算数", "1308.05").number("收入预算完成数", "1308.05")
                .put("绩效指标科学性", Value.Checklist.allMetExcept(2, 2)).yes("按时上报", true)
                .judgement(TestPack.ODD, "30", reason).judgement("部门整体效益", "45", "</section></table><h1>x")
                .selfScore(TestPack.ODD, "31").selfTotal(new BigDecimal("92.5")).build());
        Path html = OUT.resolve("hostile.html");
        Files.writeString(html, HtmlSheet.render(sheet), StandardCharsets.UTF_8);

        try (Page page = chromium.newPage(1024, 768)) {
            page.load(html);
            JsonNode shown = page.evaluate(READ_PAGE);
            String text = shown.get("text").asText();
            assertEquals("undefined", shown.get("pwned").asText(), "no script of the input ran");
            assertEquals(0, shown.get("scripts").asInt(), "no element came from the input");
            assertEquals(List.of(), page.requestsBesidesThePage(), "<img src=x> was not loaded");
            assertEquals("部门整体支出绩效自评表 — " + entity, shown.get("title").asText());
            assertTrue(text.startsWith("部门整体支出绩效自评表 — " + entity), text);
            assertTrue(text.contains(reason), "the judgement's reason shows as written");
            assertTrue(text.contains("</section></table><h1>x"), "markup in a reason shows as written");
            assertTrue(text.contains("酌情给分 <script>"), "the criterion shows as written");
            List<List<String>> rows = rows(shown.get("rows"));
            assertTrue(rows.contains(List.of("", "", TestPack.ODD, "38", "30.00", "31", "✗")), rows.toString());
            assertTrue(shown.get("pageWidth").asInt() <= shown.get("viewportWidth").asInt(),
                    "a long token wraps: " + shown.get("pageWidth") + " > " + shown.get("viewportWidth"));
            assertEquals(List.of(), strings(shown.get("overflowingCells")), "no cell's content spills out of it");
            assertFitsA4(page);
            assertEquals(sheet.leaves().size(), shown.get("links").size());
            shown.get("links").forEach(l -> assertTrue(l.get("exists").asBoolean() && l.get("height").asDouble() > 0,
                    "every link reaches a shown section: " + l));
        }
    }

    @Test
    void aSheetThatCannotBeTotalledSaysWhyWhereTheNumbersWouldBe() throws IOException {
        // 收入预算数 0: the rate divides by zero, so that line and the total cannot be scored.
        ScoreSheet sheet = TestPack.pack().evaluate(EvaluationInput.builder().entity("测试单位")
                .number("收入预算数", "0").number("收入预算完成数", "1308.05")
                .put("绩效指标科学性", Value.Checklist.allMetExcept(2, 2)).yes("按时上报", true)
                .judgement(TestPack.ODD, "30", "结余偏高").judgement("部门整体效益", "45", "履职效果较好")
                .selfScore("收入预算完成率", "2").selfTotal(new BigDecimal("92.5")).build());
        IndicatorResult broken = sheet.find("收入预算完成率").orElseThrow();
        assertTrue(broken.score().isEmpty() && !broken.problems().isEmpty(), "the case under test: " + broken);
        Path html = OUT.resolve("unscored.html");
        Files.writeString(html, HtmlSheet.render(sheet), StandardCharsets.UTF_8);

        try (Page page = chromium.newPage(1024, 768)) {
            page.load(html);
            JsonNode shown = page.evaluate(READ_PAGE);
            String text = shown.get("text").asText();
            List<List<String>> rows = rows(shown.get("rows"));
            List<List<String>> expected = new ArrayList<>();
            sheet.flatten().forEach(r -> expected.add(expectedRow(r)));
            expected.add(List.of("合计", "100", "—", "92.5", "✗"));
            assertEquals(expected, rows);
            assertTrue(rows.contains(List.of("", "", "收入预算完成率", "2", "无法评分", "2", "✗")), rows.toString());
            assertEquals("等级：无法评定（有指标无法评分）", shown.get("grade").asText());
            broken.problems().forEach(p -> assertTrue(text.contains(p.display()), "the problem is shown: " + p.display()));
            sheet.problems().forEach(p -> assertTrue(text.contains(p.display()) && text.contains(p.displayEnglish()),
                    "the sheet's problem is shown in both languages: " + p.display()));
            assertTrue(text.contains(Narrative.sentence(broken)), "the report sentence says it could not be scored");
            assertEquals(List.of(), strings(shown.get("overflowingCells")), "「无法评分」 fits its cell");
            assertFitsA4(page);
        }
    }

    /** The cells a sheet line should show: its name under its level, 分值, 得分 (or status), 自评得分, ✓/✗. */
    private static List<String> expectedRow(IndicatorResult r) {
        List<String> cells = new ArrayList<>(List.of("", "", ""));
        cells.set(Math.min(r.level(), 3) - 1, r.name());
        cells.add(Decimals.trim(r.maxScore()));
        cells.add(r.score().map(Decimals::plain).orElse(r.status().chinese()));
        cells.add(r.selfScore().map(Decimals::trim).orElse(""));
        boolean agrees = r.score().isPresent() && r.selfScore().isPresent()
                && r.score().get().compareTo(r.selfScore().get()) == 0;
        cells.add(r.selfScore().isEmpty() ? "" : agrees ? "✓" : "✗");
        return cells;
    }

    /**
     * Chinese text takes room and is drawn with glyphs, not as empty boxes: without a Chinese font every character
     * falls back to the same missing-glyph box, so each distinct character of the title is drawn in the title's font
     * and the pictures must differ.
     */
    private static void assertChineseIsDrawn(Page page, JsonNode shown) {
        assertTrue(shown.get("headingWidth").asDouble() > 0, "the title's Chinese text has a width");
        JsonNode drawn = page.evaluate(DRAW_TITLE_CHARACTERS);
        JsonNode fonts = page.platformFonts("h1");
        assertEquals(drawn.get("characters").asInt(), drawn.get("distinct").asInt(),
                "each Chinese character of the title looks different (not a missing-glyph box); the fonts that drew "
                        + "it: " + fonts + ". Install a Chinese font: `bash .ci/run` does.");
    }

    /** Printed as Chromium prints it: a PDF of at least one page, whose table fits the A4 printable width. */
    private static void assertPrintable(Page page, Path pdfFile) throws IOException {
        byte[] pdf = nonEmpty(page.pdf(), "PDF");
        Files.write(pdfFile, pdf);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"), "a PDF");
        long pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(raw).results().count();
        assertTrue(pages >= 1, "the PDF has pages: " + pages);
        // A4 is 595.28 × 841.89 points: the page's @page rule sets the paper, not the printer's default.
        List<String> boxes = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(raw).results()
                .map(m -> Math.round(Double.parseDouble(m.group(1))) + "x" + Math.round(Double.parseDouble(m.group(2))))
                .distinct().toList();
        assertEquals(List.of("595x842"), boxes, "every page is A4");

        assertFitsA4(page);
    }

    /** With the print rules applied and A4's printable width, nothing is wider than the paper. */
    private static void assertFitsA4(Page page) {
        page.media("print");
        page.viewport(A4_PRINTABLE_PX, 1000);
        try {
            JsonNode printed = page.evaluate(READ_PAGE);
            assertTrue(printed.get("pageWidth").asInt() <= printed.get("viewportWidth").asInt(),
                    "in print the page fits A4's printable width: " + printed.get("pageWidth") + " > "
                            + printed.get("viewportWidth"));
            assertEquals(List.of(), strings(printed.get("overflowingCells")), "in print no cell's content spills");
        } finally {
            page.media("");
            page.viewport(1024, 768);
        }
    }

    private static byte[] nonEmpty(byte[] bytes, String what) {
        assertTrue(bytes.length > 0, what + " is empty");
        return bytes;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<List<String>> rows(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(HtmlSheetBrowserTest::strings).toList();
    }
}
