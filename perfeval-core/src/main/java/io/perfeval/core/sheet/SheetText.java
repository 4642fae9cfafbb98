package io.perfeval.core.sheet;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The score sheet as plain text laid out like the official 自评表 (一级指标 / 二级指标 / 三级指标 / 分值 / 得分 / 自评得分),
 * followed by the computed figures, the review findings with their traces, and the problems. Columns align in a
 * terminal: CJK and full-width characters count two columns.
 */
public final class SheetText {

    /**
     * The official table's title: 项目支出绩效自评表 for a pack whose id names the kind {@code project}
     * (region/template/kind, as in {@code national/caiyu-2020-10/project}), else 部门整体支出绩效自评表.
     */
    public static String title(ScoreSheet sheet) {
        return sheet.pack().id().endsWith("/project") ? "项目支出绩效自评表" : "部门整体支出绩效自评表";
    }

    private static final String[] HEADERS = {"一级指标", "二级指标", "三级指标", "分值", "得分", "自评得分", "复核"};

    private SheetText() {
    }

    public static String render(ScoreSheet sheet) {
        List<String[]> rows = new ArrayList<>();
        for (IndicatorResult top : sheet.indicators()) {
            rows(top, rows);
        }
        String selfTotal = "";
        for (AuditFinding f : sheet.findings()) {
            if (f.path().isEmpty()) {
                selfTotal = Decimals.trim(f.selfScore());
            }
        }
        rows.add(new String[] {"合计", "", "", Decimals.trim(sheet.maxTotal()),
                sheet.total().map(Decimals::plain).orElse("—"), selfTotal, selfTotal.isEmpty() ? "" : "✗"});

        int[] widths = new int[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) {
            widths[i] = width(HEADERS[i]);
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(title(sheet));
        if (!sheet.entity().isEmpty()) {
            out.append(" — ").append(oneLine(sheet.entity()));
        }
        out.append('\n').append("规则包：").append(oneLine(sheet.pack().id())).append(" ")
                .append(oneLine(sheet.pack().name()));
        if (!sheet.pack().basis().isEmpty()) {
            out.append("（依据 ").append(oneLine(sheet.pack().basis())).append("）");
        }
        out.append("\n\n");
        line(out, HEADERS, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        out.append('\n').append("等级：").append(sheet.gradeStatement());
        out.append('\n');
        if (!sheet.figures().isEmpty()) {
            out.append("\n计算指标：\n");
            for (TraceEntry.Computed c : sheet.figures()) {
                out.append("  ").append(oneLine(c.render())).append('\n');
            }
        }
        if (!sheet.findings().isEmpty()) {
            out.append("\n复核发现（自评得分与评价标准不符）：\n");
            for (AuditFinding f : sheet.findings()) {
                out.append("  ✗ ").append(oneLine(f.render())).append('\n');
                for (String l : f.trace().lines()) {
                    out.append("      ").append(oneLine(l)).append('\n');
                }
            }
        }
        if (!sheet.problems().isEmpty()) {
            out.append("\n问题：\n");
            for (io.perfeval.core.diag.Problem p : sheet.problems()) {
                out.append("  ").append(oneLine(p.display())).append('\n');
            }
        }
        return out.toString();
    }

    private static void rows(IndicatorResult r, List<String[]> rows) {
        String[] row = new String[HEADERS.length];
        for (int i = 0; i < 3; i++) {
            row[i] = "";
        }
        row[Math.min(r.level(), 3) - 1] = oneLine(r.name());
        row[3] = Decimals.trim(r.maxScore());
        row[4] = r.score().map(Decimals::plain).orElse(r.status().chinese());
        row[5] = r.selfScore().map(Decimals::trim).orElse("");
        row[6] = mark(r);
        rows.add(row);
        for (IndicatorResult c : r.children()) {
            rows(c, rows);
        }
    }

    private static String mark(IndicatorResult r) {
        if (r.selfScore().isEmpty()) {
            return "";
        }
        Optional<BigDecimal> score = r.score();
        return score.isPresent() && score.get().compareTo(r.selfScore().get()) == 0 ? "✓" : "✗";
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean numeric = i >= 3 && i <= 5;
            int pad = widths[i] - width(cells[i]);
            if (numeric) {
                l.append(" ".repeat(pad)).append(cells[i]);
            } else {
                l.append(cells[i]).append(" ".repeat(pad));
            }
            l.append("  ");
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    /**
     * Text from a pack or an input on one line of the sheet: a control character or line break (which the compiler and
     * the input readers refuse, but a pack built in code or an input made by a builder may carry) is written as a
     * visible escape ({@code \\u000A}), so no value can break the table or forge a line of it. Other writers of a
     * sheet use it for the same reason.
     */
    public static String oneLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (breaksLine(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
                for (int k = i; k < s.length(); k++) {
                    char c = s.charAt(k);
                    if (breaksLine(c)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
                return b.toString();
            }
        }
        return s;
    }

    private static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Terminal columns: East Asian wide and full-width characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        // “ ” are East Asian "ambiguous": one column in the usual UTF-8 terminal, so they count one here.
    }
}
