package io.perfeval.examples.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.examples.authoring.AuthoringFiles.SourceRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The pack says what the published table says: every 评价标准 is the quoted row character for character, every 分值 and
 * every 一级/二级 placement is the table's, and nothing is authored beyond the rows the stored source shows in full.
 */
class YueyangSourceTest {

    private static final RulePack PACK = YueyangDepartmentPack.pack();

    private static List<SourceRow> complete() {
        return AuthoringFiles.sourceRows().stream().filter(r -> !r.maxScore().equals("?")).toList();
    }

    @Test
    void theSourceHasNineCompleteRowsAndOneTruncatedRow() {
        List<SourceRow> rows = AuthoringFiles.sourceRows();
        assertEquals(10, rows.size());
        SourceRow last = rows.get(rows.size() - 1);
        assertEquals("预决算信息公开性和完善性", last.name());
        assertEquals("?", last.maxScore(), "the truncated row has no 分值 in the stored copy");
        assertEquals(9, complete().size());
    }

    @Test
    void everyCriterionIsTheSourceRowVerbatim() {
        Map<String, Indicator.Leaf> leaves = PACK.leaves().stream()
                .collect(Collectors.toMap(Indicator.Leaf::name, Function.identity()));
        assertEquals(complete().stream().map(SourceRow::name).toList(),
                PACK.leaves().stream().map(Indicator.Leaf::name).toList(), "the rows, in table order, and no others");
        for (SourceRow row : complete()) {
            Indicator.Leaf leaf = leaves.get(row.name());
            assertEquals(row.criterion(), leaf.criterion(), row.name());
            assertEquals(0, new BigDecimal(row.maxScore()).compareTo(leaf.maxScore()), row.name());
            assertEquals("", leaf.description(), "the table has no 指标解释 column: " + row.name());
        }
    }

    @Test
    void everyRowSitsUnderItsTablesLevelOneAndLevelTwoIndicator() {
        List<IndicatorResult> lines = PACK.evaluate(YueyangExample.input()).leaves();
        for (int i = 0; i < lines.size(); i++) {
            SourceRow row = complete().get(i);
            assertEquals(List.of(stripScore(row.level1()), stripScore(row.level2()), row.name()), lines.get(i).path());
        }
    }

    @Test
    void groupScoresAreTheSumsOfTheRowsAuthoredAndTheFileSaysSo() {
        // the table's 过程 is 40 and 预算管理 15; only 21 and 6 of them are shown in full
        assertEquals(0, new BigDecimal("36").compareTo(PACK.totalScore()));
        assertEquals(0, new BigDecimal("21").compareTo(PACK.indicator("过程").orElseThrow().maxScore()));
        assertEquals(0, new BigDecimal("6").compareTo(PACK.indicator("预算管理").orElseThrow().maxScore()));
        String text = AuthoringFiles.packText();
        assertTrue(text.contains("原表：过程 40 分、预算管理 15 分"), "the pack file states the table's own group scores");
    }

    private static String stripScore(String printed) {
        return printed.replaceFirst("\\(\\d+分\\)$", "");
    }
}
