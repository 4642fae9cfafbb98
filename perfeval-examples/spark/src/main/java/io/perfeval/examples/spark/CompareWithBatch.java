package io.perfeval.examples.spark;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.examples.batch.BatchScorer;
import io.perfeval.rules.hebei.DepartmentInputJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * The baseline of BENCHMARKS.md: the job's departments (the same {@link SyntheticDocuments}) scored on one machine by
 * the batch example's {@link BatchScorer}, {@code --threads} workers, in slices of {@code --slice} departments (a
 * million forms do not fit in a small heap at once). Reports the documents' reading ({@code DepartmentInputJson
 * .readFor}, on as many threads) and the scoring separately, since the Spark job does both for every row:
 * {@code --count N [--threads T] [--slice S] [--seed S]}. Making the documents is not timed.
 */
public final class CompareWithBatch {

    private static final String USAGE = "--count N [--threads T] [--slice S] [--seed S]";

    private CompareWithBatch() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            Map<String, String> a = Launch.arguments(args, Set.of("count", "threads", "slice", "seed"), USAGE);
            long count = Long.parseLong(Launch.required(a, "count", USAGE));
            int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
            int slice = Integer.parseInt(a.getOrDefault("slice", "50000")) / SyntheticDocuments.BLOCK;
            long seed = Long.parseLong(a.getOrDefault("seed", "20"));
            run(count, threads, Math.max(1, slice), seed);
        } catch (JobException e) {
            System.exit(Launch.report(e));
        }
    }

    private static void run(long count, int threads, int blocksPerSlice, long seed) throws InterruptedException {
        RulePack pack = PackRegistry.fromClassPath().get(ScoreDepartments.DEFAULT_PACK);
        ForkJoinPool readers = new ForkJoinPool(threads);
        long readNanos = 0;
        long scoreNanos = 0;
        long scored = 0;
        long blocks = SyntheticDocuments.blocks(count);
        for (long from = 0; from < blocks; from += blocksPerSlice) {
            List<SyntheticDocuments.Document> docs = new ArrayList<>();
            for (long b = from; b < Math.min(blocks, from + blocksPerSlice); b++) {
                docs.addAll(SyntheticDocuments.block(pack, seed, b, count));
            }
            long start = System.nanoTime();
            List<EvaluationInput> inputs = readers.submit(() -> docs.parallelStream()
                    .map(d -> DepartmentInputJson.readFor(d.input(), d.department(), pack)).toList()).join();
            long read = System.nanoTime();
            BatchScorer.Result result = BatchScorer.score(pack, inputs, threads, Duration.ofHours(1),
                    BatchScorer.Progress.NONE);
            scoreNanos += System.nanoTime() - read;
            readNanos += read - start;
            scored += result.rows().size();
        }
        readers.shutdown();
        System.out.printf("BatchScorer，%d 线程，%,d 个部门：读取文档 %.1f 秒，评分 %.1f 秒，合计 %,.0f 个/秒（仅评分 %,.0f 个/秒）%n",
                threads, scored, readNanos / 1e9, scoreNanos / 1e9, scored / ((readNanos + scoreNanos) / 1e9),
                scored / (scoreNanos / 1e9));
    }
}
