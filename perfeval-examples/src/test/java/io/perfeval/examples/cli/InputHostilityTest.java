package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, findings 2 and 6: one self-score of {@code -1e999999999} ran out of memory, {@code 1e-2147483648} escaped the
 * JSON readers as a raw exception. {@link HostileNumbers} feeds every extreme number through every entry point in a
 * child JVM with a 64 MB heap (the bound) and this test requires each case to end in a located problem in
 * time. The child runs on this JVM's class path, with the same java executable.
 */
class InputHostilityTest {

    @Test
    void everyExtremeNumberThroughEveryEntryPointGivesALocatedProblemIn64Megabytes() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), HostileNumbers.class.getName()))
                .redirectErrorStream(true);
        Process child = pb.start();
        byte[] output = child.getInputStream().readAllBytes();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        String summary = String.join("\n", text.lines().filter(l -> !l.startsWith("ok ")).toList());
        assertEquals(0, child.exitValue(), summary);
        assertTrue(text.contains("cases ") && text.contains(" failures 0"), summary);
        // every literal through every route: 12 literals × 17 routes less the 6 BigDecimal routes of the one literal
        // no BigDecimal holds, and 2 × 6 BigDecimal-only cases
        assertTrue(text.lines().filter(l -> l.startsWith("ok ")).count() >= 12 * 17 - 6 + 12, text);
    }
}
