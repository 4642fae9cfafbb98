package io.perfeval.examples.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output: one row per evaluation. The golden copy is {@code output-schema.json} in the tests' resources; a
 * change that is not purely additive is a new format for every reader of the output.
 *
 * <p>Decimals are {@code decimal(18,6)}: exact, and a pack whose scores have more decimals is refused (S003), so no
 * value is ever rounded on its way into the table.
 */
final class OutputSchema {

    static final int DECIMAL_SCALE = 6;
    static final DataType DECIMAL = DataTypes.createDecimalType(18, DECIMAL_SCALE);

    /** SCORED: every indicator scored, total present; INCOMPLETE: scored, but the total is absent; REJECTED: not scored. */
    enum Outcome { SCORED, INCOMPLETE, REJECTED }

    static final StructType INDICATOR = new StructType(new StructField[] {
        field("path", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("name", DataTypes.StringType, false),
        field("level", DataTypes.IntegerType, false),
        field("leaf", DataTypes.BooleanType, false),
        field("max_score", DECIMAL, false),
        field("score", DECIMAL, true),
        field("self_score", DECIMAL, true),
        field("status", DataTypes.StringType, false)});

    static final StructType FINDING = new StructType(new StructField[] {
        field("path", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("name", DataTypes.StringType, false),
        field("max_score", DECIMAL, false),
        field("self_score", DECIMAL, false),
        field("computed", DECIMAL, true),
        field("difference", DECIMAL, true),
        field("message", DataTypes.StringType, false)});

    static final StructType PROBLEM = new StructType(new StructField[] {
        field("code", DataTypes.StringType, false),
        field("severity", DataTypes.StringType, false),
        field("subject", DataTypes.StringType, false),
        field("location", DataTypes.StringType, true),
        field("message_zh", DataTypes.StringType, false),
        field("message_en", DataTypes.StringType, false)});

    static final StructType SCHEMA = new StructType(new StructField[] {
        field("region", DataTypes.StringType, true),
        field("year", DataTypes.IntegerType, true),
        field("department", DataTypes.StringType, true),
        field("pack_id", DataTypes.StringType, false),
        field("pack_version", DataTypes.StringType, true),
        field("pack_hash", DataTypes.StringType, true),
        field("document_hash", DataTypes.StringType, true),
        field("input_hash", DataTypes.StringType, true),
        field("outcome", DataTypes.StringType, false),
        field("max_total", DECIMAL, true),
        field("total", DECIMAL, true),
        field("grade", DataTypes.StringType, true),
        field("indicators", DataTypes.createArrayType(INDICATOR, false), false),
        field("findings", DataTypes.createArrayType(FINDING, false), false),
        field("problems", DataTypes.createArrayType(PROBLEM, false), false)});

    /** The columns the output is partitioned by, in directory order. */
    static final String[] PARTITIONS = {"region", "year"};

    private OutputSchema() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }
}
