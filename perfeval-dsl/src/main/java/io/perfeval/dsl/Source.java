package io.perfeval.dsl;

import io.perfeval.core.diag.SourceLocation;

/** A source text with its line starts, turning character offsets into file:line:col locations. */
final class Source {

    final String file;
    final String text;
    private final int[] lineStarts;

    Source(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[64];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (lines == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        lineStarts = java.util.Arrays.copyOf(starts, lines);
    }

    /** The location of {@code length} characters starting at character offset {@code offset}. */
    SourceLocation at(int offset, int length) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= o) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new SourceLocation(file, lo + 1, o - lineStarts[lo] + 1, Math.max(0, length));
    }
}
