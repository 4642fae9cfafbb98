package io.perfeval.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.perfeval.sheets.PlainJson;
import java.io.IOException;
import java.math.BigDecimal;

/** The tool's JSON output (the input schemas) is written as the sheet's is: {@link PlainJson}. */
final class Json {

    private Json() {
    }

    static String write(PlainJson.Body body) {
        return PlainJson.write(body);
    }

    static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        PlainJson.number(g, field, value);
    }
}
