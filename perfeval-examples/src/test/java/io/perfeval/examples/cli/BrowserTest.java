package io.perfeval.examples.cli;

import io.perfeval.examples.cli.browser.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One headless Chromium per test class that renders pages, and the folder its pages and prints are written to. */
abstract class BrowserTest {

    static final Path OUT = Path.of("target", "browser");

    static Chromium chromium;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(OUT);
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
