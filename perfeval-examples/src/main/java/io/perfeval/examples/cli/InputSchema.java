package io.perfeval.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.RulePack;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON Schema (draft 2020-12) of a pack's input data, derived from its {@link DataField}s: one property per
 * declared datum, keyed by its name, every one required and nothing else allowed. Amounts, percentages and quantities
 * are numbers (in the declared unit, {@code x-perfeval-unit}); counts are non-negative integers; 是否 items are
 * booleans; a checklist is an array of exactly as many 符合 / 不符合 answers as it has items (their texts in
 * {@code x-perfeval-items}); a series is an object with exactly the declared periods.
 */
final class InputSchema {

    private InputSchema() {
    }

    static String render(RulePack pack) {
        return Json.write(g -> {
            g.writeStartObject();
            header(g, pack, " 输入数据", " declares");
            data(g, pack);
            g.writeEndObject();
        });
    }

    /**
     * The whole input document {@code score --input} reads for any pack (see {@link PackInputJson}): the data above
     * under {@code 数据}, and the envelope keys, with indicator names restricted to the pack's.
     */
    static String renderDocument(RulePack pack) {
        return Json.write(g -> {
            g.writeStartObject();
            header(g, pack, " 输入文档", " declares, as the whole document that score --input reads");
            g.writeStringField("type", "object");
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart("规则包");
            g.writeStringField("type", "string");
            g.writeStringField("const", pack.info().id());
            g.writeEndObject();
            g.writeObjectFieldStart("单位名称");
            g.writeStringField("type", "string");
            g.writeEndObject();
            g.writeObjectFieldStart(PackInputJson.DATA);
            data(g, pack);
            g.writeEndObject();
            g.writeObjectFieldStart("酌情得分");
            keyedByIndicator(g, pack);
            g.writeObjectFieldStart("additionalProperties");
            g.writeStringField("type", "object");
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart("得分");
            g.writeStringField("type", "number");
            g.writeEndObject();
            g.writeObjectFieldStart("理由");
            g.writeStringField("type", "string");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("required");
            g.writeString("得分");
            g.writeString("理由");
            g.writeEndArray();
            g.writeBooleanField("additionalProperties", false);
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("自评得分");
            keyedByIndicator(g, pack);
            g.writeObjectFieldStart("additionalProperties");
            g.writeStringField("type", "number");
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("自评合计");
            g.writeStringField("type", "number");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("required");
            g.writeString(PackInputJson.DATA);
            g.writeEndArray();
            g.writeBooleanField("additionalProperties", false);
            g.writeEndObject();
        });
    }

    private static void header(JsonGenerator g, RulePack pack, String titleZh, String english) throws IOException {
        g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
        g.writeStringField("title", pack.info().name() + titleZh);
        g.writeStringField("description", "规则包 " + pack.info().id() + " " + pack.info().version()
                + " 声明的输入数据（依据 " + pack.info().basis() + "）/ the data pack " + pack.info().id() + english);
        g.writeStringField("x-perfeval-pack", pack.info().id());
        g.writeStringField("x-perfeval-pack-version", pack.info().version());
    }

    /** One property per declared datum, all required, nothing else. */
    private static void data(JsonGenerator g, RulePack pack) throws IOException {
        g.writeStringField("type", "object");
        g.writeObjectFieldStart("properties");
        for (DataField f : pack.fields()) {
            g.writeObjectFieldStart(f.name());
            field(g, f);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("required");
        for (DataField f : pack.fields()) {
            g.writeString(f.name());
        }
        g.writeEndArray();
        g.writeBooleanField("additionalProperties", false);
    }

    /** An object whose keys are the pack's indicator names. */
    private static void keyedByIndicator(JsonGenerator g, RulePack pack) throws IOException {
        g.writeStringField("type", "object");
        g.writeObjectFieldStart("propertyNames");
        g.writeArrayFieldStart("enum");
        for (String name : pack.indicatorNames()) {
            g.writeString(name);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, DataField f) throws IOException {
        if (!f.description().isEmpty()) {
            g.writeStringField("description", f.description());
        }
        g.writeStringField("x-perfeval-type", f.type().name());
        g.writeStringField("x-perfeval-type-zh", f.type().chinese());
        if (!f.unit().symbol().isEmpty()) {
            g.writeStringField("x-perfeval-unit", f.unit().symbol());
        }
        switch (f.type()) {
            case YES_NO -> g.writeStringField("type", "boolean");
            case CHECKLIST -> {
                g.writeStringField("type", "array");
                g.writeObjectFieldStart("items");
                g.writeArrayFieldStart("enum");
                g.writeString("符合");
                g.writeString("不符合");
                g.writeEndArray();
                g.writeEndObject();
                g.writeNumberField("minItems", f.items().size());
                g.writeNumberField("maxItems", f.items().size());
                g.writeArrayFieldStart("x-perfeval-items");
                for (String item : f.items()) {
                    g.writeString(item);
                }
                g.writeEndArray();
            }
            case SERIES -> {
                g.writeStringField("type", "object");
                g.writeObjectFieldStart("properties");
                for (String period : f.periods()) {
                    g.writeObjectFieldStart(period);
                    number(g, f, "number");
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeArrayFieldStart("required");
                for (String period : f.periods()) {
                    g.writeString(period);
                }
                g.writeEndArray();
                g.writeBooleanField("additionalProperties", false);
            }
            default -> number(g, f, f.type() == DataType.COUNT ? "integer" : "number");
        }
    }

    private static void number(JsonGenerator g, DataField f, String type) throws IOException {
        g.writeStringField("type", type);
        BigDecimal min = f.min();
        if (f.nonNegative() && (min == null || min.signum() < 0)) {
            min = BigDecimal.ZERO;
        }
        if (min != null) {
            Json.number(g, "minimum", min);
        }
        if (f.max() != null) {
            Json.number(g, "maximum", f.max());
        }
    }
}
