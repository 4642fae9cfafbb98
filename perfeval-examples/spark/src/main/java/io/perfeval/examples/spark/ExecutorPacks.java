package io.perfeval.examples.spark;

import io.perfeval.core.PackInfo;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.dsl.CompileResult;
import io.perfeval.dsl.PackCompiler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The packs this JVM has compiled, by {@link PackSpec#key()}: every task of an executor scores with the one compiled
 * pack (a pack is immutable, so its tasks share it without locks), compiled when the first task needs it.
 */
final class ExecutorPacks {

    /** The output's decimal columns keep this many places: a pack that rounds scores finer cannot be written exactly. */
    static final int MAX_SCALE = OutputSchema.DECIMAL_SCALE;

    /** A compiled pack, or why there is none. */
    sealed interface Compiled {
    }

    record Ready(RulePack pack) implements Compiled {
    }

    record Broken(List<Problem> problems) implements Compiled {
        Broken {
            problems = List.copyOf(problems);
        }
    }

    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> COMPILATIONS = new ConcurrentHashMap<>();
    private static final AtomicLong COMPILE_NANOS = new AtomicLong();

    private ExecutorPacks() {
    }

    /** The pack of {@code spec}, compiled at most once in this JVM. */
    static Compiled get(PackSpec spec) {
        return CACHE.computeIfAbsent(spec.key(), k -> {
            COMPILATIONS.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
            long start = System.nanoTime();
            try {
                return compile(spec);
            } finally {
                COMPILE_NANOS.addAndGet(System.nanoTime() - start);
            }
        });
    }

    /** How many times this JVM compiled the pack cached under {@code key} (1 after any number of jobs). */
    static int compilations(String key) {
        AtomicInteger n = COMPILATIONS.get(key);
        return n == null ? 0 : n.get();
    }

    /** Nanoseconds this JVM spent compiling packs, all of them. */
    static long compileNanos() {
        return COMPILE_NANOS.get();
    }

    private static Compiled compile(PackSpec spec) {
        RulePack pack;
        if (spec.id() != null) {
            PackRegistry registry = PackRegistry.fromClassPath();
            var found = registry.find(spec.id());
            if (found.isEmpty()) {
                String known = registry.packs().stream().map(PackInfo::id).collect(Collectors.joining("、"));
                return new Broken(List.of(SparkProblems.error("S004", "", spec.id(), known)));
            }
            pack = found.get();
        } else {
            CompileResult result = PackCompiler.compile(spec.text(), spec.fileName());
            List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
            if (!errors.isEmpty() || result.pack().isEmpty()) {
                List<Problem> all = new java.util.ArrayList<>();
                all.add(SparkProblems.error("S005", "", spec.fileName(), errors.size()));
                all.addAll(errors);
                return new Broken(all);
            }
            pack = result.pack().get();
        }
        int scale = pack.rounding().scoreScale();
        if (scale > MAX_SCALE) {
            return new Broken(List.of(SparkProblems.error("S003", "", spec.shown(), scale, MAX_SCALE)));
        }
        return new Ready(pack);
    }
}
