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
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("title", pack.info().name() + " 输入数据");
            g.writeStringField("description", "规则包 " + pack.info().id() + " " + pack.info().version()
                    + " 声明的输入数据（依据 " + pack.info().basis() + "）/ the data pack " + pack.info().id()
                    + " declares");
            g.writeStringField("x-perfeval-pack", pack.info().id());
            g.writeStringField("x-perfeval-pack-version", pack.info().version());
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
            g.writeEndObject();
        });
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
