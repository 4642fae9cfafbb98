package io.perfeval.examples.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.diag.Problem;
import io.perfeval.dsl.CompileResult;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.dsl.PackPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What {@code perfeval check} says about the Yueyang pack: the compiler has nothing to report, and every finding of
 * the exact analysis is one the table's own wording explains (listed below and in perfeval-examples/README.md). The
 * findings with their messages and every indicator's score range are pinned in {@code yueyang-analysis.txt}
 * (regenerate with {@code -Dperfeval.golden.write=true} and read the diff).
 */
class YueyangAnalysisTest {

    private static final String GOLDEN = "yueyang-analysis.txt";

    private static final PackAnalysis ANALYSIS = PackAnalysis.analyze(YueyangDepartmentPack.pack());

    /** Every finding, by code and indicator, with the reason it is the text's and not a defect of the pack. */
    static final Map<String, String> EXPLAINED = new TreeMap<>(Map.of(
            "W117 重点支出安排率", "the table's bands step at 60%, 70%, 80% and 90% (four jumps, as written)",
            "W117 预算调整率", "the table's bands step after 10%, 20% and 30% (three jumps, as written)",
            "W123 资金结余", "「结余超过上年结转」 compares two data; the lattice suggests its clause overlaps the first two at "
                    + "结余 = 0 and that no clause scores some 结余 > 0, which would need a negative 上年结转 — no input has "
                    + "one, so the analysis says it dropped the claims instead of stating them"));

    @Test
    void theCompilerHasNothingToReport() {
        CompileResult r = PackCompiler.compile(AuthoringFiles.packText(), YueyangDepartmentPack.RESOURCE);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(), YueyangDepartmentPack.pack().warnings());
    }

    @Test
    void theCanonicalFormCompilesBackToTheSamePack() {
        // what PackPrinter writes (every reading as 规则：) is the pack: a reviewer may read either
        RulePack pack = YueyangDepartmentPack.pack();
        assertEquals(pack, PackCompiler.compileOrThrow(PackPrinter.print(pack), "printed.perfeval"));
    }

    @Test
    void everyFindingOfTheAnalysisIsExplainedByTheWording() {
        Map<String, Integer> found = new TreeMap<>();
        for (Problem p : ANALYSIS.findings()) {
            String indicator = p.subject().substring(p.subject().lastIndexOf('/') + 1);
            found.merge(p.code() + " " + indicator, 1, Integer::sum);
            assertTrue(p.location().isPresent(), p::toString);
        }
        assertEquals(EXPLAINED.keySet(), found.keySet());
        assertEquals(Map.of("W117 重点支出安排率", 4, "W117 预算调整率", 3, "W123 资金结余", 1), found);
    }

    @Test
    void everyIndicatorCanScoreFromZeroToItsFullMarks() {
        for (LeafSummary l : ANALYSIS.leaves()) {
            assertEquals(0, l.min().signum(), l.path());
            assertEquals(0, l.max().compareTo(l.maxScore()), l.path());
        }
    }

    @Test
    void findingsAndRangesMatchTheGoldenFile() throws IOException {
        String actual = render();
        if (Boolean.getBoolean("perfeval.golden.write")) {
            Files.writeString(Path.of("src/test/resources", AuthoringFiles.DIR, GOLDEN), actual, StandardCharsets.UTF_8);
        }
        assertEquals(AuthoringFiles.text(AuthoringFiles.DIR + GOLDEN), actual);
    }

    static String render() {
        List<String> lines = new ArrayList<>();
        lines.add("# 岳阳市部门整体支出评分表（节选）规则包的精确分析（PackAnalysis），由 YueyangAnalysisTest 核对");
        for (Problem p : ANALYSIS.findings()) {
            lines.add(p.display());
        }
        lines.add("");
        lines.add("# 得分范围 [最低, 最高] / 分值；得分方向");
        for (LeafSummary l : ANALYSIS.leaves()) {
            StringBuilder s = new StringBuilder(l.path()).append(" [").append(l.min().stripTrailingZeros().toPlainString())
                    .append(", ").append(l.max().stripTrailingZeros().toPlainString()).append("] / ")
                    .append(l.maxScore().stripTrailingZeros().toPlainString());
            l.trends().forEach((axis, trend) -> s.append("；").append(axis).append("增大时得分").append(trend.chinese()));
            lines.add(s.toString());
        }
        return String.join("\n", lines) + "\n";
    }
}
