package io.perfeval.examples.batch;

import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.GradeBand;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scores many departments with one compiled pack shared by a fixed number of worker threads — the way a province
 * re-scores every department when a template changes. A compiled {@link RulePack} is immutable and an evaluation has
 * no side effects, so the workers share the pack without any locking; each result row is written by exactly one
 * worker into its own slot, so the rows come back in input order whatever the scheduling.
 *
 * <p>An input the pack rejects (missing or malformed data) does not stop the batch: its row carries the problems and
 * no score. Only a programming error (an unexpected exception) aborts the batch, and is rethrown to the caller.
 *
 * <p>The caller's thread reports progress: at most once per {@code interval}, and once more at the end with every
 * input done.
 */
public final class BatchScorer {

    /** Inputs a worker claims at a time: large enough that claiming costs nothing, small enough to balance the load. */
    private static final int CHUNK = 64;

    /** Told how far the batch has got; called on the caller's thread, never concurrently. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /**
     * One department's outcome, small enough to keep a province's worth in memory (the full sheets, with their
     * traces, are for the departments someone opens).
     *
     * @param rejected whether the pack rejected the input before scoring it (missing or malformed data)
     * @param total    the total score, absent when the department could not be scored completely
     * @param grade    the grade's name (优秀 …), absent with the total
     * @param findings how many self-scores the review disagrees with (the 合计 included)
     * @param problems why the department was rejected or left incomplete; empty when it was scored completely
     */
    public record Row(int index, String entity, boolean rejected, Optional<BigDecimal> total, Optional<String> grade, int findings,
                      List<Problem> problems) {
        public Row {
            Objects.requireNonNull(entity);
            Objects.requireNonNull(total);
            Objects.requireNonNull(grade);
            problems = List.copyOf(problems);
        }
    }

    /** The rows in input order, how many threads scored them, and how long it took. */
    public record Result(List<Row> rows, int threads, Duration elapsed) {
        public Result {
            rows = List.copyOf(rows);
            Objects.requireNonNull(elapsed);
        }
    }

    private BatchScorer() {
    }

    /**
     * The row of one department, scored on the calling thread: what every worker does for each of its inputs. A row
     * keeps no trace, so none is made: scores, totals, grades, findings and problems are the same either way.
     */
    public static Row score(RulePack pack, EvaluationInput input, int index) {
        try {
            ScoreSheet sheet = pack.evaluate(input, EvaluationOptions.withoutTrace());
            return new Row(index, input.entity(), false, sheet.total(), sheet.grade().map(GradeBand::name),
                    sheet.findings().size(), sheet.problems());
        } catch (InvalidInputException e) {
            return new Row(index, input.entity(), true, Optional.empty(), Optional.empty(), 0, e.problems());
        }
    }

    /**
     * Scores every input with {@code pack} on {@code threads} worker threads.
     *
     * @throws IllegalArgumentException when {@code threads} is not between 1 and 256
     * @throws InterruptedException     when the calling thread is interrupted; the workers are stopped first
     * @throws IllegalStateException    when scoring failed unexpectedly (a bug, not bad input); the cause is attached
     */
    public static Result score(RulePack pack, List<EvaluationInput> inputs, int threads, Duration interval,
                               Progress progress) throws InterruptedException {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, was " + threads);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the progress interval must be positive, was " + interval);
        }
        EvaluationInput[] work = inputs.toArray(EvaluationInput[]::new);
        Row[] rows = new Row[work.length];
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(threads);
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "perfeval-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int t = 0; t < threads; t++) {
                workers.execute(() -> {
                    try {
                        int from;
                        while (failure.get() == null && (from = nextChunk.getAndAdd(CHUNK)) < work.length) {
                            int to = Math.min(from + CHUNK, work.length);
                            for (int i = from; i < to; i++) {
                                rows[i] = score(pack, work[i], i);
                            }
                            done.addAndGet(to - from);
                        }
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        finished.countDown();
                    }
                });
            }
            long intervalNanos = interval.toNanos();
            while (!finished.await(intervalNanos, TimeUnit.NANOSECONDS)) {
                progress.report(done.get(), work.length);
            }
        } finally {
            workers.shutdownNow();
        }
        Throwable f = failure.get();
        if (f != null) {
            throw new IllegalStateException("batch scoring failed unexpectedly: " + f, f);
        }
        // The latch's countDown/await orders every worker's writes to rows before this read.
        progress.report(work.length, work.length);
        return new Result(Arrays.asList(rows), threads, Duration.ofNanos(System.nanoTime() - start));
    }
}
