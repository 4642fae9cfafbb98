package io.perfeval.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rewrite of fastexcel's output that makes a workbook the same bytes for the same sheet, on its own. */
class XlsxBytesTest {

    @Test
    void mergedRangesAreSortedAndNothingElseMoves() {
        String xml = "<worksheet><sheetData/><mergeCells count=\"3\"><mergeCell ref=\"A3:I3\"/>"
                + "<mergeCell ref=\"A1:I1\"/><mergeCell ref=\"A2:I2\"/></mergeCells><pageMargins/></worksheet>";
        assertEquals("<worksheet><sheetData/><mergeCells count=\"3\"><mergeCell ref=\"A1:I1\"/>"
                + "<mergeCell ref=\"A2:I2\"/><mergeCell ref=\"A3:I3\"/></mergeCells><pageMargins/></worksheet>",
                XlsxBytes.sortedMerges(xml));
        assertEquals("<worksheet/>", XlsxBytes.sortedMerges("<worksheet/>"));
    }
}
