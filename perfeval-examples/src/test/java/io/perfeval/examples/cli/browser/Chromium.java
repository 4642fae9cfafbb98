package io.perfeval.examples.cli.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol, for tests that check what a page shows. One process serves a
 * whole test class; {@link #close()} always ends it with every child it started and deletes its profile directory.
 * A missing browser is a failure, never a skip: {@code .ci/run} installs Debian's {@code chromium}.
 */
public final class Chromium implements AutoCloseable {

    /** System property naming the browser executable; default {@value #DEFAULT_PATH}. */
    public static final String PATH_PROPERTY = "perfeval.chromium";
    static final String DEFAULT_PATH = "/usr/bin/chromium";

    private final Process process;
    private final Path profile;
    private final DevTools devTools;

    private Chromium(Process process, Path profile, DevTools devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
    }

    /** Starts the browser named by {@value #PATH_PROPERTY} with a fresh profile and connects to it. */
    public static Chromium start() {
        Path executable = Path.of(System.getProperty(PATH_PROPERTY, DEFAULT_PATH));
        if (!Files.isExecutable(executable)) {
            throw new AssertionError("Chromium not found at " + executable + ": the HTML sheet is tested in a real "
                    + "browser. Run `bash .ci/run`, which installs Debian's chromium package when it is missing and "
                    + "then runs `mvn -B -ntp verify`, or name another executable with -D" + PATH_PROPERTY + "=PATH.");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("perfeval-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process process = null;
        try {
            List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    // Without scrollbars the layout is as wide as the viewport asked for, as on paper.
                    "--hide-scrollbars",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
            // The browser's log goes to a file: an unread pipe could fill up and stall it.
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(profile.resolve("chromium.log").toFile()).start();
            URI endpoint = endpoint(process, profile);
            return new Chromium(process, profile, DevTools.connect(endpoint));
        } catch (IOException e) {
            kill(process);
            delete(profile);
            throw new AssertionError("cannot start " + executable + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            kill(process);
            delete(profile);
            throw e;
        }
    }

    /**
     * The browser's WebSocket address: Chromium picks a free port for {@code --remote-debugging-port=0} and writes it,
     * with the browser's path, to DevToolsActivePort in the profile once it listens.
     */
    private static URI endpoint(Process process, Path profile) throws IOException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + DevTools.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Chromium exited with code " + process.exitValue() + " before listening:\n"
                        + log(profile));
            }
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Chromium started", e);
            }
        }
        throw new AssertionError("Chromium wrote no DevToolsActivePort within " + DevTools.TIMEOUT.toSeconds()
                + " s:\n" + log(profile));
    }

    private static String log(Path profile) {
        try {
            return Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Opens a new tab of the given viewport size (CSS pixels), attached with its own session. */
    public Page newPage(int width, int height) {
        String target = devTools.send(null, "Target.createTarget", Map.of("url", "about:blank"))
                .get("targetId").asText();
        String session = devTools.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        Page page = new Page(devTools, target, session);
        page.enable(width, height);
        return page;
    }

    @Override
    public void close() {
        // Renderer, GPU and zygote helpers are descendants of the browser: taken now, before the browser exits and
        // they are handed to init, so that none outlives the test.
        List<ProcessHandle> helpers = process.descendants().toList();
        try {
            devTools.send(null, "Browser.close", Map.of());
        } catch (RuntimeException | AssertionError e) {
            // Ended by force below.
        } finally {
            devTools.close();
            stop(process, helpers);
            delete(profile);
        }
    }

    private static void stop(Process process, List<ProcessHandle> helpers) {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            helpers.forEach(ProcessHandle::destroyForcibly);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void kill(Process process) {
        if (process != null) {
            List<ProcessHandle> helpers = process.descendants().toList();
            process.destroyForcibly();
            stop(process, helpers);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A helper may still be writing: retrying would hide nothing useful; the OS cleans /tmp.
        }
    }
}
