package io.perfeval.examples.cli;

import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import java.nio.charset.StandardCharsets;

/** The shapes {@code score --format} writes a sheet in. Text formats are UTF-8. */
enum Format {
    TEXT {
        @Override
        byte[] render(ScoreSheet sheet) {
            return utf8(SheetText.render(sheet));
        }
    },
    MARKDOWN {
        @Override
        byte[] render(ScoreSheet sheet) {
            return utf8(MarkdownSheet.render(sheet));
        }
    },
    JSON {
        @Override
        byte[] render(ScoreSheet sheet) {
            return utf8(JsonSheet.render(sheet));
        }
    },
    HTML {
        @Override
        byte[] render(ScoreSheet sheet) {
            return utf8(HtmlSheet.render(sheet));
        }
    },
    XLSX {
        @Override
        byte[] render(ScoreSheet sheet) {
            return XlsxSheet.render(sheet);
        }

        @Override
        boolean binary() {
            return true;
        }
    },
    /** The sentences of the report's section 三, one per 三级指标. */
    NARRATIVE {
        @Override
        byte[] render(ScoreSheet sheet) {
            return utf8(Narrative.render(sheet));
        }
    };

    abstract byte[] render(ScoreSheet sheet);

    boolean binary() {
        return false;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
