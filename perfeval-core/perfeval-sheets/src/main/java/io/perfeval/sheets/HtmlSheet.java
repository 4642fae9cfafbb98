package io.perfeval.sheets;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.TraceEntry;
import java.util.Optional;

/**
 * The sheet as one self-contained, printable HTML page: inline CSS, no script, no external resource. The 自评表 comes
 * first (each 三级指标 links to its trace), then the grade, the computed figures, the review findings, and one section
 * per 三级指标 with its 评价标准, trace, problems and report sentence. Every text is escaped. The page prints on A4
 * ({@code @page}), each 三级指标's section kept on one page where it fits.
 */
public final class HtmlSheet {

    // padding: on a screen narrower than max-width the auto margins are 0, and text would touch the window's edge.
    // overflow-wrap:anywhere: names, reasons and paths come from packs and inputs, and one long token without a break
    // opportunity (a file path, a document code) would otherwise widen the page past the screen and the A4 paper;
    // break-word before it is the fallback for browsers without "anywhere".
    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;\
            margin:2em auto;padding:0 1em;max-width:60em;color:#111;line-height:1.5;overflow-wrap:break-word;\
            overflow-wrap:anywhere}
            h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.5em;border-bottom:1px solid #999}
            h3{font-size:1em;margin:1em 0 .3em}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:.25em .5em;vertical-align:top}
            th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.g1 td{background:#f3f3f3;font-weight:bold}tr.g2 td{background:#fafafa;font-weight:bold}
            tr.total td{font-weight:bold;border-top:2px solid #111}
            .bad{color:#b00020}.ok{color:#176117}.muted{color:#555}
            section.leaf{break-inside:avoid;page-break-inside:avoid}
            ol.trace{margin:.2em 0 .2em 1.5em;padding:0}
            @media print{body{margin:0;padding:0;max-width:none;font-size:10.5pt}a{color:inherit;text-decoration:none}
            h2{break-after:avoid}}
            @page{size:A4;margin:15mm}
            """;

    private HtmlSheet() {
    }

    /**
     * The sheet as one HTML5 page, UTF-8, the same text for the same sheet.
     *
     * @param sheet the sheet to write
     * @return the page
     */
    public static String render(ScoreSheet sheet) {
        StringBuilder h = new StringBuilder(8192);
        String title = SheetText.title(sheet) + (sheet.entity().isEmpty() ? "" : " — " + sheet.entity());
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"muted\">规则包 <code>")
                .append(escape(sheet.pack().id())).append("</code> ").append(escape(sheet.pack().name()));
        if (!sheet.pack().version().isEmpty()) {
            h.append("（").append(escape(sheet.pack().version())).append("）");
        }
        if (!sheet.pack().basis().isEmpty()) {
            h.append("，依据 ").append(escape(sheet.pack().basis()));
        }
        h.append("</p>\n");

        table(h, sheet);

        h.append("<p id=\"grade\"><strong>等级：").append(escape(sheet.gradeStatement())).append("</strong>");
        h.append("</p>\n");

        summary(h, sheet);

        sections(h, sheet);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** The 自评表: one row per indicator in table order (each 三级指标 linking to its section), then 合计. */
    private static void table(StringBuilder h, ScoreSheet sheet) {
        h.append("<table id=\"sheet\">\n<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th>")
                .append("<th>得分</th><th>自评得分</th><th>复核</th></tr></thead>\n<tbody>\n");
        int leafNo = 0;
        for (IndicatorResult r : sheet.flatten()) {
            int col = Math.min(r.level(), 3);
            h.append("<tr").append(r.isLeaf() ? "" : " class=\"g" + Math.min(r.level(), 2) + "\"").append('>');
            for (int i = 1; i <= 3; i++) {
                h.append("<td>");
                if (i == col) {
                    if (r.isLeaf()) {
                        h.append("<a href=\"#i").append(++leafNo).append("\">").append(escape(r.name())).append("</a>");
                    } else {
                        h.append(escape(r.name()));
                    }
                }
                h.append("</td>");
            }
            h.append("<td class=\"n\">").append(Decimals.trim(r.maxScore())).append("</td><td class=\"n\">")
                    .append(escape(r.score().map(Decimals::plain).orElse(r.status().chinese()))).append("</td><td class=\"n\">")
                    .append(r.selfScore().map(Decimals::trim).orElse("")).append("</td><td>").append(mark(r))
                    .append("</td></tr>\n");
        }
        Optional<AuditFinding> totalFinding = sheet.findings().stream().filter(f -> f.path().isEmpty()).findFirst();
        h.append("<tr class=\"total\"><td colspan=\"3\">合计</td><td class=\"n\">").append(Decimals.trim(sheet.maxTotal()))
                .append("</td><td class=\"n\">").append(sheet.total().map(Decimals::plain).orElse("—"))
                .append("</td><td class=\"n\">").append(totalFinding.map(f -> Decimals.trim(f.selfScore())).orElse(""))
                .append("</td><td>").append(totalFinding.isPresent() ? "<span class=\"bad\">✗</span>" : "")
                .append("</td></tr>\n</tbody>\n</table>\n");
    }

    /** The computed figures, the review findings with their traces, and the sheet's problems. */
    private static void summary(StringBuilder h, ScoreSheet sheet) {
        if (!sheet.figures().isEmpty()) {
            h.append("<h2>计算指标</h2>\n<ul>\n");
            for (TraceEntry.Computed c : sheet.figures()) {
                h.append("<li>").append(escape(c.render())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        if (!sheet.findings().isEmpty()) {
            h.append("<h2>复核发现（自评得分与评价标准不符）</h2>\n<ul id=\"findings\">\n");
            for (AuditFinding f : sheet.findings()) {
                h.append("<li><span class=\"bad\">✗</span> ").append(escape(f.render()));
                list(h, f.trace().lines().stream().map(HtmlSheet::escape).toList());
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        if (!sheet.problems().isEmpty()) {
            h.append("<h2>问题</h2>\n<ul>\n");
            for (Problem p : sheet.problems()) {
                h.append("<li>").append(escape(p.display())).append("<br><span class=\"muted\">")
                        .append(escape(p.displayEnglish())).append("</span></li>\n");
            }
            h.append("</ul>\n");
        }
    }

    /** One section per 三级指标: 评价标准, trace, problems and the report sentence. */
    private static void sections(StringBuilder h, ScoreSheet sheet) {
        h.append("<h2>计分过程</h2>\n");
        int leafNo = 0;
        for (IndicatorResult r : sheet.leaves()) {
            h.append("<section class=\"leaf\" id=\"i").append(++leafNo).append("\">\n<h3>")
                    .append(escape(r.pathString())).append("：").append(escape(r.score().map(Decimals::plain)
                            .orElse(r.status().chinese()))).append(" / ").append(Decimals.trim(r.maxScore()))
                    .append(" 分</h3>\n");
            if (!r.criterion().isEmpty()) {
                h.append("<p class=\"muted\">评价标准：").append(escape(r.criterion())).append("</p>\n");
            }
            list(h, r.trace().lines().stream().map(HtmlSheet::escape).toList());
            for (Problem p : r.problems()) {
                h.append("<p class=\"bad\">").append(escape(p.display())).append("</p>\n");
            }
            h.append("<p>").append(escape(Narrative.sentence(r))).append("</p>\n</section>\n");
        }
    }

    private static void list(StringBuilder h, java.util.List<String> escapedLines) {
        if (escapedLines.isEmpty()) {
            return;
        }
        h.append("<ol class=\"trace\">");
        for (String line : escapedLines) {
            h.append("<li>").append(line).append("</li>");
        }
        h.append("</ol>\n");
    }

    private static String mark(IndicatorResult r) {
        if (r.selfScore().isEmpty()) {
            return "";
        }
        boolean agrees = r.score().isPresent() && r.score().get().compareTo(r.selfScore().get()) == 0;
        return agrees ? "<span class=\"ok\">✓</span>" : "<span class=\"bad\">✗</span>";
    }

    /**
     * Text as HTML, the escaping this writer applies to every text it writes: the five characters that can start
     * markup or end an attribute ({@code & < > " '}) are replaced by references.
     *
     * @param s any text
     * @return the text, safe in an element or a quoted attribute
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
