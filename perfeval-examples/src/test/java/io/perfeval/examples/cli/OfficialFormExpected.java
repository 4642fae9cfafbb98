package io.perfeval.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official form of the Gaoyi case as the 2021 report's 自评表 and 分项绩效项目清单 have it, cell by cell
 * ({@code official-form-gaoyi-2021.tsv}: the report's values, each difference on its line with the reason).
 *
 * @param cells  by sheet, every cell's expected text ({@code ""}: the cell must be empty)
 * @param merges by sheet, the merged ranges
 * @param differences how many cells differ from the report, each with its reason in the file
 */
record OfficialFormExpected(Map<String, Map<String, String>> cells, Map<String, List<String>> merges,
                            int differences) {

    static final String RESOURCE = "official-form-gaoyi-2021.tsv";

    static OfficialFormExpected load() {
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        Map<String, List<String>> merges = new LinkedHashMap<>();
        int differences = 0;
        try (InputStream in = OfficialFormExpected.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("merge")) {
                    merges.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[2]);
                    continue;
                }
                if (f.length > 3) {
                    if (!f[3].startsWith("≠ 报告：")) {
                        throw new AssertionError("a difference from the report says what the report has: " + line);
                    }
                    differences++;
                }
                cells.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2].replace("\\n", "\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OfficialFormExpected(cells, merges, differences);
    }

    /** The non-empty expected cells of a sheet. */
    Map<String, String> filled(String sheet) {
        Map<String, String> filled = new LinkedHashMap<>(cells.get(sheet));
        filled.values().removeIf(String::isEmpty);
        return filled;
    }
}
