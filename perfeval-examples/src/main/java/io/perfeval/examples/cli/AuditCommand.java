package io.perfeval.examples.cli;

import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.DepartmentEvaluation;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", sortOptions = false,
        header = "复核自评得分 / review the self-scores",
        description = {"只列出与评价标准不符的自评得分，每项附计分过程；有不符时退出码为 1（供流水线使用）。",
                "Lists only the self-scores the rules do not give, each with its trace; exit code 1 when there are any."})
final class AuditCommand implements Callable<Integer> {

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    @Mixin
    Subject subject = new Subject();

    AuditCommand(PerfevalCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Subject.Scored scored = subject.score(env);
        ScoreSheet sheet = scored.sheet();
        PrintStream out = env.out();
        String who = sheet.entity().isEmpty() ? "" : sheet.entity() + "：";
        boolean noSelfScores = scored.input().selfScores().isEmpty() && scored.input().selfTotal().isEmpty();
        boolean agrees = true;
        if (noSelfScores) {
            out.println(who + "输入中没有自评得分，无可复核 / the input has no self-scores to review");
        } else if (sheet.findings().isEmpty()) {
            out.println(who + "自评得分与评价标准全部相符 / every self-score agrees with the rules");
        } else {
            out.println(who + "复核发现 " + sheet.findings().size() + " 处自评得分与评价标准不符 / "
                    + sheet.findings().size() + " self-score(s) disagree with the rules");
            findings(out, "", sheet);
            agrees = false;
        }
        if (scored.projects() != null) {
            agrees &= projects(out, scored.projects());
        }
        return agrees ? PerfevalCli.EXIT_OK : PerfevalCli.EXIT_FINDINGS;
    }

    private static void findings(PrintStream out, String indent, ScoreSheet sheet) {
        for (AuditFinding f : sheet.findings()) {
            out.println(indent + "✗ " + (f.path().isEmpty() ? "合计" : String.join("/", f.path())) + "："
                    + f.render().substring(f.name().length() + 1));
            for (String line : f.trace().lines()) {
                out.println(indent + "    " + line);
            }
        }
    }

    /**
     * The carried project tables that disagree with their line or with the template, each with its findings, and the
     * located disagreements between the list and the tables (C030–C034); whether there were none.
     */
    private static boolean projects(PrintStream out, DepartmentEvaluation e) {
        List<DepartmentEvaluation.ProjectAudit> off = e.projects().stream()
                .filter(p -> !p.agrees() || !p.sheet().findings().isEmpty()).toList();
        out.println("分项绩效项目：" + e.projects().size() + " 个项目附自评表，" + off.size() + " 个与评价标准不符 / "
                + e.projects().size() + " carried project table(s), " + off.size() + " disagree with the rules");
        for (DepartmentEvaluation.ProjectAudit p : off) {
            out.println(p.render());
            findings(out, "    ", p.sheet());
        }
        e.problems().forEach(p -> out.println(p.display()));
        return off.isEmpty() && e.problems().isEmpty();
    }
}
