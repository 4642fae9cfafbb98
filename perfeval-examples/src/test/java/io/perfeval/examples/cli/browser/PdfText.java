package io.perfeval.examples.cli.browser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The text of each page of a PDF that Chromium printed, read the way a PDF viewer's text search reads it: each page's
 * content stream inflated, its {@code Tj} strings mapped to Unicode through the {@code ToUnicode} map of the font
 * selected by the {@code Tf} before them. Only what Chromium (Skia) writes is understood — uncompressed object syntax,
 * Flate streams, one- or two-byte codes — which is all a test of a printed page needs; a glyph without a mapping reads
 * as {@code ?}.
 */
public final class PdfText {

    private static final Pattern OBJECT = Pattern.compile("(\\d+) 0 obj\\s*(.*?)endobj", Pattern.DOTALL);
    private static final Pattern STREAM = Pattern.compile("stream\\r?\\n(.*?)endstream", Pattern.DOTALL);
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final Pattern FONT_REF = Pattern.compile("/(F\\d+) (\\d+) 0 R");
    private static final Pattern TEXT_OP = Pattern.compile("/(F\\d+) [\\d.]+ Tf|<([0-9A-Fa-f]+)> Tj");
    private static final Pattern BFCHAR = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL);
    private static final Pattern BFRANGE = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL);
    private static final Pattern PAIR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern TRIPLE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");

    private PdfText() {
    }

    /** The text of every page, in page order (the order the page objects appear, as Chromium writes them). */
    public static List<String> pages(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<Integer, String> objects = new HashMap<>();
        List<Integer> pages = new ArrayList<>();
        Matcher m = OBJECT.matcher(raw);
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            objects.put(number, m.group(2));
            String head = m.group(2).length() > 200 ? m.group(2).substring(0, 200) : m.group(2);
            if (PAGE.matcher(head).find()) {
                pages.add(number);
            }
        }
        List<String> texts = new ArrayList<>();
        for (int page : pages) {
            String dict = objects.get(page);
            Map<String, Map<Integer, String>> fonts = new HashMap<>();
            Matcher f = FONT_REF.matcher(dict);
            while (f.find()) {
                fonts.put(f.group(1), toUnicode(objects, objects.get(Integer.parseInt(f.group(2)))));
            }
            texts.add(text(stream(objects.get(ref(dict, "/Contents"))), fonts));
        }
        return texts;
    }

    private static String text(String content, Map<String, Map<Integer, String>> fonts) {
        StringBuilder out = new StringBuilder();
        Map<Integer, String> font = Map.of();
        Matcher op = TEXT_OP.matcher(content);
        while (op.find()) {
            if (op.group(1) != null) {
                font = fonts.getOrDefault(op.group(1), Map.of());
                continue;
            }
            String hex = op.group(2);
            int width = font.keySet().stream().anyMatch(k -> k > 0xFF) ? 4 : 2;
            for (int i = 0; i + width <= hex.length(); i += width) {
                out.append(font.getOrDefault(Integer.parseInt(hex.substring(i, i + width), 16), "?"));
            }
        }
        return out.toString();
    }

    private static Map<Integer, String> toUnicode(Map<Integer, String> objects, String font) {
        Map<Integer, String> map = new HashMap<>();
        if (font == null || !font.contains("/ToUnicode")) {
            return map;
        }
        String cmap = stream(objects.get(ref(font, "/ToUnicode")));
        Matcher blocks = BFCHAR.matcher(cmap);
        while (blocks.find()) {
            Matcher p = PAIR.matcher(blocks.group(1));
            while (p.find()) {
                map.put(Integer.parseInt(p.group(1), 16), utf16(p.group(2)));
            }
        }
        blocks = BFRANGE.matcher(cmap);
        while (blocks.find()) {
            Matcher t = TRIPLE.matcher(blocks.group(1));
            while (t.find()) {
                int from = Integer.parseInt(t.group(1), 16);
                int to = Integer.parseInt(t.group(2), 16);
                int first = Integer.parseInt(t.group(3), 16);
                for (int code = from; code <= to; code++) {
                    map.put(code, new String(Character.toChars(first + code - from)));
                }
            }
        }
        return map;
    }

    private static int ref(String dict, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + "\\s+(\\d+) 0 R").matcher(dict);
        if (!m.find()) {
            throw new AssertionError("no " + key + " in " + dict);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The object's stream, inflated when it is Flate-encoded (every stream Chromium writes is). */
    private static String stream(String object) {
        Matcher m = STREAM.matcher(object);
        if (!m.find()) {
            return "";
        }
        byte[] data = m.group(1).getBytes(StandardCharsets.ISO_8859_1);
        if (!object.contains("/FlateDecode")) {
            return m.group(1);
        }
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("a stream of the PDF does not inflate: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static String utf16(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(bytes, StandardCharsets.UTF_16BE);
    }
}
