package io.perfeval.sheets;

import io.perfeval.sheets.FormLayout.Cell;
import io.perfeval.sheets.FormLayout.Page;
import java.util.List;

/**
 * The {@link FormLayout} as one printable HTML page: each page of the form a {@code section} (the project list starts
 * a new printed page), its lead block and its table sharing one set of column widths so that they read as one form.
 * Print rules: A4 landscape, the table's {@code thead} repeated on every page, no row split across pages. Every text
 * is escaped ({@link HtmlSheet#escape}).
 */
final class FormHtml {

    // table-layout:fixed with the same colgroup keeps the lead block's columns over the table's; overflow-wrap:anywhere
    // lets a long token (a document code) wrap inside its column instead of widening the form past the paper.
    private static final String CSS = """
            @page{size:A4 landscape;margin:12mm}
            body{font-family:"SimSun","Songti SC","Noto Serif CJK SC","Noto Sans CJK SC","WenQuanYi Micro Hei",\
            "Microsoft YaHei",serif;font-size:10.5pt;color:#000;margin:1em auto;padding:0 1em;max-width:273mm;\
            line-height:1.4;overflow-wrap:break-word;overflow-wrap:anywhere}
            h1{font-size:18pt;text-align:center;margin:.2em 0 .4em}
            p.notes{display:flex;justify-content:space-between;margin:.2em 0}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            table.form{margin-top:-1px}
            th,td{border:1px solid #000;padding:2px 4px;vertical-align:middle}
            th{background:#eee;font-weight:bold;text-align:center}
            td.label,td.group,td.center{text-align:center}td.n{text-align:right;font-variant-numeric:tabular-nums}
            td.ok{text-align:center;color:#176117}td.bad{text-align:center;color:#b00020;font-weight:bold}
            thead{display:table-header-group}
            tr{break-inside:avoid;page-break-inside:avoid}
            section.page+section.page{break-before:page;page-break-before:always;margin-top:2em}
            @media print{body{margin:0;padding:0;max-width:none}section.page+section.page{margin-top:0}}
            """;

    private FormHtml() {
    }

    static String render(FormLayout.Form form) {
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlSheet.escape(form.title() + " — " + form.entity())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        page(h, "form", form.form());
        page(h, "projects", form.projects());
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void page(StringBuilder h, String id, Page page) {
        h.append("<section class=\"page\" id=\"").append(id).append("\">\n<h1>").append(HtmlSheet.escape(page.title()))
                .append("</h1>\n<p class=\"notes\"><span>").append(HtmlSheet.escape(page.left())).append("</span><span>")
                .append(HtmlSheet.escape(page.right())).append("</span></p>\n");
        if (!page.lead().isEmpty()) {
            h.append("<table class=\"lead\">\n");
            columns(h, page.widths());
            h.append("<tbody>\n");
            rows(h, page.lead(), "td");
            h.append("</tbody>\n</table>\n");
        }
        h.append("<table class=\"form\">\n");
        columns(h, page.widths());
        h.append("<thead>\n");
        rows(h, page.head(), "th");
        h.append("</thead>\n<tbody>\n");
        rows(h, page.body(), "td");
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** The columns' widths as percentages of the table, in tenths of a percent so that they add up to 100. */
    private static void columns(StringBuilder h, List<Integer> widths) {
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        h.append("<colgroup>");
        int given = 0;
        for (int i = 0; i < widths.size(); i++) {
            int tenths = i == widths.size() - 1 ? 1000 - given : widths.get(i) * 1000 / total;
            given += tenths;
            h.append("<col style=\"width:").append(tenths / 10).append('.').append(tenths % 10).append("%\">");
        }
        h.append("</colgroup>\n");
    }

    private static void rows(StringBuilder h, List<List<Cell>> rows, String tag) {
        for (List<Cell> row : rows) {
            h.append("<tr>");
            for (Cell c : row) {
                h.append('<').append(tag);
                if (c.rows() > 1) {
                    h.append(" rowspan=\"").append(c.rows()).append('"');
                }
                if (c.cols() > 1) {
                    h.append(" colspan=\"").append(c.cols()).append('"');
                }
                String css = css(c.style());
                if (!css.isEmpty() && tag.equals("td")) {
                    h.append(" class=\"").append(css).append('"');
                }
                h.append('>').append(HtmlSheet.escape(c.text())).append("</").append(tag).append('>');
            }
            h.append("</tr>\n");
        }
    }

    private static String css(FormLayout.Style style) {
        return switch (style) {
            case LABEL, HEADER -> "label";
            case GROUP -> "group";
            case CENTER -> "center";
            case NUMBER -> "n";
            case MARK_OK -> "ok";
            case MARK_BAD -> "bad";
            case FILL -> "fill";
            case TEXT, TITLE, NOTE -> "";
        };
    }
}
