package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.sheets.HtmlSheet;
import io.perfeval.sheets.MarkdownSheet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown and HTML: their shape, and that no indicator text can break out of it. */
class MarkupSheetsTest {

    /** Cells of a Markdown table row, splitting on | that is not escaped. */
    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    @Test
    void theMarkdownTableHasOneRowPerIndicatorPlusTheTotal() {
        ScoreSheet sheet = TestPack.sheet();
        String md = MarkdownSheet.render(sheet);
        List<String> rows = md.lines().filter(l -> l.startsWith("|")).toList();
        List<IndicatorResult> flat = sheet.flatten();
        assertEquals(flat.size() + 3, rows.size(), md);
        assertEquals(MarkdownSheet.HEADER, rows.get(0));
        for (String row : rows) {
            assertEquals(6, cells(row).size(), row);
        }
        for (int i = 0; i < flat.size(); i++) {
            IndicatorResult r = flat.get(i);
            List<String> c = cells(rows.get(i + 2));
            assertEquals(MarkdownSheet.escape(r.name()), c.get(Math.min(r.level(), 3) - 1));
            assertEquals(r.score().orElseThrow().toPlainString(), c.get(4).replace("**", ""));
        }
        assertEquals(List.of("", "", "绩效指标科学性", "4", "3.50", "4"), cells(rows.get(4)));
        assertEquals(List.of("投入", "", "", "10", "**9.50**", ""), cells(rows.get(2)));
        assertEquals(List.of("**合计**", "", "", "100", "**86.50**", "92.5"), cells(rows.get(rows.size() - 1)));
        assertTrue(md.contains("**等级**：优秀（85 ≤ 得分）"), md);
        assertTrue(md.contains("- ✗ 绩效指标科学性：自评 4 分，按评价标准应得 3.5 分（相差 +0.5 分）"), md);
        assertTrue(md.contains("&lt;资金&gt;&amp;“结余”\\|\\*率\\*'"), md);
    }

    @Test
    void theHtmlPageIsSelfContainedEscapedAndShowsEveryIndicatorAndTrace() {
        ScoreSheet sheet = TestPack.sheet();
        String html = HtmlSheet.render(sheet);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<style>"));
        for (String external : List.of("<script", "<link", "src=", "http://", "https://", "@import", "url(")) {
            assertFalse(html.contains(external), external);
        }
        for (IndicatorResult r : sheet.flatten()) {
            assertTrue(html.contains(">" + HtmlSheet.escape(r.name()) + "<"), r.name());
        }
        for (IndicatorResult r : sheet.leaves()) {
            for (String line : r.trace().lines()) {
                assertTrue(html.contains("<li>" + HtmlSheet.escape(line) + "</li>"), line);
            }
        }
        assertFalse(html.contains("<资金>"), "the odd name is escaped");
        assertTrue(html.contains("&lt;资金&gt;&amp;“结余”|*率*&#39;"));
        assertTrue(html.contains("酌情给分 &lt;script&gt;"), "criteria are escaped too");
        assertTrue(html.contains("理由：结余 &lt;偏高&gt; &amp; 未说明"), "trace lines are escaped");
        assertTrue(html.contains("等级：优秀（85 ≤ 得分）"));
        assertEquals(5, html.split("<section class=\"leaf\"", -1).length - 1, "one section per 三级指标");
    }

    @Test
    void escapingCoversEveryMarkupCharacter() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlSheet.escape("<a href=\"x\">&'"));
        assertEquals("a\\|b \\*c\\* &lt;i&gt; x", MarkdownSheet.escape("a|b *c* <i>\nx"));
    }
}
