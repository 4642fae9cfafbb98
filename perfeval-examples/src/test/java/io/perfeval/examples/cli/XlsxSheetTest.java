package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.sheets.XlsxSheet;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

    private static List<Row> rows(byte[] xlsx, String sheetName) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.findSheet(sheetName).orElseThrow().read();
        }
    }

    private static Row row(List<Row> rows, int rowNum) {
        return rows.stream().filter(r -> r.getRowNum() == rowNum + 1).findFirst().orElseThrow();
    }

    @Test
    void theSelfEvaluationTableReadsBackCellByCellWithNumbersAsNumbers() throws Exception {
        ScoreSheet sheet = TestPack.sheet();
        List<Row> rows = rows(XlsxSheet.render(sheet), "自评表");
        assertEquals("部门整体支出绩效自评表", row(rows, 0).getCellAsString(0).orElseThrow());
        assertEquals("填报单位：测试单位", row(rows, 1).getCellAsString(0).orElseThrow());
        Row header = row(rows, XlsxSheet.HEADER_ROW);
        for (int c = 0; c < XlsxSheet.headers().size(); c++) {
            assertEquals(XlsxSheet.headers().get(c), header.getCellAsString(c).orElseThrow());
        }
        List<IndicatorResult> flat = sheet.flatten();
        for (int i = 0; i < flat.size(); i++) {
            IndicatorResult r = flat.get(i);
            Row row = row(rows, XlsxSheet.HEADER_ROW + 1 + i);
            assertEquals(r.name(), row.getCellAsString(Math.min(r.level(), 3) - 1).orElseThrow());
            assertEquals(CellType.NUMBER, row.getCell(4).getType(), r.name());
            assertEquals(0, r.maxScore().compareTo(row.getCellAsNumber(4).orElseThrow()), r.name());
            assertEquals(CellType.NUMBER, row.getCell(5).getType(), r.name());
            assertEquals(0, r.score().orElseThrow().compareTo(row.getCellAsNumber(5).orElseThrow()), r.name());
            if (r.selfScore().isPresent()) {
                assertEquals(CellType.NUMBER, row.getCell(6).getType(), r.name());
                assertEquals(0, r.selfScore().get().compareTo(row.getCellAsNumber(6).orElseThrow()));
            }
            if (r.isLeaf()) {
                assertEquals(String.join("\n", r.trace().lines()), row.getCellAsString(8).orElseThrow());
            }
        }
        Row leaf = row(rows, XlsxSheet.HEADER_ROW + 3);
        assertEquals("绩效指标科学性", leaf.getCellAsString(2).orElseThrow());
        assertEquals("全部符合得满分；一项不符合扣0.5分。", leaf.getCellAsString(3).orElseThrow());
        assertEquals(new BigDecimal("3.5"), leaf.getCellAsNumber(5).orElseThrow().stripTrailingZeros());
        assertEquals("✗", leaf.getCellAsString(7).orElseThrow());
        Row total = row(rows, XlsxSheet.HEADER_ROW + 1 + flat.size());
        assertEquals("合计", total.getCellAsString(0).orElseThrow());
        assertEquals(0, new BigDecimal("100").compareTo(total.getCellAsNumber(4).orElseThrow()));
        assertEquals(0, new BigDecimal("86.5").compareTo(total.getCellAsNumber(5).orElseThrow()));
        assertEquals(0, new BigDecimal("92.5").compareTo(total.getCellAsNumber(6).orElseThrow()));
        Row grade = row(rows, XlsxSheet.HEADER_ROW + 2 + flat.size());
        assertEquals("等级", grade.getCellAsString(0).orElseThrow());
        assertEquals("优秀", grade.getCellAsString(1).orElseThrow());
    }

    @Test
    void theSecondSheetListsFiguresAndFindings() throws Exception {
        List<Row> rows = rows(XlsxSheet.render(TestPack.sheet()), "计算指标与复核");
        assertEquals("计算指标", row(rows, 0).getCellAsString(0).orElseThrow());
        assertEquals("收入预算完成率", row(rows, 1).getCellAsString(0).orElseThrow());
        assertEquals(0, new BigDecimal("100").compareTo(row(rows, 1).getCellAsNumber(1).orElseThrow()));
        assertEquals("复核发现", row(rows, 3).getCellAsString(0).orElseThrow());
        Row finding = row(rows, 5);
        assertEquals("投入/预算编制/绩效指标科学性", finding.getCellAsString(0).orElseThrow());
        assertEquals(0, new BigDecimal("0.5").compareTo(finding.getCellAsNumber(4).orElseThrow()));
        assertTrue(finding.getCellAsString(5).orElseThrow().contains("按评价标准应得 3.5 分"));
    }
}
