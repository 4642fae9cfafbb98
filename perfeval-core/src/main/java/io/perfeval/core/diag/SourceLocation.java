package io.perfeval.core.diag;

import java.util.Objects;

/** Where something was written: file (or resource name), 1-based line and column, and the span's length. */
public record SourceLocation(String file, int line, int column, int length) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1 || length < 0) {
            throw new IllegalArgumentException("bad location " + line + ":" + column + "+" + length);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
