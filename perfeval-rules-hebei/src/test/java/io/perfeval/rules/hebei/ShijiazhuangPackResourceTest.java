package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The Shijiazhuang 2019 department pack loads from the class path, with the table's structure. */
class ShijiazhuangPackResourceTest {

    @Test
    void loadsFromTheClassPath() {
        RulePack pack = PackCompiler.fromResource("io/perfeval/rules/hebei/shijiazhuang-2019-department.perfeval");
        assertEquals("hebei/shijiazhuang-2019/department", pack.info().id());
        assertEquals("石发〔2019〕8号", pack.info().basis());
        assertEquals(33, pack.leaves().size());
        assertEquals(4, pack.indicators().size());
        assertEquals(0, new BigDecimal("100").compareTo(pack.totalScore()));
        assertEquals(java.util.List.of("20", "40", "25", "15"),
                pack.indicators().stream().map(i -> i.maxScore().toPlainString()).toList());
    }
}
