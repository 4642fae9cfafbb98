package io.perfeval.examples.spark;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.examples.batch.BatchScorer;
import io.perfeval.core.EvaluationOptions;
import io.perfeval.rules.hebei.DepartmentInputJson;
import io.perfeval.rules.national.ProjectInputJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The baseline of BENCHMARKS.md: the job's input table (what {@link GenerateDepartments} wrote) scored on one machine
 * by the batch example's {@link BatchScorer} on {@code --threads} workers, in slices of {@code --slice} departments (a
 * million forms do not fit in a small heap at once). The documents' reading ({@code DepartmentInputJson.readFor}, on
 * as many threads) and the scoring are timed separately, since the Spark job does both for every row; fetching the
 * table's rows (through a local Spark session) is not timed: {@code --input PATH [--threads T] [--slice S]}.
 *
 * <p>With {@code --projects true} the table holds project tables ({@link GenerateProjects}): {@code BatchScorer} takes
 * one pack for all its inputs and each project has its own bound pack, so the baseline is then the library one by one
 * on {@code --threads} workers — reading and binding ({@code ProjectInputJson.readFor} against the template) timed
 * apart from scoring ({@code bound.pack().evaluate(bound.input())}).
 */
public final class CompareWithBatch {

    private static final String USAGE = "--input PATH [--threads T] [--slice S] [--projects true]";

    private CompareWithBatch() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            Map<String, String> a = Launch.arguments(args, Set.of("input", "threads", "slice", "projects"), USAGE);
            String input = Launch.required(a, "input", USAGE);
            int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
            int slice = Integer.parseInt(a.getOrDefault("slice", "20000"));
            SparkSession spark = Launch.session("perfeval-batch-baseline", "local[1]");
            Iterator<Row> table = spark.read().parquet(input).select("department", "input").toLocalIterator();
            if (Boolean.parseBoolean(a.getOrDefault("projects", "false"))) {
                projects(table, threads, slice);
            } else {
                run(table, threads, slice);
            }
        } catch (JobException e) {
            System.exit(Launch.report(e));
        }
        System.exit(0);
    }

    private static void run(Iterator<Row> table, int threads, int slice) throws InterruptedException {
        RulePack pack = PackRegistry.fromClassPath().get(ScoreDepartments.DEFAULT_PACK);
        ForkJoinPool readers = new ForkJoinPool(threads);
        timed(table, slice, "BatchScorer，" + threads + " 线程，%,d 个部门：读取文档", docs -> readers.submit(
                () -> docs.parallelStream().map(d -> DepartmentInputJson.readFor(d[1], d[0], pack)).toList()).join(),
                inputs -> BatchScorer.score(pack, inputs, threads, Duration.ofHours(1), BatchScorer.Progress.NONE)
                        .rows().size());
        readers.shutdown();
    }

    /** Scores a slice's inputs and says how many were scored (BatchScorer waits for its workers, hence the throws). */
    private interface Scoring<T> {
        int count(List<T> inputs) throws InterruptedException;
    }

    /**
     * Reads and scores the table slice by slice, timing the reading (documents to inputs) apart from the scoring, and
     * prints the line {@code what} begins (its {@code %,d} is the number scored).
     */
    private static <T> void timed(Iterator<Row> table, int slice, String what,
                                  java.util.function.Function<List<String[]>, List<T>> read,
                                  Scoring<T> score) throws InterruptedException {
        long readNanos = 0;
        long scoreNanos = 0;
        long scored = 0;
        while (table.hasNext()) {
            List<String[]> docs = nextSlice(table, slice);
            long start = System.nanoTime();
            List<T> inputs = read.apply(docs);
            long readAt = System.nanoTime();
            scored += score.count(inputs);
            scoreNanos += System.nanoTime() - readAt;
            readNanos += readAt - start;
        }
        System.out.printf(what + " %.1f 秒，评分 %.1f 秒，合计 %,.0f 个/秒（仅评分 %,.0f 个/秒）%n", scored, readNanos / 1e9,
                scoreNanos / 1e9, scored / ((readNanos + scoreNanos) / 1e9), scored / (scoreNanos / 1e9));
    }

    /** Up to {@code slice} documents of the table, each as its source name and text. */
    private static List<String[]> nextSlice(Iterator<Row> table, int slice) {
        List<String[]> docs = new ArrayList<>(slice);
        while (table.hasNext() && docs.size() < slice) {
            Row r = table.next();
            docs.add(new String[] {r.getString(0), r.getString(1)});
        }
        return docs;
    }

    private static void projects(Iterator<Row> table, int threads, int slice) throws InterruptedException {
        RulePack template = PackRegistry.fromClassPath().get(SyntheticProjects.PACK);
        ForkJoinPool workers = new ForkJoinPool(threads);
        timed(table, slice, "逐个评分，" + threads + " 线程，%,d 个项目：读取与绑定", docs -> workers.submit(
                () -> docs.parallelStream().map(d -> ProjectInputJson.readFor(d[1], d[0], template)).toList()).join(),
                bound -> workers.submit(() -> bound.parallelStream()
                        .map(x -> x.pack().evaluate(x.input(), EvaluationOptions.withoutTrace())).toList()).join()
                        .size());
        workers.shutdown();
    }
}
