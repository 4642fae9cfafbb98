package io.perfeval.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test access to the Shijiazhuang pack file in perfeval-rules-hebei (read by relative path, as the brief allows). */
final class Packs {

    static final Path SHIJIAZHUANG = Path.of("../perfeval-rules-hebei/src/main/resources/io/perfeval/rules/hebei/"
            + "shijiazhuang-2019-department.perfeval");

    private Packs() {
    }

    static String shijiazhuang() {
        try {
            return Files.readString(SHIJIAZHUANG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
