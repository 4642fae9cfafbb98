package io.perfeval.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.GradeBand;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.national.ProjectInputJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project inputs (the national template, bound per row) through the job on a {@code local[2]} session: every row is
 * what the library gives binding and scoring the same document one by one, a bad project is a REJECTED row with its
 * problems, and the job run again writes the same rows.
 */
class ProjectJobTest {

    static final String ID = SyntheticProjects.PACK;
    static final long COUNT = 300;
    static final long SEED = 11;

    static SparkSession spark;
    static RulePack template;
    static List<SyntheticDocuments.Document> documents;

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        spark = LocalSpark.session();
        template = PackRegistry.fromClassPath().get(ID);
        documents = new ArrayList<>();
        for (long b = 0; b < SyntheticDocuments.blocks(COUNT); b++) {
            documents.addAll(SyntheticProjects.block(template, SEED, b, COUNT));
        }
    }

    @Test
    void everyProjectRowIsWhatTheLibraryGivesBindingAndScoringTheSameDocumentOneByOne() {
        Dataset<Row> table = GenerateDepartments.generateProjects(spark, SEED, COUNT);
        List<Row> rows = ScoringJob.scoreTable(spark, table, PackSpec.registered(ID)).collectAsList();
        assertEquals(COUNT, rows.size());
        Map<String, Row> byProject = new HashMap<>();
        rows.forEach(r -> byProject.put(r.getAs("department"), r));
        assertEquals(COUNT, byProject.size(), "one row per project");

        Set<String> grades = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        Set<Integer> sizes = new TreeSet<>();
        Map<String, Integer> statuses = new HashMap<>();
        int findings = 0;
        for (SyntheticDocuments.Document d : documents) {
            Row row = byProject.get(d.department());
            ProjectInputJson.Bound bound = ProjectInputJson.readFor(d.input(), d.department(), template);
            ScoreSheet sheet = bound.pack().evaluate(bound.input(), EvaluationOptions.withoutTrace());

            assertEquals(d.region(), row.getAs("region"));
            assertEquals(d.year(), (int) row.getAs("year"));
            assertEquals(ID, row.getAs("pack_id"));
            assertEquals(template.contentHash(), row.getAs("pack_hash"), "the template's hash, the same on every row");
            assertEquals(PackSpec.sha256(d.input()), row.getAs("document_hash"));
            assertEquals(sheet.record().orElseThrow().inputHash(), row.getAs("input_hash"));
            assertEquals(sheet.total().isPresent() ? "SCORED" : "INCOMPLETE", row.getAs("outcome"), d.department());
            ScoringJobTest.assertSame(sheet.maxTotal(), row.getAs("max_total"), d.department());
            ScoringJobTest.assertSame(sheet.total().orElse(null), row.getAs("total"), d.department());
            assertEquals(sheet.grade().map(GradeBand::name).orElse(null), row.getAs("grade"));
            ScoringJobTest.indicators(sheet.flatten(), row.getList(row.fieldIndex("indicators")), d.department());
            ScoringJobTest.findings(sheet.findings(), row.getList(row.fieldIndex("findings")), d.department());
            assertEquals(sheet.problems().stream().map(Problem::code).toList(),
                    row.<Row>getList(row.fieldIndex("problems")).stream().map(p -> p.<String>getAs("code")).toList());

            grades.add(String.valueOf(sheet.grade().map(GradeBand::name).orElse(null)));
            findings += sheet.findings().size();
            sizes.add(bound.project().indicators().size());
            bound.project().indicators().forEach(i -> targets.add(i.target().replaceAll("[0-9.]+.*", "")));
            for (IndicatorResult r : sheet.leaves()) {
                statuses.merge(r.status().name(), 1, Integer::sum);
            }
        }
        // the comparison is only worth something when the projects reach every kind of row and result
        assertTrue(grades.size() >= 3, grades.toString());
        assertTrue(findings > COUNT / 2, "findings " + findings);
        assertTrue(sizes.size() >= 8, "indicators per project " + sizes);
        assertTrue(targets.containsAll(List.of("≥", "≤", "=", ">", "<", "有效", "效果明显")), targets.toString());
        assertTrue(statuses.getOrDefault("NOT_APPLICABLE", 0) > 10, statuses.toString());
        // one compile of the template in this JVM, however many projects were bound to it
        assertEquals(1, ExecutorPacks.compilations(PackSpec.registered(ID).key()));
    }

    @Test
    void aBadProjectIsARejectedRowWithItsProblemsAndTheOthersAreScored() {
        String good = documents.get(0).input();
        String off = documents.get(1).input().replaceFirst("\"分值\":([0-9.]+)", "\"分值\":0.25");
        String forDepartments = good.replace(ID, ScoreDepartments.DEFAULT_PACK);
        String department = SyntheticDocuments.block(PackRegistry.fromClassPath().get(ScoreDepartments.DEFAULT_PACK),
                1, 0, 1).get(0).input();
        List<Row> in = List.of(RowFactory.create("石家庄市", 2021, "好", good),
                RowFactory.create("石家庄市", 2021, "分值不合", off),
                RowFactory.create("石家庄市", 2021, "部门规则包", forDepartments),
                RowFactory.create("石家庄市", 2021, "部门表", department),
                RowFactory.create("石家庄市", 2021, "坏", "{\"项目名称\": "),
                RowFactory.create("石家庄市", 2021, "无", null));
        Dataset<Row> table = spark.createDataFrame(in, GenerateDepartments.INPUT.asNullable());
        Map<String, Row> rows = ScoringJob.scoreTable(spark, table, PackSpec.registered(ID)).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("department"), r -> r));
        assertEquals("SCORED", rows.get("好").getAs("outcome"));
        assertEquals(List.of("J035"), codes(rows.get("分值不合")), "the 分值 no longer add up to 90 (I038, relayed)");
        assertTrue(problems(rows.get("分值不合")).contains("I038"), problems(rows.get("分值不合")));
        assertEquals(List.of("J036"), codes(rows.get("部门规则包")));
        assertTrue(codes(rows.get("部门表")).contains("J031"), codes(rows.get("部门表")).toString());
        assertEquals(List.of("J030"), codes(rows.get("坏")));
        assertEquals(List.of("S010"), codes(rows.get("无")));
        for (String who : List.of("分值不合", "部门规则包", "部门表", "坏", "无")) {
            Row r = rows.get(who);
            assertEquals("REJECTED", r.getAs("outcome"), who);
            assertEquals(template.contentHash(), r.getAs("pack_hash"), who);
            assertNull(r.getAs("total"), who);
            assertTrue(r.getList(r.fieldIndex("indicators")).isEmpty(), who);
        }
    }

    @Test
    void theProjectCommandsWriteTheSameRowsWhenRunAgain() throws IOException {
        String input = dir.resolve("projects").toString();
        assertEquals(0, GenerateDepartments.run(new String[] {"--count", "120", "--output", input, "--seed", "3"},
                true));
        String first = dir.resolve("scores-1").toString();
        String second = dir.resolve("scores-2").toString();
        assertEquals(0, ScoreDepartments.run(new String[] {"--input", input, "--output", first}, ID));
        // the second run through the job's API: the same reading, scoring and writing as the command, without its counts
        ScoringJob.write(ScoringJob.score(spark, input, ScoringJob.Format.PARQUET, PackSpec.registered(ID)), second);
        Map<String, List<List<Object>>> a = OutputTest.partitions(Path.of(first));
        assertEquals(120, a.values().stream().mapToInt(List::size).sum());
        assertEquals(a, OutputTest.partitions(Path.of(second)), "the same rows in the same order in the same files");

        // the same projects as JSON lines (each document the exact text of its line) score the same
        Dataset<Row> table = spark.read().parquet(input);
        List<Row> fromTable = ScoringJob.scoreTable(spark, table, PackSpec.registered(ID)).sort("department")
                .collectAsList();
        List<Row> fromLines = ScoringJob.scoreLines(spark, GenerateDepartments.jsonLines(table),
                PackSpec.registered(ID)).sort("department").collectAsList();
        assertEquals(120, fromLines.size());
        int hash = OutputSchema.SCHEMA.fieldIndex("document_hash");
        for (int i = 0; i < fromTable.size(); i++) {
            List<Object> t = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(fromTable.get(i).toSeq()));
            List<Object> l = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(fromLines.get(i).toSeq()));
            t.remove(hash);
            l.remove(hash);
            assertEquals(t.toString(), l.toString(), "re-encoded on one line, only the document hash differs");
        }
        assertTrue(fromTable.stream().filter(r -> "SCORED".equals(r.getAs("outcome"))).count() > 110);
    }

    private static List<String> codes(Row r) {
        return r.<Row>getList(r.fieldIndex("problems")).stream().map(p -> p.<String>getAs("code")).distinct().toList();
    }

    private static String problems(Row r) {
        return r.<Row>getList(r.fieldIndex("problems")).stream().map(p -> p.<String>getAs("message_en"))
                .collect(Collectors.joining("; "));
    }
}
