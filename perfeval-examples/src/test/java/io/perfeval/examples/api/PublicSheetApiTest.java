package io.perfeval.examples.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.rules.hebei.DepartmentInputJson;
import io.perfeval.sheets.HtmlSheet;
import io.perfeval.sheets.JsonSheet;
import io.perfeval.sheets.MarkdownSheet;
import io.perfeval.sheets.Narrative;
import io.perfeval.sheets.SheetFormat;
import io.perfeval.sheets.XlsxSheet;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * What a system that embeds perfeval does with a sheet, written as it would write it: only public types of the library
 * modules (perfeval-core, perfeval-rules-hebei, perfeval-sheets), nothing of the command-line tool, and no
 * package-private access (this package is not the writers' own). The Gaoyi County 2021 case is scored and written in
 * every format; the JSON is validated against the published schema of {@code perfeval-sheet/1}.
 */
class PublicSheetApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ScoreSheet gaoyi() throws Exception {
        try (InputStream in = DepartmentInput.class.getResourceAsStream("examples/gaoyi-2021.json")) {
            DepartmentInput input = DepartmentInputJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "gaoyi-2021.json");
            return PackRegistry.fromClassPath().get(input.packId()).evaluate(input.toEvaluationInput());
        }
    }

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSheet.schema());
    }

    @Test
    void theGaoyiSheetsJsonValidatesAgainstThePublishedSchema() throws Exception {
        ScoreSheet sheet = gaoyi();
        String text = JsonSheet.render(sheet);
        JsonNode json = MAPPER.readTree(text);
        List<Error> errors = schema().validate(json);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        assertEquals(JsonSheet.FORMAT, json.get("format").asText());
        assertEquals(sheet.flatten().size(), json.get("indicators").size());
        assertTrue(text.contains("\n  \"total\": " + sheet.total().orElseThrow().toPlainString() + ",\n"), text);
        JsonNode schemaDoc = MAPPER.readTree(JsonSheet.schema());
        assertEquals(JsonSheet.FORMAT, schemaDoc.at("/properties/format/const").asText(), "the schema is versioned");
    }

    @Test
    void theSchemaRefusesWhatTheFormatDoesNotAllow() throws Exception {
        Schema schema = schema();
        ObjectNode wrongType = (ObjectNode) MAPPER.readTree(JsonSheet.render(gaoyi()));
        wrongType.put("total", "95.60");
        assertFalse(schema.validate(wrongType).isEmpty(), "a total as a string");
        ObjectNode unknownKey = (ObjectNode) MAPPER.readTree(JsonSheet.render(gaoyi()));
        unknownKey.put("score", 1);
        assertFalse(schema.validate(unknownKey).isEmpty(), "a key the format does not have");
        ObjectNode badStatus = (ObjectNode) MAPPER.readTree(JsonSheet.render(gaoyi()));
        ((ObjectNode) badStatus.get("indicators").get(0)).put("status", "DONE");
        assertFalse(schema.validate(badStatus).isEmpty(), "a status that is none of the four");
    }

    @Test
    void everyFormatWritesTheGaoyiSheet() throws Exception {
        ScoreSheet sheet = gaoyi();
        IndicatorResult carryOver = sheet.find("资金结余结转率").orElseThrow();
        String sentence = Narrative.sentence(carryOver);
        assertTrue(sentence.startsWith("经自评，") && sentence.endsWith("故此项得 0.6 分。"), sentence);

        for (SheetFormat f : SheetFormat.values()) {
            byte[] bytes = f.render(sheet);
            assertArrayEquals(bytes, f.render(sheet), f + " is the same bytes for the same sheet");
            if (f.binary()) {
                assertEquals(SheetFormat.XLSX, f);
                assertXlsx(bytes, sheet);
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.contains(sheet.entity()), f.name());
            switch (f) {
                case TEXT -> assertEquals(SheetText.render(sheet), text);
                case JSON -> assertEquals(JsonSheet.render(sheet), text);
                case HTML -> {
                    assertEquals(HtmlSheet.render(sheet), text);
                    assertTrue(text.startsWith("<!DOCTYPE html>"), text);
                    assertTrue(text.contains("<p>" + HtmlSheet.escape(sentence) + "</p>"), "the report sentence");
                }
                case MARKDOWN -> {
                    assertEquals(MarkdownSheet.render(sheet), text);
                    assertTrue(text.contains("\n" + MarkdownSheet.HEADER + "\n"), text);
                    assertTrue(text.contains("| **合计** |  |  | 100 | **95.60** | 96.5 |"), text);
                }
                case NARRATIVE -> {
                    assertEquals(Narrative.render(sheet), text);
                    assertTrue(text.contains("\n" + sentence + "\n"), text);
                }
                case REPORT -> {
                    assertEquals(Narrative.report(sheet), text);
                    assertTrue(text.contains("\n" + Narrative.reportSentence(sheet.find("资金结余结转率").orElseThrow())
                            + "\n"), text);
                }
                default -> throw new AssertionError(f);
            }
        }
    }

    private static void assertXlsx(byte[] xlsx, ScoreSheet sheet) throws Exception {
        assertArrayEquals(XlsxSheet.render(sheet), xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.findSheet("自评表").orElseThrow().read();
            Row header = rows.stream().filter(r -> r.getRowNum() == XlsxSheet.HEADER_ROW + 1).findFirst().orElseThrow();
            for (int c = 0; c < XlsxSheet.headers().size(); c++) {
                assertEquals(XlsxSheet.headers().get(c), header.getCellAsString(c).orElseThrow());
            }
            Row total = rows.stream().filter(r -> "合计".equals(r.getCellAsString(0).orElse(""))).findFirst()
                    .orElseThrow();
            assertEquals(0, sheet.total().orElseThrow().compareTo(total.getCellAsNumber(5).orElseThrow()));
        }
    }

    @Test
    void theJsonWriterEmbedsTheSheetInAnotherDocument() throws Exception {
        ScoreSheet sheet = gaoyi();
        StringWriter out = new StringWriter();
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("batch", "2021-石家庄");
            g.writeFieldName("sheet");
            JsonSheet.write(sheet, g);
            g.writeEndObject();
        }
        JsonNode doc = MAPPER.readTree(out.toString());
        assertEquals("2021-石家庄", doc.get("batch").asText());
        assertEquals(MAPPER.readTree(JsonSheet.render(sheet)), doc.get("sheet"));
        assertEquals(List.of(), schema().validate(doc.get("sheet")).stream().map(Error::toString).toList());
    }
}
