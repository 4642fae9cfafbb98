package io.perfeval.sheets;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.TraceEntry;

/**
 * The 自评表 as a Markdown table (一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 自评得分): one row per indicator in table
 * order, 一级 and 二级 rows carrying their subtotals in bold, then 合计; below it the grade, the computed figures, the
 * review findings with their traces, and the problems. Every text is escaped, so names with | or * cannot break the
 * table.
 */
public final class MarkdownSheet {

    /** The table's header row, the first line of the table. */
    public static final String HEADER = "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 自评得分 |";

    private MarkdownSheet() {
    }

    /**
     * The sheet as a Markdown document (CommonMark with the GFM table extension), {@code \n} line ends.
     *
     * @param sheet the sheet to write
     * @return the document
     */
    public static String render(ScoreSheet sheet) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(SheetText.title(sheet));
        if (!sheet.entity().isEmpty()) {
            out.append(" — ").append(escape(sheet.entity()));
        }
        out.append("\n\n规则包：`").append(sheet.pack().id().replace("`", "'")).append("` ")
                .append(escape(sheet.pack().name()));
        if (!sheet.pack().version().isEmpty()) {
            out.append("（").append(escape(sheet.pack().version())).append("）");
        }
        if (!sheet.pack().basis().isEmpty()) {
            out.append("，依据 ").append(escape(sheet.pack().basis()));
        }
        out.append("\n\n").append(HEADER).append("\n|---|---|---|--:|--:|--:|\n");
        for (IndicatorResult r : sheet.flatten()) {
            String[] names = {"", "", ""};
            names[Math.min(r.level(), 3) - 1] = escape(r.name());
            String score = r.score().map(Decimals::plain).orElse(r.status().chinese());
            if (!r.isLeaf()) {
                score = "**" + score + "**";
            }
            out.append("| ").append(String.join(" | ", names)).append(" | ").append(Decimals.trim(r.maxScore()))
                    .append(" | ").append(score).append(" | ").append(r.selfScore().map(Decimals::trim).orElse(""))
                    .append(" |\n");
        }
        String selfTotal = sheet.findings().stream().filter(f -> f.path().isEmpty())
                .map(f -> Decimals.trim(f.selfScore())).findFirst().orElse("");
        out.append("| **合计** |  |  | ").append(Decimals.trim(sheet.maxTotal())).append(" | **")
                .append(sheet.total().map(Decimals::plain).orElse("—")).append("** | ").append(selfTotal)
                .append(" |\n\n");
        out.append("**等级**：").append(escape(sheet.gradeStatement()));
        out.append('\n');
        if (!sheet.figures().isEmpty()) {
            out.append("\n## 计算指标\n\n");
            for (TraceEntry.Computed c : sheet.figures()) {
                out.append("- ").append(escape(c.render())).append('\n');
            }
        }
        if (!sheet.findings().isEmpty()) {
            out.append("\n## 复核发现（自评得分与评价标准不符）\n\n");
            for (AuditFinding f : sheet.findings()) {
                out.append("- ✗ ").append(escape(f.render())).append('\n');
                for (String line : f.trace().lines()) {
                    out.append("  - ").append(escape(line)).append('\n');
                }
            }
        }
        if (!sheet.problems().isEmpty()) {
            out.append("\n## 问题\n\n");
            for (Problem p : sheet.problems()) {
                out.append("- ").append(escape(p.display())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Text as Markdown, the escaping this writer applies to every text it writes: Markdown and inline HTML are inert
     * after it, and line breaks become spaces so that a table cell stays one cell.
     *
     * @param s any text
     * @return the text, safe in a table cell or a list item
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']', '#', '~' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
