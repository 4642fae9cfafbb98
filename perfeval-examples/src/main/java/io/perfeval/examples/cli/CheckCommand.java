package io.perfeval.examples.cli;

import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Finding;
import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Witness;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Decimals;
import io.perfeval.dsl.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", header = "检查规则包文件 / check a pack file",
        description = {"编译 .perfeval 规则包文件，列出全部错误和警告（含精确分析：得分范围、未覆盖区间、重叠、永不适用的条款、"
                + "阈值处的跳变、得分方向与措辞不符；凡称某输入得某分的结论，都已在构造的输入上由评分器核实）；有错误时退出码为 1。",
                "Compiles a .perfeval pack file and lists every error and warning, with the exact analysis (score ranges, "
                        + "uncovered regions, overlaps, clauses that never apply, jumps at thresholds, direction against "
                        + "wording; every claim of a score was confirmed by the evaluator on a constructed input); exit "
                        + "code 1 when there are errors."})
final class CheckCommand implements Callable<Integer> {

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = {"规则包文件", "the pack file"})
    Path file;

    @Option(names = "--ranges", description = {"另列每个三级指标的得分范围和得分方向",
            "also list each indicator's exact score range and direction"})
    boolean ranges;

    @Option(names = "--explain", description = {"逐条复述每个三级指标的评价标准如何被读懂（条款、不计分的文字、阈值两侧的得分）",
            "restate how each indicator's criterion was read: its clauses in plain Chinese, the text that scores "
                    + "nothing, and the score just below, at and just above each threshold"})
    boolean explain;

    @Option(names = "--witnesses", description = {"在每条分析结论下列出证明它的输入（评分器已核实）",
            "under each finding of the analysis, show the inputs that prove it (confirmed by the evaluator)"})
    boolean witnesses;

    CheckCommand(PerfevalCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw CliProblems.fail("X007", file);
        }
        RulePack.CheckResult result = env.packFiles().check(file);
        List<Problem> all = new ArrayList<>(result.problems());
        PackAnalysis analysis = result.pack().map(PackAnalysis::analyze).orElse(null);
        if (analysis != null) {
            // The analysis repeats the pack's own warnings so that it stands alone; print each once.
            for (Problem f : analysis.findings()) {
                if (!all.contains(f)) {
                    all.add(f);
                }
            }
        }
        List<Problem> problems = Problem.sorted(all);
        String source = readQuietly(file);
        for (Problem p : problems) {
            // Compiler style with the source line and a caret under the place, as pack authors expect.
            env.out().println(source == null ? p.display() : Diagnostics.render(p, source));
            env.out().println("  " + p.displayEnglish());
            if (witnesses && analysis != null) {
                printWitnesses(analysis, p);
            }
        }
        if (ranges && analysis != null) {
            printRanges(analysis);
        }
        if (explain && result.pack().isPresent() && source != null) {
            env.out().println("读法 / how the criteria are read:");
            env.out().print(io.perfeval.dsl.Explanation.of(source, file.getFileName().toString()).render());
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long infos = problems.stream().filter(p -> p.severity() == Severity.INFO).count();
        long warnings = problems.size() - errors - infos;
        env.out().println(file + "：" + errors + " 个错误，" + warnings + " 个警告" + (infos > 0 ? "，" + infos + " 条提示" : "")
                + " / " + errors + " error(s), " + (warnings + infos) + " other problem(s)");
        return result.hasErrors() ? PerfevalCli.EXIT_FINDINGS : PerfevalCli.EXIT_OK;
    }

    /** The witnesses of the analysis's finding {@code p}: each input's numbers and what the evaluator gave. */
    private void printWitnesses(PackAnalysis analysis, Problem p) {
        for (Finding f : analysis.witnessed()) {
            if (f.problem() != p) {
                continue;
            }
            for (Witness w : f.witnesses()) {
                String outcome = w.score().map(s -> Decimals.trim(s) + " 分").orElse(w.status().chinese())
                        + w.problem().map(c -> "（" + c + "）").orElse("");
                env.out().println("    见证 / witness: " + (w.values().isEmpty() ? "（任一输入）" : w.describe()) + " → "
                        + outcome);
            }
        }
    }

    private void printRanges(PackAnalysis analysis) {
        env.out().println("得分范围 / score ranges（* 两端均有评分器核实的输入，但未能证明没有更高或更低的得分 / each end is "
                + "scored by a confirmed input, but nothing beyond them is not proven）:");
        for (LeafSummary l : analysis.leaves()) {
            String range = l.exhaustive() && l.min() != null
                    ? "[" + Decimals.trim(l.min()) + ", " + Decimals.trim(l.max()) + "]" + (l.exact() ? "" : "*")
                    : "[?]";
            StringBuilder line = new StringBuilder("  " + l.path() + "  " + range + " / " + Decimals.trim(l.maxScore()));
            for (Map.Entry<String, io.perfeval.core.analysis.Trend> t : l.trends().entrySet()) {
                line.append("  ").append(t.getKey()).append("↑ ").append(t.getValue().chinese());
            }
            env.out().println(line);
        }
    }

    /** The file's text for caret excerpts, or null when it cannot be read again (the problems still print). */
    private static String readQuietly(Path file) {
        try {
            return PerfevalCli.packText(file);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
