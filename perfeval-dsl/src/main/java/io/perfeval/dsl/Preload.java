package io.perfeval.dsl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and initialises, on a second core, the classes a JVM's first compile needs once the pack file is parsed (the
 * criterion parser and its ATN, the lexicon, the readings, the core's rule tree), while the compiling thread lexes and
 * parses the pack file. Most of a first compile is the JVM loading, verifying and initialising about 650 classes
 * (BENCHMARKS.md); this moves a third of that off the compiling thread. It changes no result: class initialisation is
 * the JVM's to order, and the classes' static state is immutable tables.
 *
 * <p>Once per class loader, on the first compile, only with two or more processors; {@code -Dperfeval.dsl.preload=false}
 * turns it off. The list is {@code preload.txt} beside this class: a name it cannot load is skipped.
 */
final class Preload implements Runnable {

    static final String LIST = "preload.txt";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Preload() {
    }

    /** Starts the preloading thread unless it has run, is turned off, or would only compete for one core. */
    static void start() {
        if (STARTED.get() || !enabled() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        try {
            Thread t = new Thread(new Preload(), "perfeval-dsl-preload");
            t.setDaemon(true);
            t.start();
        } catch (SecurityException | OutOfMemoryError e) {
            // the compile goes on without: this only saves time
        }
    }

    private static boolean enabled() {
        try {
            return !"false".equals(System.getProperty("perfeval.dsl.preload"))
                    && Runtime.getRuntime().availableProcessors() > 1;
        } catch (SecurityException e) {
            return false;
        }
    }

    @Override
    public void run() {
        ClassLoader loader = Preload.class.getClassLoader();
        try (InputStream in = Preload.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && line.charAt(0) != '#') {
                    names.add(line.strip());
                }
            }
            // last needed first: the compiling thread loads the first ones itself when it gets there, and the two
            // meet in the middle instead of the compiling thread waiting on a class this thread is still loading
            for (int k = names.size() - 1; k >= 0; k--) {
                load(names.get(k), loader);
            }
        } catch (IOException | RuntimeException e) {
            // a list that cannot be read saves nothing; the compile loads what it needs itself
        }
    }

    private static void load(String name, ClassLoader loader) {
        try {
            Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // renamed or removed since the list was made: skipped (PreloadTest says so)
        }
    }
}
