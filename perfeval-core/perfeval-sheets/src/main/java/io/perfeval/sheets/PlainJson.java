package io.perfeval.sheets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The conventions of perfeval's JSON documents — {@code perfeval-sheet/1} and the command-line tool's input schemas —
 * for anything else that should read like them: Jackson's streaming generator, so that key order is the order the
 * code writes (stable across versions and runs), every number a {@link BigDecimal} in plain notation (2.00, never
 * 2E+0), two-space indentation, and lines that end in {@code \n} on every platform.
 */
public final class PlainJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** What goes into a document: calls on the generator. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the document's one value.
         *
         * @param g the generator
         * @throws IOException only when the generator's target fails
         */
        void write(JsonGenerator g) throws IOException;
    }

    private PlainJson() {
    }

    /**
     * One document, as {@code body} writes it, with a final line end.
     *
     * @param body what to write
     * @return the document
     */
    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withSeparators(separators).withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    /**
     * A number field, or {@code null}; a negative scale (1E+2) is written as the integer it is (100).
     *
     * @param g the generator, inside an object
     * @param field the key
     * @param value the number, or {@code null}
     * @throws IOException when the generator's target fails
     */
    public static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.scale() < 0 ? value.setScale(0) : value);
        }
    }

    /**
     * {@code "field": ["a", "b"]}: paths and trace lines.
     *
     * @param g the generator, inside an object
     * @param field the key
     * @param values the strings
     * @throws IOException when the generator's target fails
     */
    public static void strings(JsonGenerator g, String field, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /**
     * A string field, or {@code null}.
     *
     * @param g the generator, inside an object
     * @param field the key
     * @param value the string, or {@code null}
     * @throws IOException when the generator's target fails
     */
    public static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
