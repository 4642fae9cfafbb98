package io.perfeval.sheets;

import com.fasterxml.jackson.core.JsonGenerator;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.TraceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sheet as JSON for other systems to store: a stable, documented shape ({@value #FORMAT}), keys always in the
 * same order, every number a decimal in plain notation (never a binary floating-point value), absent values as
 * {@code null}. The shape is published as a JSON Schema, {@value #SCHEMA_RESOURCE} on the class path ({@link
 * #schema()}); a change that is not purely additive gets a new format number and a new schema file.
 *
 * <p>This writer is the way to turn a {@link ScoreSheet} into JSON: the sheet's records hold {@code Optional}s and
 * derived views that a Jackson {@code ObjectMapper} does not serialise as they are. To put the sheet inside a larger
 * JSON document, call {@link #write(ScoreSheet, JsonGenerator)} from your own serialiser, or read {@link
 * #render(ScoreSheet)} into a tree.
 */
public final class JsonSheet {

    /** Names the shape; a change that is not purely additive gets a new number. */
    public static final String FORMAT = "perfeval-sheet/1";

    /** The class-path resource of the JSON Schema (draft 2020-12) of {@value #FORMAT}. */
    public static final String SCHEMA_RESOURCE = "/io/perfeval/sheets/perfeval-sheet-1.schema.json";

    private JsonSheet() {
    }

    /**
     * The sheet as one JSON document of the shape {@value #FORMAT}: two-space indentation, {@code \n} line ends and
     * a final line end, the same bytes for the same sheet.
     *
     * @param sheet the sheet to write
     * @return the document
     */
    public static String render(ScoreSheet sheet) {
        return PlainJson.write(g -> write(sheet, g));
    }

    /**
     * Writes the sheet as one JSON object of the shape {@value #FORMAT} at the generator's current position, with
     * the generator's own settings (pretty printer, features). Enable
     * {@code StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN} on the generator's factory to keep every number in plain
     * notation as {@link #render(ScoreSheet)} does.
     *
     * @param sheet the sheet to write
     * @param g where to write it
     * @throws IOException when the generator's target fails
     */
    public static void write(ScoreSheet sheet, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        head(sheet, g);
        g.writeArrayFieldStart("indicators");
        for (IndicatorResult r : sheet.flatten()) {
            indicator(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (AuditFinding f : sheet.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("figures");
        for (TraceEntry.Computed c : sheet.figures()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("formula", c.formula());
            g.writeStringField("substituted", c.substituted());
            PlainJson.number(g, "value", c.value().value());
            g.writeStringField("unit", c.value().unit().symbol());
            g.writeStringField("display", c.value().display());
            g.writeStringField("line", c.render());
            g.writeEndObject();
        }
        g.writeEndArray();
        problems(g, sheet.problems());
        g.writeEndObject();
    }

    /**
     * The JSON Schema of {@value #FORMAT}, as published in {@value #SCHEMA_RESOURCE}.
     *
     * @return the schema document
     */
    public static String schema() {
        try (InputStream in = JsonSheet.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the perfeval-sheets jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pack, entity, totals, grade and the evaluation record: everything before the indicators. */
    private static void head(ScoreSheet sheet, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("pack");
        g.writeStringField("id", sheet.pack().id());
        g.writeStringField("name", sheet.pack().name());
        g.writeStringField("region", sheet.pack().region());
        g.writeStringField("version", sheet.pack().version());
        g.writeStringField("basis", sheet.pack().basis());
        g.writeEndObject();
        g.writeStringField("entity", sheet.entity());
        PlainJson.number(g, "maxTotal", sheet.maxTotal());
        PlainJson.number(g, "applicableMax", sheet.applicableMax());
        PlainJson.number(g, "total", sheet.total().orElse(null));
        g.writeBooleanField("rescaled", sheet.rescaled());
        if (sheet.grade().isPresent()) {
            g.writeObjectFieldStart("grade");
            g.writeStringField("name", sheet.grade().get().name());
            g.writeStringField("range", sheet.grade().get().display());
            g.writeEndObject();
        } else {
            g.writeNullField("grade");
        }
        g.writeBooleanField("complete", sheet.complete());
        g.writeBooleanField("vetoed", sheet.vetoed());
        if (sheet.record().isPresent()) {
            // What an audited result needs to be reproduced: pack and input hashes, library version.
            var rec = sheet.record().get();
            g.writeObjectFieldStart("record");
            g.writeStringField("packId", rec.packId());
            g.writeStringField("packVersion", rec.packVersion());
            g.writeStringField("packHash", rec.packHash());
            g.writeStringField("inputHash", rec.inputHash());
            g.writeStringField("libraryVersion", rec.libraryVersion());
            g.writeEndObject();
        } else {
            g.writeNullField("record");
        }
    }

    private static void indicator(JsonGenerator g, IndicatorResult r) throws IOException {
        g.writeStartObject();
        PlainJson.strings(g, "path", r.path());
        g.writeStringField("name", r.name());
        g.writeNumberField("level", r.level());
        g.writeBooleanField("leaf", r.isLeaf());
        PlainJson.number(g, "maxScore", r.maxScore());
        PlainJson.number(g, "score", r.score().orElse(null));
        PlainJson.number(g, "selfScore", r.selfScore().orElse(null));
        g.writeStringField("status", r.status().name());
        g.writeStringField("statusText", r.status().chinese());
        g.writeStringField("criterion", r.criterion());
        PlainJson.strings(g, "trace", r.trace().lines());
        PlainJson.string(g, "narrative", r.isLeaf() ? Narrative.sentence(r) : null);
        problems(g, r.problems());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, AuditFinding f) throws IOException {
        g.writeStartObject();
        PlainJson.strings(g, "path", f.path());
        g.writeStringField("name", f.name());
        PlainJson.number(g, "maxScore", f.maxScore());
        PlainJson.number(g, "selfScore", f.selfScore());
        PlainJson.number(g, "computed", f.computed().orElse(null));
        PlainJson.number(g, "difference", f.difference().orElse(null));
        g.writeBooleanField("selfScoreOutOfRange", f.selfScoreOutOfRange());
        g.writeStringField("message", f.render());
        PlainJson.strings(g, "trace", f.trace().lines());
        g.writeEndObject();
    }

    private static void problems(JsonGenerator g, List<Problem> problems) throws IOException {
        g.writeArrayFieldStart("problems");
        for (Problem p : problems) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("severity", p.severity().name());
            g.writeStringField("subject", p.subject());
            PlainJson.string(g, "location", p.location().map(Object::toString).orElse(null));
            g.writeObjectFieldStart("message");
            g.writeStringField("zh", p.message());
            g.writeStringField("en", p.englishMessage());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
