package io.perfeval.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.GradeBand;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.examples.batch.BatchScorer;
import io.perfeval.rules.hebei.DepartmentInputJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The job's rows against the library scoring the same documents one by one, on a {@code local[2]} session. */
class ScoringJobTest {

    static final String ID = ScoreDepartments.DEFAULT_PACK;
    static final long COUNT = 2_000;
    static final long SEED = 7;

    static SparkSession spark;
    static RulePack pack;
    static List<SyntheticDocuments.Document> documents;

    @BeforeAll
    static void generate() {
        spark = LocalSpark.session();
        pack = PackRegistry.fromClassPath().get(ID);
        documents = new ArrayList<>();
        for (long b = 0; b < SyntheticDocuments.blocks(COUNT); b++) {
            documents.addAll(SyntheticDocuments.block(pack, SEED, b, COUNT));
        }
    }

    @Test
    void everyRowIsWhatTheLibraryGivesForTheSameDocumentOneByOne() {
        Dataset<Row> table = GenerateDepartments.generate(spark, ID, SEED, COUNT);
        List<Row> rows = ScoringJob.scoreTable(spark, table, PackSpec.registered(ID)).collectAsList();
        assertEquals(COUNT, rows.size());
        Map<String, Row> byDepartment = new HashMap<>();
        rows.forEach(r -> byDepartment.put(r.getAs("department"), r));
        assertEquals(COUNT, byDepartment.size(), "one row per department");

        Set<String> grades = new TreeSet<>();
        int findings = 0;
        int incomplete = 0;
        for (int i = 0; i < documents.size(); i++) {
            SyntheticDocuments.Document d = documents.get(i);
            Row row = byDepartment.get(d.department());
            EvaluationInput input = DepartmentInputJson.readFor(d.input(), d.department(), pack);
            ScoreSheet sheet = pack.evaluate(input, EvaluationOptions.withTrace());
            BatchScorer.Row batch = BatchScorer.score(pack, input, i);

            assertEquals(d.region(), row.getAs("region"));
            assertEquals(d.year(), (int) row.getAs("year"));
            assertEquals(pack.contentHash(), row.getAs("pack_hash"));
            assertEquals(PackSpec.sha256(d.input()), row.getAs("document_hash"));
            assertEquals(sheet.record().orElseThrow().inputHash(), row.getAs("input_hash"));
            assertEquals(sheet.total().isPresent() ? "SCORED" : "INCOMPLETE", row.getAs("outcome"));
            assertSame(sheet.total().orElse(null), row.getAs("total"), d.department());
            assertSame(batch.total().orElse(null), row.getAs("total"), d.department());
            assertEquals(sheet.grade().map(GradeBand::name).orElse(null), row.getAs("grade"));
            assertEquals(batch.grade().orElse(null), row.getAs("grade"));
            indicators(sheet.flatten(), row.getList(row.fieldIndex("indicators")), d.department());
            findings(sheet.findings(), row.getList(row.fieldIndex("findings")), d.department());
            assertEquals(batch.findings(), row.getList(row.fieldIndex("findings")).size());
            assertEquals(sheet.problems().stream().map(Problem::code).toList(),
                    row.<Row>getList(row.fieldIndex("problems")).stream().map(p -> p.<String>getAs("code")).toList());
            grades.add(String.valueOf(sheet.grade().map(GradeBand::name).orElse(null)));
            findings += sheet.findings().size();
            incomplete += sheet.total().isEmpty() ? 1 : 0;
        }
        // the comparison is only worth something when the data reaches every kind of result
        assertTrue(grades.size() >= 3, grades.toString());
        assertTrue(findings > COUNT / 2, "findings " + findings);
        assertTrue(incomplete < COUNT / 10, "incomplete " + incomplete);
    }

    static void indicators(List<IndicatorResult> expected, List<Row> actual, String who) {
        assertEquals(expected.size(), actual.size(), who);
        for (int i = 0; i < expected.size(); i++) {
            IndicatorResult e = expected.get(i);
            Row a = actual.get(i);
            assertEquals(e.path(), a.getList(a.fieldIndex("path")), who);
            assertEquals(e.level(), (int) a.getAs("level"), who);
            assertEquals(e.isLeaf(), a.getAs("leaf"), who);
            assertEquals(e.status().name(), a.getAs("status"), who + " " + e.pathString());
            assertSame(e.maxScore(), a.getAs("max_score"), who);
            assertSame(e.score().orElse(null), a.getAs("score"), who + " " + e.pathString());
            assertSame(e.selfScore().orElse(null), a.getAs("self_score"), who + " " + e.pathString());
        }
    }

    static void findings(List<AuditFinding> expected, List<Row> actual, String who) {
        assertEquals(expected.size(), actual.size(), who);
        for (int i = 0; i < expected.size(); i++) {
            AuditFinding e = expected.get(i);
            Row a = actual.get(i);
            assertEquals(e.name(), a.getAs("name"), who);
            assertSame(e.selfScore(), a.getAs("self_score"), who);
            assertSame(e.computed().orElse(null), a.getAs("computed"), who);
            assertSame(e.difference().orElse(null), a.getAs("difference"), who);
            assertEquals(e.render(), a.getAs("message"), who);
        }
    }

    /** The same number: the output keeps six decimals, so 2.50 is 2.500000 there. */
    static void assertSame(BigDecimal expected, Object actual, String who) {
        if (expected == null) {
            assertNull(actual, who);
        } else {
            assertTrue(actual instanceof BigDecimal a && a.compareTo(expected) == 0,
                    who + ": expected " + expected + ", was " + actual);
        }
    }

    @Test
    void aPackGivenAsTextScoresAsTheRegisteredOneAndIsCompiledOncePerJvm() throws Exception {
        String text;
        try (var in = Objects.requireNonNull(getClass().getClassLoader()
                .getResourceAsStream("io/perfeval/rules/hebei/shijiazhuang-2019-department.perfeval"))) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        PackSpec spec = PackSpec.source(text, "shijiazhuang-2019-department.perfeval");
        Dataset<Row> table = GenerateDepartments.generate(spark, ID, SEED + 1, 400).repartition(4);
        List<Row> fromText = ScoringJob.scoreTable(spark, table, spec).sort("department").collectAsList();
        List<Row> fromRegistry = ScoringJob.scoreTable(spark, table, PackSpec.registered(ID)).sort("department")
                .collectAsList();
        assertEquals(fromRegistry, fromText, "the same pack by text or by id: the same rows, its hash included");
        // two jobs, four partitions each, two task threads: one compile of each spec in this JVM
        assertEquals(1, ExecutorPacks.compilations(spec.key()));
        assertEquals(1, ExecutorPacks.compilations(PackSpec.registered(ID).key()));
    }
}
