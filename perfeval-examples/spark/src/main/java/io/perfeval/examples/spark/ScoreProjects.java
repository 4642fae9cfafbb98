package io.perfeval.examples.spark;

/**
 * {@link ScoreDepartments} with the national project template as its default pack
 * ({@code national/caiyu-2020-10/project}): {@code --input PATH --output PATH [--format parquet|jsonl]
 * [--pack ID|FILE.perfeval] [--master URL]}. Each row's project is bound to the template as it is scored.
 */
public final class ScoreProjects {

    private ScoreProjects() {
    }

    public static void main(String[] args) {
        System.exit(ScoreDepartments.run(args, SyntheticProjects.PACK));
    }
}
