package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.dsl.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@code check --explain} says of the Shijiazhuang pack — each criterion restated clause by clause, the text
 * scoring nothing, the scores either side of each threshold — pinned: a reviewer reads this file to see that the
 * pack reads the 石发〔2019〕8号 table as the table means. Regenerate with {@code GOLDEN_UPDATE=1} in the environment
 * only for a change of reading that is meant.
 */
class ShijiazhuangExplanationTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/perfeval/rules/hebei/shijiazhuang-explanation.txt");

    @Test
    void theExplanationOfEveryCriterionIsTheOneReviewed() throws IOException {
        String text;
        try (InputStream in = ShijiazhuangDepartmentPack.class.getResourceAsStream(
                "shijiazhuang-2019-department.perfeval")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Explanation e = Explanation.of(text, "shijiazhuang-2019-department.perfeval");
        assertTrue(e.compiled().pack().isPresent(), e.compiled().problems().toString());
        assertEquals(33, e.leaves().size());
        String now = e.render();
        if ("1".equals(System.getenv("GOLDEN_UPDATE"))) {
            Files.writeString(GOLDEN, now, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), now);
    }
}
