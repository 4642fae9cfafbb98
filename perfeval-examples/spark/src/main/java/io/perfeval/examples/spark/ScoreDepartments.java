package io.perfeval.examples.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The job's entry point: {@code --input PATH --output PATH [--format parquet|jsonl] [--pack ID|FILE.perfeval]
 * [--master URL]}. Prints the outcome counts, the rows per second and the time this JVM spent compiling the pack;
 * exit 0 when it ran (rejected rows included), 2 when it could not start, with every problem in Chinese and English
 * on stderr.
 */
public final class ScoreDepartments {

    static final String DEFAULT_PACK = "hebei/shijiazhuang-2019/department";
    private static final String USAGE = "--input PATH --output PATH [--format parquet|jsonl] [--pack ID|FILE.perfeval]"
            + " [--master URL]";

    private ScoreDepartments() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        return run(args, DEFAULT_PACK);
    }

    /** The job with {@code defaultPack} when no {@code --pack} is given. */
    static int run(String[] args, String defaultPack) {
        try {
            Map<String, String> a = Launch.arguments(args, Set.of("input", "output", "format", "pack", "master"), USAGE);
            String input = Launch.required(a, "input", USAGE);
            String output = Launch.required(a, "output", USAGE);
            ScoringJob.Format format = switch (a.getOrDefault("format", "parquet")) {
                case "parquet" -> ScoringJob.Format.PARQUET;
                case "jsonl" -> ScoringJob.Format.JSON_LINES;
                default -> throw new JobException(SparkProblems.error("S008", "", "--format " + a.get("format")
                        + "；" + USAGE));
            };
            PackSpec pack = pack(a.getOrDefault("pack", defaultPack));
            SparkSession spark = Launch.session("perfeval-score", a.get("master"));
            long start = System.nanoTime();
            Dataset<Row> rows = ScoringJob.score(spark, input, format, pack);
            ScoringJob.write(rows, output);
            double seconds = (System.nanoTime() - start) / 1e9; // wall time for the log line only, never a score
            Map<String, Long> outcomes = new java.util.TreeMap<>();
            spark.read().parquet(output).groupBy("outcome").count().collectAsList()
                    .forEach(r -> outcomes.put(r.getString(0), r.getLong(1)));
            long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("%,d 行已写入 %s：%s；%.1f 秒，%,.0f 行/秒；规则包编译 %.0f 毫秒（每个 JVM 一次）%n", total,
                    output, outcomes, seconds, total / seconds, ExecutorPacks.compileNanos() / 1e6);
            return 0;
        } catch (JobException e) {
            return Launch.report(e);
        }
    }

    /** A {@code .perfeval} file's text, else a registered id. */
    static PackSpec pack(String given) {
        if (!given.endsWith(".perfeval")) {
            return PackSpec.registered(given);
        }
        Path file = Path.of(given);
        try {
            return PackSpec.source(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new JobException(SparkProblems.error("S012", "", given, e.toString()));
        }
    }
}
