/**
 * Re-scoring at national scale on Apache Spark (issue 20): {@link io.perfeval.examples.spark.ScoringJob} scores
 * department self-evaluations — or, with a template pack (the national 项目支出绩效自评表), project self-evaluations,
 * each bound to the template per row — read from Parquet or JSON lines with one pack, given by id or as {@code .perfeval} text
 * ({@link io.perfeval.examples.spark.PackSpec}, broadcast and compiled once per executor JVM), and writes one row per
 * evaluation as Parquet partitioned by region and year; a rejected input is a row with its problems (codes S001–S012
 * for the job's own, J…/I… for the input's), never a failed job. {@link io.perfeval.examples.spark.GenerateDepartments}
 * writes realistic inputs at scale from the batch example's {@code SyntheticDepartments}, and
 * {@link io.perfeval.examples.spark.GenerateProjects} project tables ({@link io.perfeval.examples.spark.SyntheticProjects});
 * {@link io.perfeval.examples.spark.ScoreDepartments} is the job's command line
 * ({@link io.perfeval.examples.spark.ScoreProjects} with the project template by default), and
 * {@link io.perfeval.examples.spark.CompareWithBatch} the single-machine baseline of BENCHMARKS.md. Everything but
 * those entry points, the job's API and the pack spec is package-private.
 */
package io.perfeval.examples.spark;
