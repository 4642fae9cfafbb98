package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.dsl.PackPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Byte-identical output for the same pack and input: across runs, across JVMs and whatever the default locale, time
 * zone or file encoding; and the evaluation record that lets an audited result be reproduced.
 */
class DeterminismTest {

    @ParameterizedTest(name = "second JVM with {0}")
    @ValueSource(strings = {"th-TH-TH|Asia/Bangkok|ISO-8859-1", "tr-TR|Pacific/Kiritimati|UTF-8",
        "ar-SA|America/Los_Angeles|US-ASCII", "de-DE|Europe/Berlin|UTF-8"})
    void aSecondJvmWithAnotherLocaleWritesTheSameBytes(String setting) throws Exception {
        String[] s = setting.split("\\|");
        Locale locale = Locale.forLanguageTag(s[0]);
        byte[] here = SheetDump.dump().getBytes(StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + locale.getLanguage(), "-Duser.country=" + locale.getCountry(),
                "-Duser.variant=" + locale.getVariant(), "-Duser.timezone=" + s[1], "-Dfile.encoding=" + s[2],
                "-cp", System.getProperty("java.class.path"), SheetDump.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] there = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(here.length > 10_000, "the dump covers many sheets");
        assertArrayEquals(here, there, "sheets from a JVM with " + setting);
    }

    @Test
    void twoRunsInOneJvmWriteTheSameBytes() {
        assertEquals(SheetDump.dump(), SheetDump.dump());
    }

    @Test
    void theRecordNamesThePackItsContentTheInputAndTheLibrary() {
        RulePack pack = ShijiazhuangDepartmentPack.pack();
        EvaluationInput gaoyi = VariedInputs.gaoyi();
        EvaluationRecord r = pack.evaluate(gaoyi).record().orElseThrow();
        assertEquals(ShijiazhuangDepartmentPack.ID, r.packId());
        assertEquals("2019", r.packVersion());
        assertEquals(pack.contentHash(), r.packHash());
        assertTrue(r.packHash().matches("[0-9a-f]{64}") && r.inputHash().matches("[0-9a-f]{64}"), r.render());
        assertEquals(System.getProperty("perfeval.expected.version", r.libraryVersion()), r.libraryVersion());
        assertNotEquals("unknown", r.libraryVersion(), "the version comes from the build-filtered resource");

        // the same content, printed and compiled again (other layout, no comments): the same hash
        RulePack reprinted = PackCompiler.compileOrThrow(PackPrinter.print(pack), "printed.perfeval");
        assertEquals(pack.contentHash(), reprinted.contentHash());
        // a changed threshold is another pack
        RulePack changed = PackCompiler.compileOrThrow(PackPrinter.print(pack).replaceFirst("≤ 100%", "≤ 101%"),
                "changed.perfeval");
        assertNotEquals(pack, changed);
        assertNotEquals(pack.contentHash(), changed.contentHash());

        // the input hash follows the input's content, not its identity or insertion order
        EvaluationInput same = VariedInputs.make(1, 1L).get(0);
        EvaluationInput again = VariedInputs.make(1, 1L).get(0);
        assertEquals(pack.evaluate(same).record().orElseThrow().inputHash(),
                pack.evaluate(again).record().orElseThrow().inputHash());
        assertNotEquals(r.inputHash(), pack.evaluate(same).record().orElseThrow().inputHash());
        assertEquals(pack.evaluate(gaoyi), pack.evaluate(VariedInputs.gaoyi()));
    }
}
