package io.perfeval.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipOutputStream;

/**
 * Makes fastexcel's workbook the same bytes for the same sheet. fastexcel writes the moment of writing into
 * {@code docProps/core.xml} ({@code dcterms:created}) and the merged ranges in hash order, and a range's hash includes
 * its worksheet's identity hash, so the order changes from one JVM to the next. Here the creation time is left out (it
 * is optional in the package format, and a score sheet is made from its input, not at a moment), the merged ranges are
 * sorted, and every entry gets one fixed time; nothing else is touched.
 */
final class XlsxBytes {

    private static final Pattern CREATED = Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");
    private static final Pattern MERGES = Pattern.compile("<mergeCells([^>]*)>((?:<mergeCell [^>]*/>)*)</mergeCells>");
    private static final Pattern MERGE = Pattern.compile("<mergeCell [^>]*/>");
    /** The earliest time a zip entry can hold, as fastexcel's own zip writer sets it. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private XlsxBytes() {
    }

    static byte[] deterministic(byte[] xlsx) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(xlsx.length);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Entry e : entries(xlsx)) {
                byte[] data = e.data();
                if (e.name().equals("docProps/core.xml")) {
                    data = utf8(CREATED.matcher(text(data)).replaceAll(""));
                } else if (e.name().startsWith("xl/worksheets/") && e.name().endsWith(".xml")) {
                    data = utf8(sortedMerges(text(data)));
                }
                ZipEntry copy = new ZipEntry(e.name());
                copy.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        } catch (IOException | DataFormatException e) {
            throw new IllegalStateException("fastexcel wrote a workbook this reader does not know", e);
        }
        return bytes.toByteArray();
    }

    private record Entry(String name, byte[] data) {
    }

    /**
     * The entries in the order of the zip's central directory, which holds their true sizes: fastexcel's zip writer
     * streams each entry with its sizes in a data descriptor, which {@code ZipInputStream} does not read back.
     */
    private static List<Entry> entries(byte[] zip) throws DataFormatException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && b.getInt(end) != 0x06054b50) {
            end--;
        }
        if (end < 0) {
            throw new DataFormatException("no end of central directory");
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        List<Entry> entries = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            if (b.getInt(at) != 0x02014b50) {
                throw new DataFormatException("bad central directory entry");
            }
            int method = Short.toUnsignedInt(b.getShort(at + 10));
            int compressed = b.getInt(at + 20);
            int size = b.getInt(at + 24);
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int skip = nameLength + Short.toUnsignedInt(b.getShort(at + 30)) + Short.toUnsignedInt(b.getShort(at + 32));
            int local = b.getInt(at + 42);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
            byte[] content = new byte[size];
            if (method == ZipEntry.STORED) {
                System.arraycopy(zip, data, content, 0, size);
            } else {
                Inflater inflater = new Inflater(true);
                inflater.setInput(zip, data, compressed);
                int n = inflater.inflate(content);
                inflater.end();
                if (n != size) {
                    throw new DataFormatException(name + ": " + n + " of " + size + " bytes");
                }
            }
            entries.add(new Entry(name, content));
            at += 46 + skip;
        }
        return entries;
    }

    static String sortedMerges(String xml) {
        Matcher m = MERGES.matcher(xml);
        if (!m.find()) {
            return xml;
        }
        List<String> cells = new ArrayList<>();
        Matcher c = MERGE.matcher(m.group(2));
        while (c.find()) {
            cells.add(c.group());
        }
        cells.sort(null);
        return xml.substring(0, m.start()) + "<mergeCells" + m.group(1) + ">" + String.join("", cells)
                + "</mergeCells>" + xml.substring(m.end());
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
