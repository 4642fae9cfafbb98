package io.perfeval.sheets;

import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Every shape a sheet can be written in, for a caller that picks the format at run time (the command-line tool's
 * {@code score --format}). Text formats are UTF-8.
 */
public enum SheetFormat {
    /** {@link SheetText#render(ScoreSheet)}: the 自评表 laid out for a terminal. */
    TEXT(SheetText::render, "txt", "text/plain; charset=utf-8"),
    /** {@link MarkdownSheet#render(ScoreSheet)}. */
    MARKDOWN(MarkdownSheet::render, "md", "text/markdown; charset=utf-8"),
    /** {@link JsonSheet#render(ScoreSheet)}: {@value JsonSheet#FORMAT}. */
    JSON(JsonSheet::render, "json", "application/json"),
    /** {@link HtmlSheet#render(ScoreSheet)}. */
    HTML(HtmlSheet::render, "html", "text/html; charset=utf-8"),
    /** {@link XlsxSheet#render(ScoreSheet)}: the one binary format. */
    XLSX(null, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** {@link Narrative#render(ScoreSheet)}: the sentences of the report's section 三, one per 三级指标. */
    NARRATIVE(Narrative::render, "txt", "text/plain; charset=utf-8"),
    /** {@link Narrative#report(ScoreSheet)}: section 三 in the report's own register, worded from the trace's values. */
    REPORT(Narrative::report, "txt", "text/plain; charset=utf-8");

    /** The text rendering; {@code null} for the one binary format. */
    private final Function<ScoreSheet, String> text;
    private final String extension;
    private final String mediaType;

    SheetFormat(Function<ScoreSheet, String> text, String extension, String mediaType) {
        this.text = text;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * The sheet in this format: UTF-8 text, or the workbook's bytes for {@link #XLSX}.
     *
     * @param sheet the sheet to write
     * @return the bytes to store or send
     */
    public byte[] render(ScoreSheet sheet) {
        return text == null ? XlsxSheet.render(sheet) : text.apply(sheet).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the format is binary (not text for a terminal).
     *
     * @return {@code true} for {@link #XLSX} only
     */
    public boolean binary() {
        return text == null;
    }

    /**
     * The usual file-name extension, without the dot.
     *
     * @return for example {@code "json"}
     */
    public String extension() {
        return extension;
    }

    /**
     * The media type to send the bytes with.
     *
     * @return for example {@code "application/json"}
     */
    public String mediaType() {
        return mediaType;
    }
}
