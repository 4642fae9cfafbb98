package io.perfeval.examples.cli;

import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.sheets.OfficialForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", sortOptions = false,
        header = "计分并输出自评表 / score an input and write the score sheet",
        description = {"用规则包为输入计分，输出自评表（一级/二级/三级指标、分值、得分、自评得分、合计、等级、复核发现）；"
                        + "自评表没有合计（有指标无法计分）时仍输出，退出码为 1。",
                "Scores the input with the pack and writes the sheet; when the sheet has no total (an indicator could "
                        + "not be scored) it is still written, and the exit code is 1."})
final class ScoreCommand implements Callable<Integer> {

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    @Mixin
    Subject subject = new Subject();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ScoreFormat.Converter.class,
            description = {"text | markdown | json | html | xlsx | narrative | report | official-xlsx | official-html（默认 text；report 为自评报告语体的指标分析；"
                    + "official-* 为官方格式的部门整体支出绩效自评表，含预算执行情况与分项绩效项目清单）",
                    "output format (default text); report is the report's section 三 in its own register; official-* is the official form with the budget block and the "
                            + "project list; xlsx and official-xlsx need --out"})
    ScoreFormat format = ScoreFormat.TEXT;

    @Option(names = "--out", paramLabel = "FILE", description = {"写入文件而不是标准输出", "write to FILE, not stdout"})
    Path out;

    ScoreCommand(PerfevalCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (format.binary() && out == null) {
            throw CliProblems.fail("X005");
        }
        Subject.Scored scored = subject.score(env);
        ScoreSheet sheet = scored.sheet();
        byte[] bytes = render(scored);
        if (scored.projects() != null && format == ScoreFormat.TEXT) {
            // the audits of the projects that carry their own 自评表 follow the department's sheet
            bytes = concat(bytes, scored.projects().render().getBytes(StandardCharsets.UTF_8));
        }
        if (scored.notes() != null && format == ScoreFormat.TEXT) {
            // a project table's notes (填表说明) under it, as the official form prints them
            bytes = concat(bytes, scored.notes().getBytes(StandardCharsets.UTF_8));
        }
        if (out == null) {
            env.out().write(bytes, 0, bytes.length);
            env.out().flush();
        } else {
            try {
                Files.write(out, bytes);
            } catch (IOException e) {
                throw CliProblems.fail("X003", out, e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        boolean projectsComplete = scored.projects() == null
                || scored.projects().projects().stream().allMatch(p -> p.sheet().complete());
        if (!sheet.complete() || !projectsComplete) {
            // the sheet is written (it says which indicators stopped the total), but a pipeline must not take it as done
            int problems = sheet.problems().size() + (scored.projects() == null ? 0 : scored.projects().projects()
                    .stream().mapToInt(p -> p.sheet().problems().size()).sum());
            CliProblems.print(env.err(), List.of(CliProblems.problem("X014", problems)));
            return PerfevalCli.EXIT_FINDINGS;
        }
        return PerfevalCli.EXIT_OK;
    }

    private byte[] render(Subject.Scored scored) {
        if (format.sheet.isPresent()) {
            return format.sheet.get().render(scored.sheet());
        }
        OfficialForm.Details details = OfficialFormDetails.of(scored.pack(), scored.input(), scored.department());
        return format == ScoreFormat.OFFICIAL_XLSX ? OfficialForm.xlsx(scored.sheet(), details)
                : OfficialForm.html(scored.sheet(), details).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
