package io.perfeval.examples.cli.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** One tab: load a file, read what it shows with JavaScript, print it, photograph it. */
public final class Page implements AutoCloseable {

    private final DevTools devTools;
    private final String target;
    private final String session;
    private int loadedAt;
    private String loadedUrl = "";
    private int width;
    private int height;

    Page(DevTools devTools, String target, String session) {
        this.devTools = devTools;
        this.target = target;
        this.session = session;
    }

    void enable(int width, int height) {
        devTools.send(session, "Page.enable", Map.of());
        // Network events let a test see every request the page makes (a self-contained page makes none).
        devTools.send(session, "Network.enable", Map.of());
        devTools.send(session, "Runtime.enable", Map.of());
        viewport(width, height);
    }

    /** Sets the viewport in CSS pixels, as a desktop window (not mobile) at scale 1. */
    public void viewport(int width, int height) {
        this.width = width;
        this.height = height;
        devTools.send(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Emulates a CSS media type: {@code "print"} applies the page's print rules; {@code ""} restores screen. */
    public void media(String type) {
        devTools.send(session, "Emulation.setEmulatedMedia", Map.of("media", type));
    }

    /** Navigates to the file and waits for its load event. */
    public void load(Path file) {
        String url = file.toAbsolutePath().toUri().toString();
        int from = devTools.eventCount();
        JsonNode navigated = devTools.send(session, "Page.navigate", Map.of("url", url));
        if (navigated.hasNonNull("errorText")) {
            throw new AssertionError("cannot open " + url + ": " + navigated.get("errorText").asText());
        }
        devTools.await(session, "Page.loadEventFired", from, p -> true);
        loadedAt = from;
        loadedUrl = url;
    }

    /** Every URL the page requested since {@link #load}, other than the page itself. */
    public List<String> requestsBesidesThePage() {
        return devTools.events(session, "Network.requestWillBeSent", loadedAt).stream()
                .map(p -> p.path("request").path("url").asText())
                .filter(u -> !u.equals(loadedUrl)).toList();
    }

    /** Runs the expression (it may return a promise) and returns its value as JSON; a thrown error fails. */
    public JsonNode evaluate(String expression) {
        JsonNode result = devTools.send(session, "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page's JavaScript failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * The fonts the browser really drew the first element matching {@code selector} with, each with its glyph count
     * (CSS.getPlatformFontsForNode): the test of whether Chinese text is drawn with a font that has its glyphs.
     */
    public JsonNode platformFonts(String selector) {
        devTools.send(session, "DOM.enable", Map.of());
        devTools.send(session, "CSS.enable", Map.of());
        int root = devTools.send(session, "DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
        int node = devTools.send(session, "DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                .path("nodeId").asInt();
        if (node == 0) {
            throw new AssertionError("nothing on the page matches " + selector);
        }
        return devTools.send(session, "CSS.getPlatformFontsForNode", Map.of("nodeId", node)).path("fonts");
    }

    /** The page printed as Chromium prints it (A4 from the page's @page rule, backgrounds on). */
    public byte[] pdf() {
        return Base64.getDecoder().decode(devTools.send(session, "Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true)).path("data").asText());
    }

    /** A PNG of the whole page: the viewport is stretched to the page's height for the picture, then restored. */
    public byte[] screenshot() {
        int pageHeight = evaluate("document.documentElement.scrollHeight").asInt();
        int keptHeight = height;
        viewport(width, Math.max(pageHeight, 1));
        try {
            return Base64.getDecoder().decode(devTools.send(session, "Page.captureScreenshot",
                    Map.of("format", "png", "optimizeForSpeed", true)).path("data").asText());
        } finally {
            viewport(width, keptHeight);
        }
    }

    @Override
    public void close() {
        devTools.send(null, "Target.closeTarget", Map.of("targetId", target));
    }
}
