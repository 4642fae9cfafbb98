package io.perfeval.examples.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the authoring example's files: the pack's text, the quoted source table and the TSV tables of the tests. */
final class AuthoringFiles {

    static final String DIR = "io/perfeval/examples/authoring/";

    private AuthoringFiles() {
    }

    static String text(String resource) {
        try (InputStream in = AuthoringFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String packText() {
        return text(YueyangDepartmentPack.RESOURCE);
    }

    /** The rows of a TSV table: blank lines and lines starting with # are comments. */
    static List<String[]> tsv(String name) {
        return text(DIR + name).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1)).toList();
    }

    /** One row of source-table.txt: the 一级 / 二级 / 三级 names as printed, the 分值 and the 评分标准. */
    record SourceRow(String level1, String level2, String name, String maxScore, String criterion) {
    }

    /** The blocks of source-table.txt, in table order. */
    static List<SourceRow> sourceRows() {
        List<SourceRow> rows = new ArrayList<>();
        String[] head = null;
        StringBuilder body = new StringBuilder();
        for (String line : text(DIR + "source-table.txt").lines().toList()) {
            if (line.startsWith("== ")) {
                if (head != null) {
                    rows.add(new SourceRow(head[0], head[1], head[2], head[3], body.toString()));
                }
                head = line.substring(3).split(" / ");
                body.setLength(0);
            } else if (head != null && !line.startsWith("#") && !line.isBlank()) {
                body.append(body.length() == 0 ? "" : "\n").append(line);
            }
        }
        if (head != null) {
            rows.add(new SourceRow(head[0], head[1], head[2], head[3], body.toString()));
        }
        return rows;
    }
}
