package io.perfeval.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", sortOptions = false,
        header = "计分并输出自评表 / score an input and write the score sheet",
        description = {"用规则包为输入计分，输出自评表（一级/二级/三级指标、分值、得分、自评得分、合计、等级、复核发现）。",
                "Scores the input with the pack and writes the sheet."})
final class ScoreCommand implements Callable<Integer> {

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    @Mixin
    Subject subject = new Subject();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = {"text | markdown | json | html | xlsx | narrative（默认 text）",
                    "output format (default text); xlsx needs --out"})
    Format format = Format.TEXT;

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
        byte[] bytes = format.render(subject.score(env).sheet());
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
        return PerfevalCli.EXIT_OK;
    }
}
