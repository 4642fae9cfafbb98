package io.perfeval.examples;

import io.perfeval.examples.cli.PerfevalCli;

/** The runnable jar's entry point: the {@code perfeval} command-line tool (what the README's first command runs). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PerfevalCli.main(args);
    }
}
