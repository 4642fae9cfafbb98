package io.perfeval.examples;

/** The runnable jar's entry point: what the README's first command runs. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Quickstart.main(args);
    }
}
