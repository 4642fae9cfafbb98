package io.perfeval.sheets;

import io.perfeval.sheets.FormLayout.Cell;
import io.perfeval.sheets.FormLayout.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The {@link FormLayout} on worksheets: each cell placed where an HTML table would put it (the next column its row has
 * free), spans merged, every cell of the table bordered, rows as high as their wrapped text needs, and the print setup
 * of the form: A4 landscape, one page wide, the header row repeated, title rows not.
 */
final class FormXlsx {

    /** Zero-based row of the title; the note line follows, then the lead block. */
    static final int TITLE_ROW = 0;
    static final int NOTE_ROW = 1;
    static final int FIRST_TABLE_ROW = 2;
    private static final String FONT = "宋体";
    /**
     * Points per line of 10-point text, and the padding of a row: page geometry for fastexcel's row heights (which
     * take a double), never a figure of the sheet.
     */
    private static final double LINE_HEIGHT = 13.5;
    private static final double ROW_PADDING = 4;

    private FormXlsx() {
    }

    static byte[] render(FormLayout.Form form) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "perfeval", "1.0");
            page(wb.newWorksheet(form.form().name()), form.form());
            page(wb.newWorksheet(form.projects().name()), form.projects());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return XlsxBytes.deterministic(bytes.toByteArray());
    }

    private static void page(Worksheet ws, Page page) {
        int columns = page.widths().size();
        for (int c = 0; c < columns; c++) {
            ws.width(c, page.widths().get(c));
        }
        ws.value(TITLE_ROW, 0, page.title());
        ws.range(TITLE_ROW, 0, TITLE_ROW, columns - 1).merge();
        ws.style(TITLE_ROW, 0).fontName(FONT).bold().fontSize(16).horizontalAlignment("center").set();
        ws.rowHeight(TITLE_ROW, 28);
        int split = columns - 3;
        ws.value(NOTE_ROW, 0, page.left());
        ws.range(NOTE_ROW, 0, NOTE_ROW, split - 1).merge();
        ws.style(NOTE_ROW, 0).fontName(FONT).fontSize(10).set();
        ws.value(NOTE_ROW, split, page.right());
        ws.range(NOTE_ROW, split, NOTE_ROW, columns - 1).merge();
        ws.style(NOTE_ROW, split).fontName(FONT).fontSize(10).horizontalAlignment("right").set();

        Set<Long> taken = new HashSet<>();
        int row = place(ws, page, page.lead(), FIRST_TABLE_ROW, taken);
        int headFirst = row;
        row = place(ws, page, page.head(), row, taken);
        if (row > headFirst) {
            ws.repeatRows(headFirst, row - 1);
        }
        place(ws, page, page.body(), row, taken);

        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation("landscape");
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.leftMargin(0.4f);
        ws.rightMargin(0.4f);
        ws.topMargin(0.5f);
        ws.bottomMargin(0.5f);
    }

    /** Places the rows from {@code row} on; returns the row after them. */
    private static int place(Worksheet ws, Page page, List<List<Cell>> rows, int row, Set<Long> taken) {
        for (List<Cell> cells : rows) {
            int col = 0;
            double lines = 1;
            for (Cell cell : cells) {
                while (taken.contains(key(row, col))) {
                    col++;
                }
                write(ws, row, col, cell);
                for (int r = row; r < row + cell.rows(); r++) {
                    for (int c = col; c < col + cell.cols(); c++) {
                        taken.add(key(r, c));
                        if (r != row || c != col) {
                            style(ws.style(r, c), cell.style());
                        }
                    }
                }
                if (cell.rows() > 1 || cell.cols() > 1) {
                    ws.range(row, col, row + cell.rows() - 1, col + cell.cols() - 1).merge();
                }
                if (cell.rows() == 1) {
                    int width = 0;
                    for (int c = col; c < col + cell.cols(); c++) {
                        width += page.widths().get(c);
                    }
                    lines = Math.max(lines, lines(cell.text(), width));
                }
                col += cell.cols();
            }
            if (lines > 1) {
                ws.rowHeight(row, lines * LINE_HEIGHT + ROW_PADDING);
            }
            row++;
        }
        return row;
    }

    private static void write(Worksheet ws, int row, int col, Cell cell) {
        if (cell.number().isPresent()) {
            ws.value(row, col, cell.number().get());
        } else if (!cell.text().isEmpty()) {
            ws.value(row, col, cell.text());
        }
        style(ws.style(row, col), cell.style());
    }

    private static void style(StyleSetter s, FormLayout.Style style) {
        s.fontName(FONT).fontSize(10).borderStyle("thin").verticalAlignment("center").wrapText(true);
        switch (style) {
            case LABEL, GROUP, CENTER -> s.horizontalAlignment("center");
            case HEADER -> s.horizontalAlignment("center").bold().fillColor("EEEEEE");
            case NUMBER -> s.horizontalAlignment("right");
            case MARK_OK -> s.horizontalAlignment("center").fontColor("176117");
            case MARK_BAD -> s.horizontalAlignment("center").fontColor("B00020").bold();
            case TEXT, FILL, TITLE, NOTE -> s.horizontalAlignment("left");
        }
        s.set();
    }

    /**
     * The lines a text takes in a column of {@code width} characters: a Chinese character is two characters of the
     * workbook's default font wide, anything else one; a line break starts a line.
     */
    static int lines(String text, int width) {
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < part.length(); i++) {
                units += part.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (units + usable - 1) / usable);
        }
        return lines;
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }
}
