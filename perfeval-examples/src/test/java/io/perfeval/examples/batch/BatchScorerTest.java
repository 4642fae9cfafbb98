package io.perfeval.examples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchScorerTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();

    @Test
    void parallelRowsEqualSequentialScoringInInputOrder() throws InterruptedException {
        List<EvaluationInput> inputs = SyntheticDepartments.generate(11, 1_000);
        BatchScorer.Result parallel = BatchScorer.score(PACK, inputs, 4, Duration.ofMillis(50),
                BatchScorer.Progress.NONE);
        assertEquals(inputs.size(), parallel.rows().size());
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(BatchScorer.score(PACK, inputs.get(i), i), parallel.rows().get(i), "row " + i);
        }
        // The generator spreads departments over more than one grade, so the comparison above is not trivial.
        assertTrue(parallel.rows().stream().map(BatchScorer.Row::grade).distinct().count() >= 3);
    }

    @Test
    void progressOnlyGrowsAndEndsWithEveryInputDone() throws InterruptedException {
        List<EvaluationInput> inputs = SyntheticDepartments.generate(12, 1_000);
        List<int[]> reports = new ArrayList<>();
        BatchScorer.score(PACK, inputs, 2, Duration.ofNanos(1), (done, total) -> reports.add(new int[] {done, total}));
        assertFalse(reports.isEmpty());
        int last = 0;
        for (int[] r : reports) {
            assertEquals(inputs.size(), r[1]);
            assertTrue(r[0] >= last && r[0] <= r[1], () -> "progress went from " + r[0] + " of " + r[1]);
            last = r[0];
        }
        assertEquals(inputs.size(), reports.get(reports.size() - 1)[0]);
    }

    @Test
    void aRejectedInputKeepsItsProblemsAndTheRestAreScored() throws InterruptedException {
        List<EvaluationInput> inputs = new ArrayList<>(SyntheticDepartments.generate(13, 200));
        EvaluationInput good = inputs.get(100);
        EvaluationInput.Builder broken = EvaluationInput.builder().entity("缺数据的部门");
        good.data().forEach((name, value) -> {
            if (!name.equals("本年支出")) {
                broken.put(name, value);
            }
        });
        good.judgements().forEach(broken::judgement);
        broken.put("年初预算数", Value.number(new BigDecimal("-1")));
        inputs.set(100, broken.build());

        BatchScorer.Result result = BatchScorer.score(PACK, inputs, 3, Duration.ofSeconds(1),
                BatchScorer.Progress.NONE);
        BatchScorer.Row row = result.rows().get(100);
        assertTrue(row.rejected());
        assertTrue(row.total().isEmpty());
        // Both problems at once: the missing datum and the negative amount, each naming its field.
        assertTrue(row.problems().size() >= 2, () -> row.problems().toString());
        assertTrue(row.problems().toString().contains("本年支出"), () -> row.problems().toString());
        assertTrue(row.problems().toString().contains("年初预算数"), () -> row.problems().toString());
        assertEquals(199, result.rows().stream().filter(r -> !r.rejected()).count());
    }

    @Test
    void theThreadCountAndIntervalAreChecked() {
        List<EvaluationInput> none = List.of();
        assertThrows(IllegalArgumentException.class,
                () -> BatchScorer.score(PACK, none, 0, Duration.ofSeconds(1), BatchScorer.Progress.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> BatchScorer.score(PACK, none, 1, Duration.ZERO, BatchScorer.Progress.NONE));
    }

    @Test
    void anEmptyBatchReportsDoneAtOnce() throws InterruptedException {
        List<int[]> reports = new ArrayList<>();
        BatchScorer.Result r = BatchScorer.score(PACK, List.of(), 2, Duration.ofSeconds(1),
                (done, total) -> reports.add(new int[] {done, total}));
        assertTrue(r.rows().isEmpty());
        assertEquals(1, reports.size());
        assertEquals(0, reports.get(0)[1]);
    }

    @Test
    void theExampleSummaryCountsWhatTheRowsSay() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchScorer.Result result = BatchExample.run(500, 2, Duration.ofMillis(10),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        Map<String, Long> grades = new java.util.TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (BatchScorer.Row row : result.rows()) {
            row.grade().ifPresent(g -> grades.merge(g, 1L, Long::sum));
            sum = sum.add(row.total().orElse(BigDecimal.ZERO));
        }
        long scored = result.rows().stream().filter(row -> row.total().isPresent()).count();
        grades.forEach((g, n) -> assertTrue(summary.contains("  " + g + " " + String.format("%,d", n)),
                () -> g + " " + n + " missing from\n" + summary));
        assertTrue(summary.contains("平均得分 " + sum.divide(BigDecimal.valueOf(scored), 2,
                java.math.RoundingMode.HALF_UP).toPlainString()), summary);
        assertTrue(summary.contains("500 个部门，2 个线程"), summary);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("已评分 500 / 500（100%）"));
    }
}
