package io.perfeval.examples.spark;

import io.perfeval.core.diag.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Scores department or project self-evaluations on Spark with one pack: the inputs' rows in, one {@link OutputSchema}
 * row per evaluation out, written as Parquet partitioned by region and year.
 *
 * <p>Input columns (Parquet): {@code region} string, {@code year} int, {@code department} string, {@code input}
 * string — the {@code DepartmentInput} JSON document of perfeval-rules-hebei, or, when the pack is a template
 * ({@code RulePack.template()} present, e.g. {@code national/caiyu-2020-10/project}), the {@code ProjectInput} document,
 * which each row binds to the template ({@code ProjectInputJson.readFor}); {@code department} then names the project. JSON lines hold the same four fields,
 * with {@code input} as a JSON object. The pack travels as a {@link PackSpec} (an id or the pack's text) broadcast to
 * the executors, each of which compiles it once.
 */
public final class ScoringJob {

    /** The input's formats. */
    public enum Format { PARQUET, JSON_LINES }

    private ScoringJob() {
    }

    /**
     * Checks that the pack compiles here, on the driver, and returns its spec carrying the content hash every executor
     * must reproduce.
     *
     * @throws JobException with the problems when the pack is unknown, does not compile, or rounds too finely
     */
    public static PackSpec prepare(PackSpec spec) {
        ExecutorPacks.Compiled compiled = ExecutorPacks.get(spec);
        if (compiled instanceof ExecutorPacks.Broken broken) {
            throw new JobException(broken.problems());
        }
        return spec.withPackHash(((ExecutorPacks.Ready) compiled).pack().contentHash());
    }

    /** Reads {@code path} in {@code format} and scores every row (lazily: nothing runs until the result is used). */
    public static Dataset<Row> score(SparkSession spark, String path, Format format, PackSpec spec) {
        try {
            return switch (format) {
                case PARQUET -> scoreTable(spark, spark.read().parquet(path), spec);
                case JSON_LINES -> scoreLines(spark, spark.read().textFile(path), spec);
            };
        } catch (Exception e) {
            // Spark throws its (checked) AnalysisException without declaring it: a path that is not there, not Parquet
            if (e instanceof org.apache.spark.sql.AnalysisException a) {
                throw new JobException(SparkProblems.error("S009", "", path, a.getSimpleMessage()));
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Scores a table with the columns {@code region}, {@code year}, {@code department} and {@code input}. */
    public static Dataset<Row> scoreTable(SparkSession spark, Dataset<Row> table, PackSpec spec) {
        List<Problem> missing = new ArrayList<>();
        column(table, JsonLines.REGION, Set.of(DataTypes.StringType), missing);
        column(table, JsonLines.YEAR, Set.of(DataTypes.IntegerType, DataTypes.LongType, DataTypes.ShortType), missing);
        column(table, JsonLines.DEPARTMENT, Set.of(DataTypes.StringType), missing);
        column(table, JsonLines.INPUT, Set.of(DataTypes.StringType), missing);
        if (!missing.isEmpty()) {
            throw new JobException(missing);
        }
        Broadcast<PackSpec> pack = broadcast(spark, prepare(spec));
        Dataset<Row> columns = table.selectExpr("region", "CAST(year AS INT) AS year", "department", "input");
        MapPartitionsFunction<Row, Row> score = rows -> new MappedIterator<>(rows, r -> Scorer.score(pack.value(),
                Source.of(r.getString(0), r.isNullAt(1) ? null : r.getInt(1), r.getString(2), r.getString(3))));
        return columns.mapPartitions(score, Encoders.row(OutputSchema.SCHEMA));
    }

    /** Scores JSON lines, one {@code {"region", "year", "department", "input"}} object a line. */
    public static Dataset<Row> scoreLines(SparkSession spark, Dataset<String> lines, PackSpec spec) {
        Broadcast<PackSpec> pack = broadcast(spark, prepare(spec));
        MapPartitionsFunction<String, Row> score = rows -> new MappedIterator<>(rows,
                line -> Scorer.score(pack.value(), JsonLines.read(line)));
        return lines.filter((org.apache.spark.api.java.function.FilterFunction<String>) l -> !l.isBlank())
                .mapPartitions(score, Encoders.row(OutputSchema.SCHEMA));
    }

    /**
     * Writes the rows as Parquet under {@code path}, replacing what is there, partitioned by region and year: one file
     * per partition, its rows sorted by department and document hash, so that running the job again on the same data
     * writes the same rows in the same order.
     */
    public static void write(Dataset<Row> rows, String path) {
        rows.repartition(rows.col("region"), rows.col("year"))
                .sortWithinPartitions("region", "year", "department", "document_hash")
                .write().mode(SaveMode.Overwrite).partitionBy(OutputSchema.PARTITIONS).parquet(path);
    }

    private static Broadcast<PackSpec> broadcast(SparkSession spark, PackSpec spec) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(spec);
    }

    /** S007 when the table has no column {@code name} of one of {@code types}. */
    private static void column(Dataset<Row> table, String name, Set<DataType> types, List<Problem> missing) {
        for (StructField f : table.schema().fields()) {
            if (f.name().equals(name)) {
                if (!types.contains(f.dataType())) {
                    missing.add(SparkProblems.error("S007", name, name, f.dataType().simpleString()));
                }
                return;
            }
        }
        missing.add(SparkProblems.error("S007", name, name, "无 / none"));
    }
}
