package io.perfeval.dsl;

import io.perfeval.core.PackInfo;
import io.perfeval.core.PackSource;
import io.perfeval.core.RulePack;
import java.util.Objects;

/**
 * A {@link PackSource} for a pack bundled as a {@code .perfeval} classpath resource: its {@link PackInfo} is known
 * without compiling, and the pack is compiled on first {@link #load()} and kept (a pack is immutable). A pack jar
 * subclasses it with a public no-argument constructor for {@link java.util.ServiceLoader}:
 *
 * <pre>{@code
 * public final class MyPack extends ResourcePackSource {
 *     public MyPack() { super(new PackInfo(...), "org/example/my.perfeval"); }
 * }
 * }</pre>
 *
 * <p>Two instances compile the resource once each; a class that offers the pack statically keeps one instance.
 */
public abstract class ResourcePackSource implements PackSource {

    private final PackInfo info;
    private final String resource;
    /** Compiled on first load; racy but benign: every thread compiles an equal pack from the same resource. */
    private volatile RulePack pack;

    protected ResourcePackSource(PackInfo info, String resource) {
        this.info = Objects.requireNonNull(info, "info");
        this.resource = Objects.requireNonNull(resource, "resource");
    }

    @Override
    public final PackInfo info() {
        return info;
    }

    /** The compiled pack; throws {@link io.perfeval.core.diag.InvalidPackException} when the resource has errors. */
    @Override
    public final RulePack load() {
        RulePack p = pack;
        if (p == null) {
            p = PackCompiler.fromResource(resource);
            pack = p;
        }
        return p;
    }
}
