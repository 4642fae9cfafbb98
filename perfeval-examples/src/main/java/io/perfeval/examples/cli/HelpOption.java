package io.perfeval.examples.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for every command. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助 / show this help")
    boolean help;
}
