package io.perfeval.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.sheets.JsonSheet;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public API of each library module is the list in the module's README (section "Public API"): a public type that
 * is not on it fails this test, so a new one is added on purpose, with the list, or made package-private. Packages
 * named {@code internal} are not API and are not listed. Every listed type has a Javadoc comment in its source, and so
 * has every public method of a {@code Builder}.
 */
class PublicApiTest {

    /** Module folder (from perfeval-examples) and one class of the module, to find its compiled classes. */
    static Stream<Object[]> modules() {
        return Stream.of(new Object[] {"../perfeval-core", RulePack.class},
                new Object[] {"../perfeval-dsl", PackCompiler.class},
                new Object[] {"../perfeval-rules-hebei", DepartmentInput.class},
                new Object[] {"../perfeval-core/perfeval-sheets", JsonSheet.class});
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyPublicTypeIsOnTheModulesList(String module, Class<?> marker) throws Exception {
        Map<String, TreeSet<String>> actual = publicTypes(marker);
        Map<String, TreeSet<String>> documented = documented(Path.of(module, "README.md"));
        assertEquals(render(documented), render(actual), module + "/README.md, section \"Public API\"");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyPublicTypeAndBuilderMethodHasJavadoc(String module, Class<?> marker) throws Exception {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> p : publicTypes(marker).entrySet()) {
            for (String type : p.getValue()) {
                String top = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
                Path source = Path.of(module, "src/main/java", p.getKey().replace('.', '/'), top + ".java");
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                String simple = type.substring(type.lastIndexOf('.') + 1);
                int at = declaration(lines, simple);
                if (at < 0 || !documentedAt(lines, at)) {
                    missing.add(p.getKey() + "." + type);
                }
                if (simple.equals("Builder") && at >= 0) {
                    builderMethods(lines, at, p.getKey() + "." + type, missing);
                }
            }
        }
        assertEquals(List.of(), missing, "public types and builder methods without a Javadoc comment");
    }

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)\\b");
    private static final Pattern PUBLIC_METHOD = Pattern.compile("^\\s*public\\s+(?!class|interface|record|enum)"
            + "[\\w<>\\[\\], .?]+\\s+(\\w+)\\s*\\(");

    private static int declaration(List<String> lines, String simple) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DECLARATION.matcher(lines.get(i));
            if (m.find() && m.group(1).equals(simple) && !lines.get(i).strip().startsWith("*")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The code before the declaration, its annotations skipped (up to the line that ends the previous member or
     * comment), is a Javadoc comment.
     */
    private static boolean documentedAt(List<String> lines, int at) {
        int i = at - 1;
        while (i >= 0 && !lines.get(i).isBlank() && !lines.get(i).strip().matches(".*(\\*/|;|\\{|\\})$")) {
            i--;
        }
        if (i < 0 || !lines.get(i).strip().endsWith("*/")) {
            return false;
        }
        while (i >= 0 && !lines.get(i).contains("/*")) {
            i--;
        }
        return i >= 0 && lines.get(i).contains("/**");
    }

    private static void builderMethods(List<String> lines, int at, String type, List<String> missing) {
        int indent = lines.get(at).indexOf(lines.get(at).strip());
        for (int i = at + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && line.indexOf(line.strip()) <= indent) {
                return; // the builder's closing brace
            }
            Matcher m = PUBLIC_METHOD.matcher(line);
            if (m.find() && !documentedAt(lines, i)) {
                missing.add(type + "." + m.group(1) + " (line " + (i + 1) + ")");
            }
        }
    }

    /** Package → accessible public types (nested as Outer.Inner) of the module that holds {@code marker}. */
    private static Map<String, TreeSet<String>> publicTypes(Class<?> marker) throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path root = Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
            }
        }
        Map<String, TreeSet<String>> api = new TreeMap<>();
        for (String file : names) {
            if (file.endsWith("module-info.class") || file.endsWith("package-info.class")
                    || file.startsWith("META-INF/")) {
                continue;
            }
            Class<?> c = Class.forName(file.substring(0, file.length() - 6).replace('/', '.'), false,
                    marker.getClassLoader());
            if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic() || !accessible(c)
                    || c.getPackageName().endsWith(".internal")) {
                continue;
            }
            String inPackage = c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
            api.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>()).add(inPackage);
        }
        return api;
    }

    private static boolean accessible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Lines {@code - `package`: `Type`, `Type.Nested`, …} of the README's section "## Public API". */
    private static Map<String, TreeSet<String>> documented(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int at = text.indexOf("\n## Public API\n");
        assertTrue(at >= 0, readme + " has a section \"## Public API\"");
        int end = text.indexOf("\n## ", at + 1);
        String section = text.substring(at, end < 0 ? text.length() : end);
        Map<String, TreeSet<String>> api = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^- `([\\w.]+)`: (.+)$").matcher(section);
        while (line.find()) {
            Matcher type = Pattern.compile("`([\\w.]+)`").matcher(line.group(2));
            while (type.find()) {
                api.computeIfAbsent(line.group(1), k -> new TreeSet<>()).add(type.group(1));
            }
        }
        return api;
    }

    private static String render(Map<String, TreeSet<String>> api) {
        StringBuilder out = new StringBuilder();
        api.forEach((p, types) -> out.append("- `").append(p).append("`: ")
                .append(String.join(", ", types.stream().map(t -> "`" + t + "`").toList())).append('\n'));
        return out.toString();
    }
}
