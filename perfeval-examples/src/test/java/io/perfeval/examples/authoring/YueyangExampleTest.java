package io.perfeval.examples.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example through the registry: every line against the hand-worked table, the review of the reported
 * scores, and the whole printed sheet against its golden file (regenerate with {@code -Dperfeval.golden.write=true}
 * and read the diff).
 */
class YueyangExampleTest {

    private static final String GOLDEN = "yueyang-example-sheet.txt";

    @Test
    void everyLineIsWhatTheHandWorkedTableGives() {
        ScoreSheet sheet = YueyangExample.sheet();
        List<String[]> rows = AuthoringFiles.tsv("yueyang-example-expected.tsv");
        List<IndicatorResult> lines = sheet.flatten();
        assertEquals(rows.size(), lines.size(), "one row per line of the sheet");
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            IndicatorResult line = lines.get(i);
            assertEquals(row[0], line.pathString());
            assertEquals(0, new BigDecimal(row[1]).compareTo(line.maxScore()), row[0]);
            assertEquals(Status.SCORED, line.status(), row[0] + " " + line.problems());
            assertEquals(new BigDecimal(row[2]), line.score().orElseThrow(), row[0] + "：" + line.trace().render());
            if (row.length > 3) {
                assertEquals(0, new BigDecimal(row[3]).compareTo(line.selfScore().orElseThrow()), row[0]);
            }
        }
        assertEquals(new BigDecimal("28.35"), sheet.total().orElseThrow());
        assertEquals("未评等级", sheet.grade().orElseThrow().name());
        assertEquals(List.of(), sheet.problems());
    }

    @Test
    void theReviewFindsTheFullMarksClaimedForStaffing() {
        List<AuditFinding> findings = YueyangExample.sheet().findings();
        assertEquals(List.of("财政供养人员控制率：自评 5 分，按评价标准应得 3.75 分（相差 +1.25 分）"),
                findings.stream().map(AuditFinding::render).toList());
        String why = findings.get(0).trace().render();
        assertTrue(why.contains("2.5 档 × 0.5 分 = 扣 1.25 分"), why);
    }

    @Test
    void theFallingThreePublicExpensesRateIsComputedFromTheTwoYears() {
        ScoreSheet sheet = YueyangExample.sheet();
        assertEquals(List.of("三公经费变动率 = (本年度三公经费总额 - 上年度三公经费总额) / 上年度三公经费总额 × 100% = "
                + "(12.1 - 12.5) / 12.5 × 100% = -3.20%"), sheet.figures().stream().map(f -> f.render()).toList());
    }

    @Test
    void thePrintedSheetMatchesTheGoldenFile() throws IOException {
        String rendered = SheetText.render(YueyangExample.sheet());
        Path golden = Path.of("src/test/resources", AuthoringFiles.DIR, GOLDEN);
        if (Boolean.getBoolean("perfeval.golden.write")) {
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(AuthoringFiles.text(AuthoringFiles.DIR + GOLDEN), rendered);
    }
}
