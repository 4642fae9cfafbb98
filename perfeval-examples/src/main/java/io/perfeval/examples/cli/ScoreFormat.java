package io.perfeval.examples.cli;

import io.perfeval.sheets.SheetFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code score --format} accepts: every {@link SheetFormat} by its name (any case), and the official form
 * ({@code official-xlsx}, {@code official-html}), which needs the input's details beside the sheet and so is not a
 * {@link SheetFormat} of its own.
 */
enum ScoreFormat {
    TEXT(SheetFormat.TEXT), MARKDOWN(SheetFormat.MARKDOWN), JSON(SheetFormat.JSON), HTML(SheetFormat.HTML),
    XLSX(SheetFormat.XLSX), NARRATIVE(SheetFormat.NARRATIVE), REPORT(SheetFormat.REPORT),
    OFFICIAL_XLSX(null), OFFICIAL_HTML(null);

    /** The library format this one is, or empty for the official form. */
    final Optional<SheetFormat> sheet;

    ScoreFormat(SheetFormat sheet) {
        this.sheet = Optional.ofNullable(sheet);
    }

    /** As written on the command line: {@code json}, {@code official-xlsx}. */
    String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean binary() {
        return this == OFFICIAL_XLSX || sheet.map(SheetFormat::binary).orElse(false);
    }

    /** picocli's reading of the option's value. */
    static final class Converter implements ITypeConverter<ScoreFormat> {
        @Override
        public ScoreFormat convert(String value) {
            for (ScoreFormat f : values()) {
                if (f.option().equalsIgnoreCase(value.strip()) || f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException("expected one of " + Arrays.stream(values()).map(ScoreFormat::option)
                    .collect(Collectors.joining(", ")) + " but was '" + value + "'");
        }
    }
}
