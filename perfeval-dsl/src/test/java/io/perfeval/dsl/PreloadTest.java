package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The preload list ({@code preload.txt}) names classes that exist and still covers what a first compile loads after
 * the pack file is parsed: a list left behind by a refactoring would silently give the time back. And a first compile
 * spins no class at run time (no lambda of ours, no record equals), which BENCHMARKS.md found costs tens of ms.
 */
class PreloadTest {

    private static final Path SHIJIAZHUANG =
            Path.of("../perfeval-rules-hebei/src/main/resources/io/perfeval/rules/hebei/shijiazhuang-2019-department.perfeval");

    static List<String> listed() throws IOException {
        try (InputStream in = Preload.class.getResourceAsStream(Preload.LIST)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && line.charAt(0) != '#') {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    @Test
    void everyListedClassExistsOnce() throws Exception {
        List<String> names = listed();
        assertTrue(names.size() > 100, "the list has the criterion side of a compile: " + names.size());
        assertEquals(names.size(), new LinkedHashSet<>(names).size(), "no name twice");
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            try {
                Class.forName(n, false, Preload.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(n);
            }
        }
        assertEquals(List.of(), missing, "renamed or removed since preload.txt was made: regenerate it");
    }

    @Test
    void theListCoversWhatAFreshJvmLoadsAfterThePackFile() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dperfeval.dsl.preload=false", "-Xlog:class+load=info:stdout:tags", "-cp",
                System.getProperty("java.class.path"), FirstCompile.class.getName(), SHIJIAZHUANG.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log.lines().filter(l -> !l.startsWith("[class")).toList().toString());
        Set<String> loaded = new LinkedHashSet<>();
        boolean after = false;
        for (String line : log.split("\n")) {
            String[] w = line.split(" ");
            if (w.length < 2 || !line.startsWith("[class,load]")) {
                continue;
            }
            after |= w[1].equals(PackReader.class.getName());
            if (after && (w[1].startsWith("io.perfeval.") || w[1].startsWith("org.antlr.")) && !w[1].contains("/")) {
                loaded.add(w[1]);
            }
        }
        assertTrue(loaded.size() > 100, "the child compiled the pack: " + loaded.size() + " classes");
        // and nothing on the compile path spins classes at run time: a lambda or method reference of ours, or a record's
        // equals/hashCode/toString (java.lang.runtime.ObjectMethods), each costs milliseconds of a first compile
        List<String> spun = log.lines().filter(l -> l.startsWith("[class,load]")
                && (l.contains("io.perfeval.") && l.contains("$$Lambda") || l.contains("java.lang.runtime.ObjectMethods")))
                .toList();
        assertEquals(List.of(), spun, "classes spun at run time by a first compile");
        List<String> notListed = loaded.stream().filter(n -> !Set.copyOf(listedUnchecked()).contains(n)).toList();
        assertTrue(notListed.size() * 10 <= loaded.size(),
                "more than a tenth of what a first compile loads is not preloaded; regenerate preload.txt: " + notListed);
    }

    private static List<String> listedUnchecked() {
        try {
            return listed();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fresh JVM's first compile of the pack file named by the argument. */
    static final class FirstCompile {
        public static void main(String[] args) throws IOException {
            PackCompiler.compileOrThrow(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), "x.perfeval");
        }
    }
}
