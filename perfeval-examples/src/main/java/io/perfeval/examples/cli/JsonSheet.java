package io.perfeval.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.TraceEntry;
import java.io.IOException;
import java.util.List;

/**
 * The sheet as JSON for other systems to store: a stable, documented shape ({@value #FORMAT}; see the module README),
 * keys always in the same order, every number a decimal in plain notation, absent values as {@code null}.
 */
final class JsonSheet {

    /** Names the shape; a change that is not purely additive gets a new number. */
    static final String FORMAT = "perfeval-sheet/1";

    private JsonSheet() {
    }

    static String render(ScoreSheet sheet) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeObjectFieldStart("pack");
            g.writeStringField("id", sheet.pack().id());
            g.writeStringField("name", sheet.pack().name());
            g.writeStringField("region", sheet.pack().region());
            g.writeStringField("version", sheet.pack().version());
            g.writeStringField("basis", sheet.pack().basis());
            g.writeEndObject();
            g.writeStringField("entity", sheet.entity());
            Json.number(g, "maxTotal", sheet.maxTotal());
            Json.number(g, "applicableMax", sheet.applicableMax());
            Json.number(g, "total", sheet.total().orElse(null));
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
                Json.number(g, "value", c.value().value());
                g.writeStringField("unit", c.value().unit().symbol());
                g.writeStringField("display", c.value().display());
                g.writeStringField("line", c.render());
                g.writeEndObject();
            }
            g.writeEndArray();
            problems(g, sheet.problems());
            g.writeEndObject();
        });
    }

    private static void indicator(JsonGenerator g, IndicatorResult r) throws IOException {
        g.writeStartObject();
        Json.strings(g, "path", r.path());
        g.writeStringField("name", r.name());
        g.writeNumberField("level", r.level());
        g.writeBooleanField("leaf", r.isLeaf());
        Json.number(g, "maxScore", r.maxScore());
        Json.number(g, "score", r.score().orElse(null));
        Json.number(g, "selfScore", r.selfScore().orElse(null));
        g.writeStringField("status", r.status().name());
        g.writeStringField("statusText", r.status().chinese());
        g.writeStringField("criterion", r.criterion());
        Json.strings(g, "trace", r.trace().lines());
        Json.string(g, "narrative", r.isLeaf() ? Narrative.sentence(r) : null);
        problems(g, r.problems());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, AuditFinding f) throws IOException {
        g.writeStartObject();
        Json.strings(g, "path", f.path());
        g.writeStringField("name", f.name());
        Json.number(g, "maxScore", f.maxScore());
        Json.number(g, "selfScore", f.selfScore());
        Json.number(g, "computed", f.computed().orElse(null));
        Json.number(g, "difference", f.difference().orElse(null));
        g.writeBooleanField("selfScoreOutOfRange", f.selfScoreOutOfRange());
        g.writeStringField("message", f.render());
        Json.strings(g, "trace", f.trace().lines());
        g.writeEndObject();
    }

    private static void problems(JsonGenerator g, List<Problem> problems) throws IOException {
        g.writeArrayFieldStart("problems");
        for (Problem p : problems) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("severity", p.severity().name());
            g.writeStringField("subject", p.subject());
            Json.string(g, "location", p.location().map(Object::toString).orElse(null));
            g.writeObjectFieldStart("message");
            g.writeStringField("zh", p.message());
            g.writeStringField("en", p.englishMessage());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
