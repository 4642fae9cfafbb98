package io.perfeval.sheets;

import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.TraceEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The 自评表 as an xlsx workbook, the form finance bureaus exchange. Sheet 「自评表」: a title row, 填报单位, 规则包,
 * then the table (一级指标 / 二级指标 / 三级指标 / 评价标准 / 分值 / 得分 / 自评得分 / 复核 / 计分过程), 合计 and 等级.
 * 分值, 得分 and 自评得分 are numeric cells (decimals, never text); an indicator that could not be scored has its status
 * as text in 得分. Sheet 「计算指标与复核」 lists the computed figures and the review findings. The workbook is the same
 * bytes for the same sheet (no time of writing in it), and prints landscape, one page wide.
 */
public final class XlsxSheet {

    /** Zero-based row of the table header on sheet 「自评表」; the indicators follow it in table order. */
    public static final int HEADER_ROW = 3;

    private static final String[] HEADERS = {"一级指标", "二级指标", "三级指标", "评价标准", "分值", "得分", "自评得分", "复核",
        "计分过程"};

    private XlsxSheet() {
    }

    /**
     * The column headers of the table on sheet 「自评表」, in column order from column A.
     *
     * @return the headers
     */
    public static List<String> headers() {
        return List.of(HEADERS);
    }

    /**
     * The sheet as an xlsx workbook (Office Open XML).
     *
     * @param sheet the sheet to write
     * @return the workbook's bytes
     */
    public static byte[] render(ScoreSheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "perfeval", "1.0");
            table(wb.newWorksheet("自评表"), sheet);
            details(wb.newWorksheet("计算指标与复核"), sheet);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return XlsxBytes.deterministic(bytes.toByteArray());
    }

    private static void table(Worksheet ws, ScoreSheet sheet) {
        heading(ws, sheet);
        int row = HEADER_ROW + 1;
        for (IndicatorResult r : sheet.flatten()) {
            ws.value(row, Math.min(r.level(), 3) - 1, r.name());
            if (!r.criterion().isEmpty()) {
                ws.value(row, 3, r.criterion());
            }
            ws.value(row, 4, number(r.maxScore()));
            if (r.score().isPresent()) {
                ws.value(row, 5, number(r.score().get()));
            } else {
                ws.value(row, 5, r.status().chinese());
            }
            if (r.selfScore().isPresent()) {
                ws.value(row, 6, number(r.selfScore().get()));
                boolean agrees = r.score().isPresent() && r.score().get().compareTo(r.selfScore().get()) == 0;
                ws.value(row, 7, agrees ? "✓" : "✗");
            }
            if (r.isLeaf()) {
                ws.value(row, 8, String.join("\n", r.trace().lines()));
                ws.style(row, 8).wrapText(true).set();
                ws.style(row, 3).wrapText(true).set();
            } else {
                ws.range(row, 0, row, HEADERS.length - 1).style().bold().set();
            }
            row++;
        }
        ws.value(row, 0, "合计");
        ws.value(row, 4, number(sheet.maxTotal()));
        if (sheet.total().isPresent()) {
            ws.value(row, 5, number(sheet.total().get()));
        } else {
            ws.value(row, 5, "无法计算");
        }
        Optional<AuditFinding> totalFinding = sheet.findings().stream().filter(f -> f.path().isEmpty()).findFirst();
        if (totalFinding.isPresent()) {
            ws.value(row, 6, number(totalFinding.get().selfScore()));
            ws.value(row, 7, "✗");
        }
        ws.range(row, 0, row, HEADERS.length - 1).style().bold().set();
        row++;
        ws.value(row, 0, "等级");
        ws.value(row, 1, sheet.grade().map(g -> g.name()).orElse("无法评定"));
        if (sheet.grade().isPresent()) {
            ws.value(row, 2, sheet.grade().get().display() + (sheet.vetoed() ? "（一票否决）" : ""));
        }
        int[] widths = {14, 18, 26, 48, 7, 8, 9, 6, 70};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, HEADER_ROW + 1);
        ws.pageOrientation("landscape");
        ws.fitToWidth((short) 1);
    }

    /** Title, 填报单位 and 规则包 above the table, and the header row. */
    private static void heading(Worksheet ws, ScoreSheet sheet) {
        ws.value(0, 0, SheetText.title(sheet));
        ws.range(0, 0, 0, HEADERS.length - 1).merge();
        ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
        ws.value(1, 0, "填报单位：" + sheet.entity());
        ws.range(1, 0, 1, HEADERS.length - 1).merge();
        ws.value(2, 0, "规则包：" + sheet.pack().id() + " " + sheet.pack().name()
                + (sheet.pack().basis().isEmpty() ? "" : "（依据 " + sheet.pack().basis() + "）"));
        ws.range(2, 0, 2, HEADERS.length - 1).merge();
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(HEADER_ROW, c, HEADERS[c]);
            ws.style(HEADER_ROW, c).bold().fillColor("EEEEEE").borderStyle("thin").set();
        }
    }

    private static void details(Worksheet ws, ScoreSheet sheet) {
        int row = 0;
        ws.value(row, 0, "计算指标");
        ws.style(row, 0).bold().set();
        row++;
        for (TraceEntry.Computed c : sheet.figures()) {
            ws.value(row, 0, c.name());
            ws.value(row, 1, number(c.value().value()));
            ws.value(row, 2, c.value().unit().symbol());
            ws.value(row, 3, c.render());
            row++;
        }
        row++;
        ws.value(row, 0, "复核发现");
        ws.style(row, 0).bold().set();
        row++;
        String[] headers = {"指标", "分值", "自评得分", "应得分", "相差", "说明", "计分过程"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(row, c, headers[c]);
            ws.style(row, c).bold().set();
        }
        row++;
        for (AuditFinding f : sheet.findings()) {
            ws.value(row, 0, f.path().isEmpty() ? "合计" : String.join("/", f.path()));
            ws.value(row, 1, number(f.maxScore()));
            ws.value(row, 2, number(f.selfScore()));
            if (f.computed().isPresent()) {
                ws.value(row, 3, number(f.computed().get()));
                ws.value(row, 4, number(f.difference().orElseThrow()));
            }
            ws.value(row, 5, f.render());
            ws.value(row, 6, String.join("\n", f.trace().lines()));
            row++;
        }
        ws.width(0, 30);
        ws.width(5, 50);
        ws.width(6, 70);
    }

    /** fastexcel writes a Number with toString(): keep it plain (1E+2 → 100). */
    private static BigDecimal number(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
