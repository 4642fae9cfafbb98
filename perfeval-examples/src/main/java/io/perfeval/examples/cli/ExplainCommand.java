package io.perfeval.examples.cli;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.sheets.Narrative;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explain", sortOptions = false,
        header = "解释一项指标的得分 / explain one indicator's score",
        description = {"输出一项指标的评价标准、完整计分过程、问题、自评得分的复核结果和第三部分的说明句。",
                "Prints one indicator's criterion, full trace, problems, self-score review and report sentence."})
final class ExplainCommand implements Callable<Integer> {

    private static final String[] LEVELS = {"一级指标", "二级指标", "三级指标"};

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    @Mixin
    Subject subject = new Subject();

    @Option(names = "--indicator", required = true, paramLabel = "NAME",
            description = {"指标名称或路径（如 收入预算完成率 或 过程/预算执行/收入预算完成率）",
                    "indicator name or path"})
    String indicator;

    ExplainCommand(PerfevalCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Subject.Scored scored = subject.score(env);
        IndicatorResult r = scored.sheet().find(indicator).orElseThrow(() -> CliProblems.fail("X004", indicator,
                scored.pack().info().id(), Suggestions.closest(indicator, scored.pack().indicatorNames())));
        PrintStream out = env.out();
        out.println(r.pathString() + "（" + (r.level() <= LEVELS.length ? LEVELS[r.level() - 1] : r.level() + " 级指标")
                + "）");
        out.println("分值：" + Decimals.trim(r.maxScore()) + " 分");
        out.println("得分：" + r.score().map(s -> Decimals.plain(s) + " 分").orElse("—") + "（" + r.status().chinese()
                + "）");
        if (!r.criterion().isEmpty()) {
            out.println("评价标准：" + r.criterion());
        }
        if (r.isLeaf()) {
            out.println("计分过程：");
            List<String> lines = r.trace().lines();
            for (int i = 0; i < lines.size(); i++) {
                out.println("  " + (i + 1) + ". " + lines.get(i));
            }
        } else {
            out.println("下级指标：");
            for (IndicatorResult c : r.children()) {
                out.println("  " + c.name() + "：" + c.score().map(Decimals::plain).orElse(c.status().chinese())
                        + " / " + Decimals.trim(c.maxScore()) + " 分");
            }
            r.trace().lines().forEach(l -> out.println("  " + l));
        }
        if (r.selfScore().isPresent()) {
            AuditFinding finding = scored.sheet().findings().stream().filter(f -> f.path().equals(r.path()))
                    .findFirst().orElse(null);
            out.println("自评得分：" + Decimals.trim(r.selfScore().get()) + " 分，"
                    + (finding == null ? "与评价标准相符 ✓" : "与评价标准不符 ✗（" + finding.render() + "）"));
        }
        if (!r.problems().isEmpty()) {
            out.println("问题：");
            for (Problem p : r.problems()) {
                out.println("  " + p.display());
                out.println("    " + p.displayEnglish());
            }
        }
        if (r.isLeaf()) {
            out.println("说明：" + Narrative.sentence(r));
        }
        return PerfevalCli.EXIT_OK;
    }
}
