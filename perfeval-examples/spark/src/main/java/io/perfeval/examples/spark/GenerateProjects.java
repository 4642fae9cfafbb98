package io.perfeval.examples.spark;

/**
 * Writes {@code COUNT} realistic project self-evaluations ({@link SyntheticProjects}: tables of the national template
 * {@code national/caiyu-2020-10/project}) for the job, as Parquet or JSON lines, with the arguments of
 * {@link GenerateDepartments}: {@code --count N --output PATH [--format parquet|jsonl] [--seed S] [--master URL]}. The
 * input table's {@code department} column holds each project's name.
 */
public final class GenerateProjects {

    private GenerateProjects() {
    }

    public static void main(String[] args) {
        System.exit(GenerateDepartments.run(args, true));
    }
}
