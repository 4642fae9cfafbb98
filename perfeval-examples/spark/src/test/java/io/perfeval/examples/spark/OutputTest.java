package io.perfeval.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written output: its golden schema, its partitions, and the same rows when the job runs again. */
class OutputTest {

    static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void theOutputSchemaIsTheGoldenOne() throws IOException {
        String golden;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("output-schema.json"))) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertEquals(golden, OutputSchema.SCHEMA.prettyJson());
    }

    @Test
    void theCommandsGenerateAndScoreAndRunningAgainWritesTheSameRows() throws IOException {
        String parquet = dir.resolve("in-parquet").toString();
        String jsonl = dir.resolve("in-jsonl").toString();
        assertEquals(0, GenerateDepartments.run(new String[] {"--count", "600", "--output", parquet, "--seed", "5"}));
        assertEquals(0, GenerateDepartments.run(new String[] {"--count", "600", "--output", jsonl, "--seed", "5",
            "--format", "jsonl"}));
        String first = dir.resolve("out-1").toString();
        String second = dir.resolve("out-2").toString();
        String fromLines = dir.resolve("out-jsonl").toString();
        assertEquals(0, ScoreDepartments.run(new String[] {"--input", parquet, "--output", first}));
        assertEquals(0, ScoreDepartments.run(new String[] {"--input", parquet, "--output", second}));
        assertEquals(0, ScoreDepartments.run(new String[] {"--input", jsonl, "--output", fromLines, "--format",
            "jsonl"}));

        Map<String, List<List<Object>>> a = partitions(Path.of(first));
        assertEquals(SyntheticDocuments.REGIONS.size() * SyntheticDocuments.YEARS, a.size(), a.keySet().toString());
        assertTrue(a.keySet().contains("region=石家庄市/year=2019"), a.keySet().toString());
        assertEquals(600, a.values().stream().mapToInt(List::size).sum());
        assertEquals(a, partitions(Path.of(second)), "the same rows in the same order in the same partitions");
        // JSON lines carry the same documents, re-encoded on one line: only their document hashes differ
        assertEquals(withoutDocumentHash(a), withoutDocumentHash(partitions(Path.of(fromLines))));

        StructType read = spark.read().parquet(first).schema();
        List<StructField> expected = new ArrayList<>();
        for (StructField f : OutputSchema.SCHEMA.fields()) {
            if (!List.of(OutputSchema.PARTITIONS).contains(f.name())) {
                expected.add(f);
            }
        }
        List<String> names = Stream.of(read.fieldNames()).toList();
        List<String> wanted = new ArrayList<>(expected.stream().map(StructField::name).toList());
        wanted.addAll(List.of(OutputSchema.PARTITIONS));
        assertEquals(wanted, names, "the files hold the schema's columns, the partition columns last");

        assertEquals(2, ScoreDepartments.run(new String[] {"--input", parquet}), "no --output");
        assertEquals(2, ScoreDepartments.run(new String[] {"--input", dir.resolve("none").toString(), "--output",
            dir.resolve("x").toString()}));
        assertEquals(2, GenerateDepartments.run(new String[] {"--count", "-3", "--output", parquet}));
    }

    /** Each partition directory's rows (their values, partition columns last), in their file's order. */
    static Map<String, List<List<Object>>> partitions(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            Map<String, Long> perDirectory = new TreeMap<>();
            files.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .forEach(f -> perDirectory.merge(out.relativize(f.getParent()).toString(), 1L, Long::sum));
            assertTrue(perDirectory.values().stream().allMatch(n -> n == 1), "one file per partition: " + perDirectory);
        }
        Map<String, List<List<Object>>> rows = new TreeMap<>();
        // one read: a file's rows come back in the file's order
        for (Row r : LocalSpark.session().read().parquet(out.toString()).withColumn("file", functions.input_file_name())
                .collectAsList()) {
            String file = r.getAs("file");
            String partition = java.net.URLDecoder.decode(file.substring(file.indexOf("region="),
                    file.lastIndexOf('/')), StandardCharsets.UTF_8);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.length() - 1; i++) {
                values.add(r.get(i));
            }
            rows.computeIfAbsent(partition, k -> new ArrayList<>()).add(values);
        }
        return rows;
    }

    private static Map<String, List<String>> withoutDocumentHash(Map<String, List<List<Object>>> rows) {
        int hash = OutputSchema.SCHEMA.fieldIndex("document_hash") - OutputSchema.PARTITIONS.length;
        Map<String, List<String>> out = new TreeMap<>();
        rows.forEach((p, list) -> out.put(p, list.stream().map(values -> {
            List<Object> rest = new ArrayList<>(values);
            rest.remove(hash);
            return rest.toString();
        }).sorted().toList()));
        return out;
    }
}
