package io.perfeval.examples.batch;

import io.perfeval.core.GradeBand;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-scoring a province: thousands of synthetic departments scored in parallel with one shared compiled pack, with
 * progress on stderr and a summary on stdout.
 *
 * <pre>java -cp perfeval-examples/target/perfeval.jar io.perfeval.examples.batch.BatchExample [departments] [threads]</pre>
 *
 * Defaults: 10,000 departments on as many threads as the machine has cores.
 */
public final class BatchExample {

    private BatchExample() {
    }

    public static void main(String[] args) throws InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        run(count, threads, Duration.ofSeconds(1), System.out, System.err);
    }

    /** Generates {@code count} departments, scores them on {@code threads} threads, and prints the summary. */
    public static BatchScorer.Result run(int count, int threads, Duration interval, PrintStream out, PrintStream err)
            throws InterruptedException {
        RulePack pack = ShijiazhuangDepartmentPack.pack();
        List<EvaluationInput> departments = SyntheticDepartments.generate(2019, count);
        // A terminal gets one line rewritten in place; a log gets one line per report.
        String end = System.console() != null ? "\r" : "\n";
        BatchScorer.Result result = BatchScorer.score(pack, departments, threads, interval, (done, total) ->
                err.printf("已评分 %,d / %,d（%d%%）%s", done, total, total == 0 ? 100 : done * 100L / total, end));
        if (end.equals("\r")) {
            err.println();
        }
        out.print(summary(pack, result));
        return result;
    }

    /** The grade distribution, the mean total and the throughput, as a short Chinese report. */
    static String summary(RulePack pack, BatchScorer.Result result) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (GradeBand band : pack.grades().bands()) {
            grades.put(band.name(), 0);
        }
        int rejected = 0;
        int incomplete = 0;
        int findings = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (BatchScorer.Row row : result.rows()) {
            if (row.rejected()) {
                rejected++;
            } else if (row.total().isEmpty()) {
                incomplete++;
            } else {
                sum = sum.add(row.total().get());
                grades.merge(row.grade().orElseThrow(), 1, Integer::sum);
            }
            findings += row.findings();
        }
        int scored = result.rows().size() - rejected - incomplete;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("规则包 %s：%,d 个部门，%d 个线程共用一个编译好的规则包%n", pack.info().id(),
                result.rows().size(), result.threads()));
        sb.append(String.format("完整评分 %,d，无法完整评分 %,d，输入被拒 %,d%n", scored, incomplete, rejected));
        grades.forEach((grade, n) -> sb.append(String.format("  %s %,d%n", grade, n)));
        if (scored > 0) {
            // Declared rounding: the mean of the totals to two decimals, half up, like the totals themselves.
            sb.append("平均得分 ").append(sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP).toPlainString())
                    .append('\n');
        }
        sb.append(String.format("自评得分复核不一致 %,d 处%n", findings));
        long millis = Math.max(1, result.elapsed().toMillis());
        sb.append(String.format("用时 %,d 毫秒，每秒 %,d 个部门%n", millis, result.rows().size() * 1000L / millis));
        return sb.toString();
    }
}
