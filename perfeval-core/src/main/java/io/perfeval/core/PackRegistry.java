package io.perfeval.core;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.PerfevalException;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds rule packs by their stable id (for example {@code hebei/shijiazhuang-2019/department}) among the
 * {@link PackSource}s on the class path. Each pack is compiled once, on first use, and then shared: packs are immutable.
 * Thread-safe.
 */
public final class PackRegistry {

    private final Map<String, PackSource> sources;
    private final Map<String, RulePack> loaded = new ConcurrentHashMap<>();

    private PackRegistry(Map<String, PackSource> sources) {
        this.sources = Collections.unmodifiableMap(sources);
    }

    /** The packs offered by every jar visible to this class's class loader. */
    public static PackRegistry fromClassPath() {
        return of(ServiceLoader.load(PackSource.class, PackRegistry.class.getClassLoader()));
    }

    /** A registry of the given sources; two sources with the same id are an error (PK01). */
    public static PackRegistry of(Iterable<? extends PackSource> sources) {
        Map<String, PackSource> byId = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (PackSource s : sources) {
            PackSource previous = byId.putIfAbsent(s.info().id(), s);
            if (previous != null) {
                problems.add(Problem.core("PK01", Severity.ERROR, s.info().id(), null, s.info().id(),
                        previous.getClass().getName(), s.getClass().getName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PerfevalException("conflicting rule packs", problems);
        }
        return new PackRegistry(byId);
    }

    /** Every registered pack's identity, sorted by id. */
    public List<PackInfo> packs() {
        return sources.values().stream().map(PackSource::info).toList();
    }

    public Optional<RulePack> find(String id) {
        PackSource source = sources.get(id);
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(id, k -> source.load()));
    }

    /** The pack with this id; an unknown id is an error that lists the known ones (PK02). */
    public RulePack get(String id) {
        return find(id).orElseThrow(() -> new PerfevalException("unknown rule pack", List.of(Problem.core("PK02",
                Severity.ERROR, id, null, id, Suggestions.closest(id, sources.keySet()),
                String.join(", ", sources.keySet())))));
    }
}
