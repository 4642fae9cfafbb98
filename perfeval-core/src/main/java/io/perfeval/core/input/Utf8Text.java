package io.perfeval.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a document from a stream as UTF-8, keeping at most a given number of characters in memory: a 200 MB file is
 * refused after the first {@code maxChars} + 1 characters, not after it has been read whole. A byte-order mark at the
 * start is dropped; bytes that are not UTF-8 stop the reading with their byte offset, line and column. Used by the JSON
 * input readers and by the command-line tool for pack files; each reports the outcome with its own codes.
 */
public final class Utf8Text {

    /** What came of reading: the text, or why there is none. */
    public sealed interface Result permits Text, TooLong, NotUtf8 {
    }

    /** The whole document, without a leading byte-order mark. */
    public record Text(String text) implements Result {
    }

    /** The document has more than {@code limit} characters; reading stopped there. */
    public record TooLong(int limit) implements Result {
    }

    /** The bytes at {@code byteOffset} (0-based; line and column 1-based) are not UTF-8. */
    public record NotUtf8(long byteOffset, int line, int column) implements Result {
    }

    private static final int CHUNK = 8192;

    private Utf8Text() {
    }

    /** Reads {@code in} to its end or to {@code maxChars} + 1 characters, whichever comes first; does not close it. */
    public static Result read(InputStream in, int maxChars) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        StringBuilder out = new StringBuilder();
        long consumed = 0;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, chars, eof);
            consumed += bytes.position() - before;
            chars.flip();
            out.append(chars);
            chars.clear();
            if (r.isError()) {
                return notUtf8(out, consumed);
            }
            if (out.length() > maxChars + (startsWithMark(out) ? 1 : 0)) {
                return new TooLong(maxChars);
            }
            bytes.compact();
            if (eof && r.isUnderflow()) {
                break;
            }
        }
        decoder.flush(chars);
        out.append(chars.flip());
        return new Text(startsWithMark(out) ? out.substring(1) : out.toString());
    }

    private static boolean startsWithMark(CharSequence text) {
        return text.length() > 0 && text.charAt(0) == '\uFEFF';
    }

    private static NotUtf8 notUtf8(CharSequence before, long byteOffset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new NotUtf8(byteOffset, line, column);
    }
}
