package io.perfeval.examples.cli;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.dsl.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "check", header = "检查规则包文件 / check a pack file",
        description = {"编译 .perfeval 规则包文件，列出全部错误和警告；有错误时退出码为 1。",
                "Compiles a .perfeval pack file and lists every error and warning; exit code 1 when there are errors."})
final class CheckCommand implements Callable<Integer> {

    private final PerfevalCli.Environment env;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = {"规则包文件", "the pack file"})
    Path file;

    CheckCommand(PerfevalCli.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw CliProblems.fail("X007", file);
        }
        RulePack.CheckResult result = env.packFiles().check(file);
        List<Problem> problems = Problem.sorted(result.problems());
        String source = readQuietly(file);
        for (Problem p : problems) {
            // Compiler style with the source line and a caret under the place, as pack authors expect.
            env.out().println(source == null ? p.display() : Diagnostics.render(p, source));
            env.out().println("  " + p.displayEnglish());
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        env.out().println(file + "：" + errors + " 个错误，" + warnings + " 个警告 / " + errors + " error(s), " + warnings
                + " other problem(s)");
        return result.hasErrors() ? PerfevalCli.EXIT_FINDINGS : PerfevalCli.EXIT_OK;
    }

    /** The file's text for caret excerpts, or null when it cannot be read again (the problems still print). */
    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
