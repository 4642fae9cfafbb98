package io.perfeval.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An xlsx workbook read as what it is — a zip of XML parts — without a spreadsheet library: the worksheets by name,
 * their cells (shared strings resolved), merged ranges, page setup and styles, and the workbook's defined names (print
 * titles). What a test of the official form's layout needs to see exactly as Excel will.
 */
final class Ooxml {

    private final Map<String, Document> parts = new HashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final Map<String, String> sheetParts = new LinkedHashMap<>();

    Ooxml(byte[] xlsx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx), StandardCharsets.UTF_8)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("not a readable xlsx: " + e, e);
        }
        Document strings = parts.get("xl/sharedStrings.xml");
        if (strings != null) {
            for (Element si : elements(strings.getDocumentElement(), "si")) {
                StringBuilder text = new StringBuilder();
                for (Element t : elements(si, "t")) {
                    text.append(t.getTextContent());
                }
                sharedStrings.add(text.toString());
            }
        }
        Map<String, String> targets = new HashMap<>();
        for (Element rel : elements(part("xl/_rels/workbook.xml.rels").getDocumentElement(), "Relationship")) {
            targets.put(rel.getAttribute("Id"), rel.getAttribute("Target").replaceFirst("^/?(xl/)?", "xl/"));
        }
        for (Element sheet : elements(workbook(), "sheet")) {
            sheetParts.put(sheet.getAttribute("name"), targets.get(sheet.getAttribute("r:id")));
        }
    }

    List<String> sheetNames() {
        return List.copyOf(sheetParts.keySet());
    }

    Element workbook() {
        return part("xl/workbook.xml").getDocumentElement();
    }

    /** The worksheet's root element. */
    Element sheet(String name) {
        String part = sheetParts.get(name);
        if (part == null) {
            throw new AssertionError("no worksheet " + name + " in " + sheetParts.keySet());
        }
        return part(part).getDocumentElement();
    }

    /** Every cell with a value, by reference (A1), as text: a number as written, a string resolved. */
    Map<String, String> cells(String sheet) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Element c : elements(sheet(sheet), "c")) {
            List<Element> v = elements(c, "v");
            String type = c.getAttribute("t");
            if (type.equals("inlineStr")) {
                cells.put(c.getAttribute("r"), c.getTextContent());
            } else if (!v.isEmpty()) {
                String raw = v.get(0).getTextContent();
                cells.put(c.getAttribute("r"), type.equals("s") ? sharedStrings.get(Integer.parseInt(raw)) : raw);
            }
        }
        return cells;
    }

    /** The cell's type attribute: {@code s} for a shared string, {@code ""} or {@code n} for a number. */
    String type(String sheet, String ref) {
        return cell(sheet, ref).getAttribute("t");
    }

    /** Every cell element (with or without a value) by reference, with its style index. */
    Map<String, Integer> styles(String sheet) {
        Map<String, Integer> styles = new LinkedHashMap<>();
        for (Element c : elements(sheet(sheet), "c")) {
            styles.put(c.getAttribute("r"), c.getAttribute("s").isEmpty() ? 0 : Integer.parseInt(c.getAttribute("s")));
        }
        return styles;
    }

    /** Whether the cell style (cellXfs index) draws a line on all four sides. */
    boolean bordered(int style) {
        Element styles = part("xl/styles.xml").getDocumentElement();
        Element xf = elements(elements(styles, "cellXfs").get(0), "xf").get(style);
        Element border = elements(elements(styles, "borders").get(0), "border")
                .get(Integer.parseInt(xf.getAttribute("borderId").isEmpty() ? "0" : xf.getAttribute("borderId")));
        for (String side : List.of("left", "right", "top", "bottom")) {
            List<Element> e = elements(border, side);
            if (e.isEmpty() || e.get(0).getAttribute("style").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    List<String> merges(String sheet) {
        return elements(sheet(sheet), "mergeCell").stream().map(e -> e.getAttribute("ref")).toList();
    }

    /** The attributes of the worksheet's first element of that name ({@code pageSetup}, {@code pageSetUpPr}). */
    Map<String, String> attributes(String sheet, String element) {
        List<Element> found = elements(sheet(sheet), element);
        if (found.isEmpty()) {
            throw new AssertionError("worksheet " + sheet + " has no " + element);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        var map = found.get(0).getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        }
        return attributes;
    }

    /** The workbook's defined names ({@code _xlnm.Print_Titles} …) by sheet index and name, with their formulas. */
    Map<String, String> definedNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Element d : elements(workbook(), "definedName")) {
            names.put(d.getAttribute("localSheetId") + ":" + d.getAttribute("name"), d.getTextContent());
        }
        return names;
    }

    private Element cell(String sheet, String ref) {
        return elements(sheet(sheet), "c").stream().filter(c -> c.getAttribute("r").equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + ref + " on " + sheet));
    }

    private Document part(String name) {
        Document d = parts.get(name);
        if (d == null) {
            throw new AssertionError("the workbook has no part " + name + ": " + parts.keySet());
        }
        return d;
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
