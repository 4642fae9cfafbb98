package io.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's quickstart and checks the results the README shows, so the README stays true: {@link Quickstart}'s
 * code, and the README's own Java blocks compiled and run as they are written (a line {@code expr; // value} must
 * print {@code value}; a note after 「 — 」 is commentary).
 */
class QuickstartTest {

    private static final Pattern COMMENTED = Pattern.compile("^(\\S.*?);\\s+// (.+)$");

    @TempDir
    Path dir;

    @Test
    void theGaoyiCaseGivesWhatTheReadmeSays() {
        ScoreSheet sheet = Quickstart.scoreGaoyi();
        assertEquals(new BigDecimal("95.60"), sheet.total().orElseThrow());
        assertEquals("优秀", sheet.grade().orElseThrow().name());
        assertEquals(List.of("资金结余结转率：自评 1.5 分，按评价标准应得 0.6 分（相差 +0.9 分）",
                "合计：自评 96.5 分，按评价标准应得 95.6 分（相差 +0.9 分）"),
                sheet.findings().stream().map(AuditFinding::render).toList());
    }

    @Test
    void theReadmesQuickstartCompilesAndPrintsWhatItsCommentsSay() throws Exception {
        String block = javaBlock("## Quickstart (Java)");
        List<String> expected = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            Matcher m = COMMENTED.matcher(line);
            if (m.matches() && !line.startsWith("//")) {
                body.append("out.println(").append(m.group(1)).append(");\n");
                expected.add(m.group(2).split(" — ", 2)[0].strip());
            } else {
                body.append(line).append('\n');
            }
        }
        assertEquals(6, expected.size(), block);
        assertEquals(expected, run(body.toString()));
    }

    @Test
    void theReadmesSmallestProgramPrintsTheSheet() throws Exception {
        String block = javaBlock("The smallest working program:");
        List<String> printed = run(block.replace("Path.of(\"department.json\")", "Path.of(\"gaoyi-2021.json\")"));
        assertEquals((SheetText.render(Quickstart.scoreGaoyi()) + "\n").lines().toList(), printed, "println of the sheet");
    }

    /** The first ```java block after {@code heading} in the repository's README. */
    private static String javaBlock(String heading) throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf(heading);
        assertTrue(at >= 0, heading);
        int start = readme.indexOf("```java\n", at) + "```java\n".length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }

    /**
     * Compiles {@code statements} as the body of a method (with the imports a reader would add and {@code out} for
     * printing), runs it with the bundled Gaoyi input as {@code gaoyi-2021.json}, and returns the printed lines.
     */
    private List<String> run(String statements) throws Exception {
        Path json = dir.resolve("gaoyi-2021.json");
        Files.writeString(json, Quickstart.resource(Quickstart.GAOYI), StandardCharsets.UTF_8);
        String source = """
                import io.perfeval.core.*;
                import io.perfeval.core.input.*;
                import io.perfeval.core.sheet.*;
                import io.perfeval.dsl.*;
                import io.perfeval.rules.hebei.*;
                import java.nio.file.Path;

                public class ReadmeBlock {
                    public static void run(java.io.PrintStream out) throws Exception {
                        java.io.PrintStream stdout = System.out;
                        System.setOut(out);
                        try {
                %s
                        } finally {
                            System.setOut(stdout);
                        }
                    }
                }
                """.formatted(statements.replace("Path.of(\"gaoyi-2021.json\")",
                "Path.of(\"" + json.toString().replace("\\", "\\\\") + "\")"));
        Path src = dir.resolve("ReadmeBlock.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-classpath", System.getProperty("java.class.path"),
                "-encoding", "UTF-8", "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src)).call();
        assertTrue(ok, errors + "\n" + source);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                QuickstartTest.class.getClassLoader())) {
            loader.loadClass("ReadmeBlock").getMethod("run", PrintStream.class)
                    .invoke(null, new PrintStream(printed, true, StandardCharsets.UTF_8));
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theOfficialCriterionCompilesAndScoresAsTheReadmeSays() {
        ScoreSheet sheet = Quickstart.scoreOneCriterion();
        IndicatorResult line = sheet.find("收入预算完成率").orElseThrow();
        assertEquals(new BigDecimal("1.00"), line.score().orElseThrow());
        assertEquals(List.of(
                "收入预算完成率 = 收入预算完成数 / 收入预算数 × 100% = 900 / 1000 × 100% = 90.00%",
                "收入预算完成率 90.00% ≥ 95%，不成立",
                "收入预算完成率 90.00% ≤ 85%，不成立",
                "收入预算完成率 90.00% ≥ 85%，成立",
                "收入预算完成率 90.00% ≤ 95%，成立",
                "收入预算完成率 90.00% 低于 95% 5个百分点，每 1个百分点为一档（按实际偏离折算） 5 档 × 0.2 分 = 扣 1 分",
                "分值 2 分减扣分 1 分，得 1 分"), line.trace().lines());
        assertEquals("不合格", sheet.grade().orElseThrow().name());
    }
}
