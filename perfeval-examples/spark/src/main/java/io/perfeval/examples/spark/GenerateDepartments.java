package io.perfeval.examples.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.RulePack;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes {@code COUNT} realistic department inputs ({@link SyntheticDocuments}) for the job, as Parquet (the input
 * table: region, year, department, input) or JSON lines: {@code --count N --output PATH [--format parquet|jsonl]
 * [--seed S] [--master URL]}. Blocks of a thousand rows are made in parallel by the executors.
 */
public final class GenerateDepartments {

    /** The job's input table. */
    public static final StructType INPUT = new StructType()
            .add("region", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("department", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false);

    private static final String USAGE = "--count N --output PATH [--format parquet|jsonl] [--seed S] [--master URL]";

    private static final ObjectMapper LINES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private GenerateDepartments() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        return run(args, false);
    }

    /** Departments, or with {@code projects} the national template's project tables ({@link GenerateProjects}). */
    static int run(String[] args, boolean projects) {
        try {
            Map<String, String> a = Launch.arguments(args, Set.of("count", "output", "format", "seed", "master"), USAGE);
            long count = number(Launch.required(a, "count", USAGE));
            long seed = number(a.getOrDefault("seed", "20"));
            String output = Launch.required(a, "output", USAGE);
            String format = a.getOrDefault("format", "parquet");
            if (!format.equals("parquet") && !format.equals("jsonl")) {
                throw new JobException(SparkProblems.error("S008", "", "--format " + format + "；" + USAGE));
            }
            SparkSession spark = Launch.session("perfeval-generate", a.get("master"));
            long start = System.nanoTime();
            Dataset<Row> rows = projects ? generateProjects(spark, seed, count)
                    : generate(spark, ScoreDepartments.DEFAULT_PACK, seed, count);
            if (format.equals("parquet")) {
                rows.write().mode(SaveMode.Overwrite).parquet(output);
            } else {
                jsonLines(rows).write().mode(SaveMode.Overwrite).text(output);
            }
            System.out.printf("%,d 个%s已写入 %s（%.1f 秒）%n", count, projects ? "项目" : "部门", output,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (JobException e) {
            return Launch.report(e);
        }
    }

    /** {@code count} rows of the input table, made by the executors block by block, with the registered pack. */
    public static Dataset<Row> generate(SparkSession spark, String packId, long seed, long count) {
        PackSpec spec = ScoringJob.prepare(PackSpec.registered(packId));
        long blocks = SyntheticDocuments.blocks(count);
        int partitions = (int) Math.max(1, Math.min(blocks, spark.sparkContext().defaultParallelism() * 4L));
        FlatMapFunction<Long, Row> block = b -> {
            RulePack pack = ((ExecutorPacks.Ready) ExecutorPacks.get(spec)).pack();
            Iterator<SyntheticDocuments.Document> docs = SyntheticDocuments.block(pack, seed, b, count).iterator();
            return new MappedIterator<>(docs, d -> RowFactory.create(d.region(), d.year(), d.department(), d.input()));
        };
        return spark.range(0, blocks, 1, partitions).as(Encoders.LONG()).flatMap(block, Encoders.row(INPUT));
    }

    /**
     * {@code count} project tables of the national template ({@link SyntheticProjects}), made by the executors block by
     * block: the input table's {@code department} column holds the project's name (项目名称), its identity in the output.
     */
    public static Dataset<Row> generateProjects(SparkSession spark, long seed, long count) {
        PackSpec spec = ScoringJob.prepare(PackSpec.registered(SyntheticProjects.PACK));
        long blocks = SyntheticDocuments.blocks(count);
        int partitions = (int) Math.max(1, Math.min(blocks, spark.sparkContext().defaultParallelism() * 4L));
        FlatMapFunction<Long, Row> block = b -> {
            RulePack template = ((ExecutorPacks.Ready) ExecutorPacks.get(spec)).pack();
            Iterator<SyntheticDocuments.Document> docs = SyntheticProjects.block(template, seed, b, count).iterator();
            return new MappedIterator<>(docs, d -> RowFactory.create(d.region(), d.year(), d.department(), d.input()));
        };
        return spark.range(0, blocks, 1, partitions).as(Encoders.LONG()).flatMap(block, Encoders.row(INPUT));
    }

    /** The rows as JSON lines: {@code {"region", "year", "department", "input": {…}}}, one a line, numbers as written. */
    public static Dataset<String> jsonLines(Dataset<Row> rows) {
        return rows.map((MapFunction<Row, String>) r -> line(r.getString(0), r.getInt(1), r.getString(2),
                r.getString(3)), Encoders.STRING());
    }

    static String line(String region, int year, String department, String input) throws JsonProcessingException {
        ObjectNode o = LINES.createObjectNode();
        o.put(JsonLines.REGION, region).put(JsonLines.YEAR, year).put(JsonLines.DEPARTMENT, department);
        o.set(JsonLines.INPUT, LINES.readTree(input));
        return LINES.writeValueAsString(o);
    }

    private static long number(String text) {
        try {
            long n = Long.parseLong(text.replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new JobException(SparkProblems.error("S008", "", text + "；" + USAGE));
    }
}
