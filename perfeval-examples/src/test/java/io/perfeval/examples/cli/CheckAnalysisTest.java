package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} prints the exact analysis compiler style; the Hebei pack passes with its documented warnings only. */
class CheckAnalysisTest {

    @TempDir
    Path dir;

    private Path hebei() throws Exception {
        Path file = dir.resolve("shijiazhuang-2019-department.perfeval");
        try (InputStream in = ShijiazhuangDepartmentPack.class.getClassLoader()
                .getResourceAsStream(ShijiazhuangDepartmentPack.RESOURCE)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theHebeiPackPassesWithItsKnownWarnings() throws Exception {
        Path file = hebei();
        TestPack.Run run = TestPack.run("check", file.toString());
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains(file + ":117:8: 警告 W117 [过程/预算执行/资金结余结转率] 结转结余率在 50% 处得分跳变：49.99% 时 0.2 分，"
                + "50% 时 0 分（跳变 0.2 分）"), out);
        assertTrue(out.contains(file + ":94:8: 警告 W101"), out);
        assertTrue(out.contains(file + ":108:8: 警告 W114 [过程/预算执行/预算调整率] 预算调整率 ∈ (-∞, 0%) 时无对应评分规则"), out);
        assertTrue(out.contains("warning W117"), "each finding is also given in English: " + out);
        // The documented list in perfeval-rules-hebei/README.md: 2 × W101, 2 × W102, W114, W115, 4 × W117, 2 × W119,
        // and the compiler's own D011 on the 「每增个百分点」 slip.
        assertTrue(out.contains("0 个错误，13 个警告"), out);
    }

    @Test
    void rangesListEachIndicatorsExactScoreRange() throws Exception {
        TestPack.Run run = TestPack.run("check", "--ranges", hebei().toString());
        assertEquals(PerfevalCli.EXIT_OK, run.code(), run.err());
        assertTrue(run.out().contains("  过程/预算执行/支出进度  [1, 4] / 4"), run.out());
        assertTrue(run.out().contains("  过程/预算执行/资金结余结转率  [0, 2] / 2  结转结余率↑ 随之不增"), run.out());
    }
}
