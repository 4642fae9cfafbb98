package io.perfeval.examples.cli;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.PerfevalException;
import io.perfeval.core.input.Utf8Text;
import io.perfeval.dsl.CompileResult;
import io.perfeval.dsl.PackCompiler;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code perfeval} command-line tool: {@code score}, {@code audit}, {@code explain}, {@code packs},
 * {@code schema} and {@code check}. Without arguments it scores the bundled Gaoyi County 2021 case with the Shijiazhuang
 * 2019 department pack and prints the text sheet.
 *
 * <p>Exit codes: {@value #EXIT_OK} done; {@value #EXIT_FINDINGS} the command ran and found something a pipeline should
 * stop on ({@code audit}: self-score disagreements; {@code check}: pack errors; {@code score}: a sheet without a total,
 * written all the same); {@value #EXIT_ERROR} the command could
 * not run (bad arguments, a missing or malformed input file, an unknown pack or indicator, an invalid input), with a
 * Chinese and an English message on stderr; {@value #EXIT_INTERNAL} a defect of the tool itself.
 */
@Command(name = "perfeval", sortOptions = false,
        header = "预算绩效评价计分工具 / scores budget-performance evaluations",
        description = {"不带参数时，用内置规则包为内置的高邑县 2021 年案例计分并输出自评表。",
                "Without arguments: scores the bundled Gaoyi County 2021 case and prints the sheet."},
        footer = {"", "退出码 / exit codes: 0 完成 done; 1 复核有不符、规则包有错误或自评表没有合计",
                "  findings (audit), pack errors (check), a sheet without a total (score);",
                "  2 无法执行 could not run (arguments, input, pack); 3 内部错误 internal error"})
public final class PerfevalCli implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_ERROR = 2;
    public static final int EXIT_INTERNAL = 3;

    /** What the commands work with; tests pass their own registry, pack compiler and streams. */
    public record Environment(PackRegistry registry, PackFiles packFiles, PrintStream out, PrintStream err) {
        public Environment {
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(packFiles, "packFiles");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(err, "err");
        }
    }

    private final Environment env;

    @Mixin
    private HelpOption help;

    private PerfevalCli(Environment env) {
        this.env = env;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = execute(new Environment(PackRegistry.fromClassPath(), standardPackFiles(), out, err), args);
        } catch (PerfevalException e) { // conflicting packs on the class path
            CliProblems.print(err, e.problems());
            code = EXIT_ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Pack files are compiled by the rule language's compiler ({@link PackCompiler}). */
    public static PackFiles standardPackFiles() {
        return file -> {
            String text = packText(file);
            CompileResult result = PackCompiler.compile(text, file.toString());
            return new RulePack.CheckResult(result.pack(), result.problems());
        };
    }

    /**
     * A pack file's text, read as UTF-8 through the same bounded reader as inputs ({@link Utf8Text}): a file of more
     * than {@link PackCompiler#MAX_SOURCE} characters is refused (X016) before the rest is in memory, bytes that are not
     * UTF-8 are refused with their place (X015), and a byte-order mark is dropped.
     */
    static String packText(java.nio.file.Path file) {
        Utf8Text.Result r;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            r = Utf8Text.read(in, PackCompiler.MAX_SOURCE);
        } catch (IOException | UncheckedIOException e) {
            throw CliProblems.fail("X002", file, e.getMessage());
        }
        if (r instanceof Utf8Text.NotUtf8 bad) {
            throw CliProblems.fail("X015", file, bad.byteOffset(), bad.line(), bad.column());
        } else if (r instanceof Utf8Text.TooLong) {
            throw CliProblems.fail("X016", file, PackCompiler.MAX_SOURCE);
        }
        return ((Utf8Text.Text) r).text();
    }

    /** Runs the tool with {@code args} and returns the exit code; never throws for bad input. */
    public static int execute(Environment env, String... args) {
        CommandLine cli = new CommandLine(new PerfevalCli(env));
        cli.addSubcommand("score", new ScoreCommand(env));
        cli.addSubcommand("audit", new AuditCommand(env));
        cli.addSubcommand("explain", new ExplainCommand(env));
        cli.addSubcommand("packs", new PacksCommand(env));
        cli.addSubcommand("schema", new SchemaCommand(env));
        cli.addSubcommand("check", new CheckCommand(env));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(env.out(), true));
        cli.setErr(new PrintWriter(env.err(), true));
        cli.setParameterExceptionHandler((e, arguments) -> {
            CliProblems.print(env.err(), java.util.List.of(CliProblems.problem("X008", e.getMessage())));
            env.err().println("用 --help 查看用法 / see --help: " + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help");
            return EXIT_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PerfevalException p) {
                CliProblems.print(env.err(), p.problems());
                return EXIT_ERROR;
            }
            CliProblems.print(env.err(), java.util.List.of(CliProblems.problem("X009", e)));
            return EXIT_INTERNAL;
        });
        int code = cli.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /** No subcommand: the README's first command, {@code score} of the bundled case. */
    @Override
    public Integer call() throws Exception {
        return new ScoreCommand(env).call();
    }
}
