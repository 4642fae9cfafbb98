package io.perfeval.examples.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.analysis.PackAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's section "Authoring a pack for another region" true: its pack excerpts are in the pack file, its
 * Java is the example's code, its sheet excerpt is the golden sheet's, and its counts and tables are the tests' data.
 */
class AuthoringReadmeTest {

    private static final String HEADING = "## Authoring a pack for another region";

    private static String section() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf(HEADING);
        assertTrue(at >= 0, "the README has the section");
        int end = readme.indexOf("\n## ", at + HEADING.length());
        return readme.substring(at, end < 0 ? readme.length() : end);
    }

    /** The fenced blocks of {@code language} ("" for a fence without one), read fence by fence. */
    private static List<String> blocks(String section, String language) {
        List<String> out = new ArrayList<>();
        StringBuilder block = null;
        boolean wanted = false;
        for (String line : section.lines().toList()) {
            if (block == null && line.startsWith("```")) {
                block = new StringBuilder();
                wanted = line.substring(3).strip().equals(language);
            } else if (block != null && line.equals("```")) {
                if (wanted) {
                    out.add(block.toString());
                }
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return out;
    }

    @Test
    void everyFileTheTemplateListsExists() throws IOException {
        Matcher m = Pattern.compile("^\\| `((?:main|test)/[^`]+)` \\|", Pattern.MULTILINE).matcher(section());
        int files = 0;
        while (m.find()) {
            assertTrue(Files.isRegularFile(Path.of("src", m.group(1))), m.group(1));
            files++;
        }
        assertEquals(9, files);
    }

    @Test
    void thePackExcerptsAreInThePackFile() throws IOException {
        List<String> excerpts = blocks(section(), "perfeval");
        assertEquals(2, excerpts.size());
        for (String excerpt : excerpts) {
            assertTrue(AuthoringFiles.packText().contains(excerpt), excerpt);
        }
    }

    @Test
    void theJavaIsTheExamplesCodeAndTheRegistryKnowsThePack() throws IOException {
        Set<String> source = Files.readAllLines(Path.of("src/main/java/io/perfeval/examples/authoring/YueyangExample.java"))
                .stream().map(String::strip).collect(Collectors.toSet());
        for (String line : blocks(section(), "java").get(0).lines().map(String::strip).toList()) {
            if (!line.startsWith("//")) {
                assertTrue(source.contains(line), line);
            }
        }
        assertTrue(PackRegistry.fromClassPath().packs().stream()
                .anyMatch(p -> p.id().equals(YueyangDepartmentPack.ID)), "registered through META-INF/services");
        assertEquals(YueyangDepartmentPack.pack().info(), new YueyangDepartmentPack().info(),
                "the registry's listing says what the pack file says");
        String services = AuthoringFiles.text("META-INF/services/io.perfeval.core.PackSource");
        assertTrue(services.lines().anyMatch(l -> l.equals(YueyangDepartmentPack.class.getName())), services);
    }

    @Test
    void theSheetExcerptIsTheGoldenSheets() throws IOException {
        Set<String> golden = Set.copyOf(AuthoringFiles.text(AuthoringFiles.DIR + "yueyang-example-sheet.txt").lines()
                .toList());
        String excerpt = blocks(section(), "").stream().filter(b -> b.contains("合计")).findFirst().orElseThrow();
        for (String line : excerpt.lines().toList()) {
            if (!line.equals("…")) {
                assertTrue(golden.contains(line), line);
            }
        }
    }

    @Test
    void theCountsAndTablesAreTheTestsData() throws IOException {
        String section = section();
        List<String[]> readings = AuthoringFiles.tsv("readings.tsv");
        long asWritten = readings.stream().filter(r -> r[1].equals("照写")).count();
        long declared = readings.stream().filter(r -> r[1].equals("读法")).count();
        long judged = readings.stream().filter(r -> r[1].equals("判断")).count();
        assertEquals(List.of(7L, 2L, 0L), List.of(asWritten, declared, judged));
        String prose = section.replace('\n', ' ');
        assertTrue(prose.contains("**7 compile as written**") && prose.contains("**2 need a declaration**")
                && prose.contains("**none needs a 规则**"), "the counts");
        String text = AuthoringFiles.packText();
        for (String[] r : readings) {
            if (r[1].equals("读法")) {
                String row = section.lines().filter(l -> l.startsWith("| " + r[0] + " |")).findFirst()
                        .orElseThrow(() -> new AssertionError("no README row for " + r[0]));
                assertTrue(row.contains("| " + r[3] + " |"), row);
                Matcher m = Pattern.compile("`((?:规则|用语)[^`]*)`").matcher(row);
                assertTrue(m.find(), row);
                assertTrue(text.contains(m.group(1)), "the README's reading is the pack's: " + m.group(1));
            }
        }
        assertEquals(8, PackAnalysis.analyze(YueyangDepartmentPack.pack()).findings().size());
        assertTrue(section.contains("reports 7 warnings and 1 note"));
        assertEquals(73, AuthoringFiles.tsv("thresholds.tsv").size());
        assertTrue(section.contains("73 hand-worked rows"));
        assertTrue(Files.isRegularFile(Path.of("src/main/resources", YueyangDepartmentPack.RESOURCE)));
        assertTrue(section.contains("perfeval-examples/src/main/resources/" + YueyangDepartmentPack.RESOURCE));
    }
}
