package io.perfeval.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bad input is a REJECTED row with its problems, never a failed job; a job that cannot start says why. */
class BadInputTest {

    static SparkSession spark;
    static String good;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        RulePack pack = PackRegistry.fromClassPath().get(ScoringJobTest.ID);
        good = SyntheticDocuments.block(pack, 3, 0, 1).get(0).input();
    }

    /** department → the codes of its row's problems, and its outcome first. */
    private static Map<String, List<String>> outcomes(Dataset<Row> rows) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Row r : rows.collectAsList()) {
            List<String> codes = new ArrayList<>();
            codes.add(r.getAs("outcome"));
            for (Row p : r.<Row>getList(r.fieldIndex("problems"))) {
                codes.add(p.getAs("code"));
                assertTrue(!p.<String>getAs("message_zh").isBlank() && !p.<String>getAs("message_en").isBlank());
            }
            out.put(String.valueOf(r.<String>getAs("department")), codes);
        }
        return out;
    }

    @Test
    void badDocumentsInATableAreRowsWithTheirProblems() {
        List<Row> rows = List.of(
                RowFactory.create("石家庄市", 2021, "good", good),
                RowFactory.create("石家庄市", 2021, "malformed", good.substring(0, good.length() / 2)),
                RowFactory.create("石家庄市", 2021, "unknown-key", good.replaceFirst("\\{", "{\"备注\": 1, ")),
                RowFactory.create("石家庄市", 2021, "other-pack", good.replace(ScoringJobTest.ID, "hebei/other")),
                RowFactory.create("石家庄市", 2021, "no-budget",
                        good.replaceFirst("\"年初预算数\" : [0-9.]+", "\"年初预算数\" : null")),
                RowFactory.create("唐山市", null, "no-input", null));
        Dataset<Row> table = spark.createDataFrame(rows, GenerateDepartments.INPUT.asNullable());
        Map<String, List<String>> out = outcomes(ScoringJob.scoreTable(spark, table, PackSpec.registered(
                ScoringJobTest.ID)));
        assertEquals(6, out.size(), out.toString());
        assertEquals(List.of("SCORED"), out.get("good"));
        assertEquals(List.of("REJECTED", "J001"), out.get("malformed"));
        assertEquals(List.of("REJECTED", "J002"), out.get("unknown-key"));
        assertEquals(List.of("REJECTED", "J014"), out.get("other-pack"));
        assertEquals(List.of("REJECTED", "J015"), out.get("no-budget"), "the pack's own check, I001, at its JSON path");
        assertEquals(List.of("REJECTED", "S010"), out.get("no-input"));
    }

    @Test
    void badJsonLinesAreRowsWithTheirProblemsAndBlankLinesAreSkipped() throws Exception {
        String line = GenerateDepartments.line("石家庄市", 2021, "good", good);
        List<String> lines = List.of(line, "", "not json",
                line.replace("\"department\":\"good\"", "\"department\":\"year-text\"").replace("2021", "\"2021\""),
                line.replace("\"department\":\"good\"", "\"department\":\"extra\",\"来源\":1"),
                "{\"region\":\"石家庄市\",\"year\":2021,\"department\":\"input-text\",\"input\":\"{}\"}",
                "{\"region\":\"石家庄市\",\"year\":2021,\"department\":\"no-input\"}",
                line.replace("\"department\":\"good\"", "\"department\":\"trailing\"") + " []");
        Dataset<String> text = spark.createDataset(lines, Encoders.STRING());
        Map<String, List<String>> out = outcomes(ScoringJob.scoreLines(spark, text, PackSpec.registered(
                ScoringJobTest.ID)));
        assertEquals(7, out.size(), out.toString());
        assertEquals(List.of("SCORED"), out.get("good"));
        assertEquals(List.of("REJECTED", "S001"), out.get("null"), "not json: no department");
        assertEquals(List.of("REJECTED", "S002"), out.get("year-text"));
        assertEquals(List.of("REJECTED", "S002"), out.get("extra"));
        assertEquals(List.of("REJECTED", "S002"), out.get("input-text"));
        assertEquals(List.of("REJECTED", "S002"), out.get("no-input"));
        assertEquals(List.of("REJECTED", "S001"), out.get("trailing"));
    }

    @Test
    void theDocumentOfAJsonLineIsItsExactText() {
        String line = "{\"region\":\"石家庄市\",\"year\":2021,\"department\":\"d\",\"input\":{\"a\": [1.50, {\"b\": \"}\"}]}}";
        Source s = JsonLines.read(line);
        assertEquals("{\"a\": [1.50, {\"b\": \"}\"}]}", s.document());
        assertEquals(List.of(), s.problems());
        assertEquals(2021, s.year());
    }

    @Test
    void aJobThatCannotStartSaysWhyInChineseAndEnglish() {
        JobException unknown = assertThrows(JobException.class, () -> ScoringJob.prepare(PackSpec.registered("x/y")));
        assertEquals(List.of("S004"), unknown.problems().stream().map(Problem::code).toList());
        assertTrue(unknown.problems().get(0).message().contains(ScoringJobTest.ID), unknown.problems().toString());

        JobException broken = assertThrows(JobException.class, () -> ScoringJob.prepare(PackSpec.source(
                "规则包：坏\n指标：\n", "bad.perfeval")));
        assertEquals("S005", broken.problems().get(0).code());
        assertTrue(broken.problems().size() > 1, "the compiler's errors follow: " + broken.problems());

        Dataset<Row> wrongColumns = spark.createDataFrame(List.of(RowFactory.create("石家庄市", "2021")),
                new org.apache.spark.sql.types.StructType().add("region", "string").add("year", "string"));
        JobException columns = assertThrows(JobException.class, () -> ScoringJob.scoreTable(spark, wrongColumns,
                PackSpec.registered(ScoringJobTest.ID)));
        assertEquals(List.of("year", "department", "input"), columns.problems().stream().map(Problem::subject)
                .toList());

        JobException missing = assertThrows(JobException.class, () -> ScoringJob.score(spark, "/nonexistent/in",
                ScoringJob.Format.PARQUET, PackSpec.registered(ScoringJobTest.ID)));
        assertEquals("S009", missing.problems().get(0).code());
        assertNull(missing.getCause());
    }
}
