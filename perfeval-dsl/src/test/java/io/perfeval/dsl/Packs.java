package io.perfeval.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test access to pack files elsewhere in the repository (read by relative path from perfeval-dsl). */
final class Packs {

    static final Path SHIJIAZHUANG = Path.of("../perfeval-rules-hebei/src/main/resources/io/perfeval/rules/hebei/"
            + "shijiazhuang-2019-department.perfeval");

    private Packs() {
    }

    /** Every .perfeval file of the repository (packs, examples, test corpora), sorted; at least ten of them. */
    static List<Path> allInRepository() {
        List<Path> packs;
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            packs = files.filter(p -> p.toString().endsWith(".perfeval") && !p.toString().contains("/target/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (packs.size() < 10) {
            throw new AssertionError("expected the repository's packs, found: " + packs);
        }
        return packs;
    }

    static String shijiazhuang() {
        try {
            return Files.readString(SHIJIAZHUANG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
