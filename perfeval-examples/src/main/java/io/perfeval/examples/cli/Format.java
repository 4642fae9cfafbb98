package io.perfeval.examples.cli;

import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** The shapes {@code score --format} writes a sheet in. Text formats are UTF-8. */
enum Format {
    TEXT(SheetText::render),
    MARKDOWN(MarkdownSheet::render),
    JSON(JsonSheet::render),
    HTML(HtmlSheet::render),
    XLSX(null),
    /** The sentences of the report's section 三, one per 三级指标. */
    NARRATIVE(Narrative::render);

    /** The text rendering; {@code null} for the one binary format. */
    private final Function<ScoreSheet, String> text;

    Format(Function<ScoreSheet, String> text) {
        this.text = text;
    }

    byte[] render(ScoreSheet sheet) {
        return text == null ? XlsxSheet.render(sheet) : text.apply(sheet).getBytes(StandardCharsets.UTF_8);
    }

    boolean binary() {
        return text == null;
    }
}
