package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Decimals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exact analysis of the Shijiazhuang 2019 pack: every finding and every indicator's score range, against the golden
 * file that perfeval-rules-hebei/README.md explains. Regenerate after a deliberate change with
 * {@code -Dperfeval.golden.write=true} and read the diff.
 */
class ShijiazhuangAnalysisTest {

    private static final String GOLDEN = "io/perfeval/rules/hebei/shijiazhuang-2019-analysis.txt";

    private static final PackAnalysis ANALYSIS = PackAnalysis.analyze(ShijiazhuangDepartmentPack.pack());

    private static String message(String code, String indicator) {
        return ANALYSIS.findings().stream().filter(p -> p.code().equals(code) && p.subject().endsWith("/" + indicator))
                .map(Problem::message).findFirst().orElseThrow(() -> new AssertionError(code + " " + indicator));
    }

    @Test
    void theSeedsRealDefectsAreAmongTheFindings() {
        assertEquals("列明的扣分最多可达 9 分，超过分值 6 分，且评价标准未写明“扣完为止”", message("W101", "项目预算功能分类等编制合规性"));
        assertEquals("列明的扣分最多可达 3 分，超过分值 2 分，且评价标准未写明“扣完为止”", message("W101", "预算编制完整性"));
        assertEquals("结转结余率在 50% 处得分跳变：49.99% 时 0.2 分，50% 时 0 分（跳变 0.2 分）",
                ANALYSIS.findings().stream().filter(p -> p.code().equals("W117") && p.message().contains("50%"))
                        .map(Problem::message).findFirst().orElseThrow());
        assertTrue(message("W102", "支出进度").contains("最低仍得 1 分"));
        assertTrue(message("W102", "绩效指标科学性").contains("最低仍得 2 分"));
        assertEquals(0, ANALYSIS.leaf("支出进度").orElseThrow().min().compareTo(Decimals.round(
                java.math.BigDecimal.ONE, 2, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void aNegativeBudgetAdjustmentRateHasNoRule() {
        assertEquals("预算调整率 ∈ (-∞, 0%) 时无对应评分规则", message("W114", "预算调整率"));
    }

    @Test
    void everyFindingHasAPlaceInThePackFile() {
        for (Problem p : ANALYSIS.findings()) {
            assertTrue(p.location().isPresent(), p::toString);
            assertTrue(p.location().get().file().endsWith("shijiazhuang-2019-department.perfeval"), p::toString);
        }
    }

    @Test
    void findingsAndRangesMatchTheGoldenFile() throws IOException {
        String actual = render();
        if (Boolean.getBoolean("perfeval.golden.write")) {
            Files.writeString(Path.of("src/test/resources", GOLDEN), actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
            assertTrue(in != null, "missing golden file " + GOLDEN);
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
        }
    }

    static String render() {
        List<String> lines = new ArrayList<>();
        lines.add("# 石家庄 2019 部门整体支出规则包的精确分析（PackAnalysis），由 ShijiazhuangAnalysisTest 核对");
        for (Problem p : ANALYSIS.findings()) {
            lines.add(p.display());
        }
        lines.add("");
        lines.add("# 得分范围 [最低, 最高] / 分值；得分方向");
        for (LeafSummary l : ANALYSIS.leaves()) {
            StringBuilder s = new StringBuilder(l.path()).append(" [").append(Decimals.trim(l.min())).append(", ")
                    .append(Decimals.trim(l.max())).append("] / ").append(Decimals.trim(l.maxScore()));
            for (Map.Entry<String, io.perfeval.core.analysis.Trend> t : l.trends().entrySet()) {
                s.append("；").append(t.getKey()).append("增大时得分").append(t.getValue().chinese());
            }
            lines.add(s.toString());
        }
        return String.join("\n", lines) + "\n";
    }
}
