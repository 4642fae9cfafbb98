package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packs that compiled before the criterion grammar keep compiling with the same meaning: every rule of every pack of
 * the repository (except the corpora, which the grammar was grown on) is pinned in canonical form in
 * {@code repository-packs-golden.txt}, made by the hand-written reader the grammar replaced. Regenerate with
 * {@code GOLDEN_UPDATE=1} in the environment only for a change of meaning that is meant and said in the commit.
 */
class RepositoryPacksGoldenTest {

    static String canonical() throws Exception {
        Path root = Path.of("..").toRealPath();
        StringBuilder out = new StringBuilder();
        try (Stream<Path> s = Files.walk(root)) {
            // the exclusions apply to the path inside the repository: a checkout may itself live in a folder named wt-…
            for (Path p : s.filter(x -> x.toString().endsWith(".perfeval")
                    && included("/" + root.relativize(x).toString().replace('\\', '/'))).sorted().toList()) {
                CompileResult r = PackCompiler.compile(Files.readString(p, StandardCharsets.UTF_8), "x");
                out.append("== ").append(root.relativize(p)).append('\n');
                if (r.pack().isEmpty()) {
                    out.append("  (no pack: ").append(r.errors().stream().map(x -> x.code()).distinct().toList())
                            .append(")\n");
                    continue;
                }
                RulePack pack = r.pack().get();
                for (DataField f : pack.fields()) {
                    out.append("  数据 ").append(f.name()).append(' ').append(f.type()).append(' ')
                            .append(f.unit().symbol()).append(' ').append(f.items()).append('\n');
                }
                for (Indicator.Leaf l : pack.leaves()) {
                    out.append("  ").append(l.name()).append(" := ").append(PackPrinter.rule(l.rule())).append('\n');
                }
                pack.template().ifPresent(t -> t.kinds().forEach(k -> out.append("  类型 ").append(k.name())
                        .append(" := ").append(PackPrinter.rule(k.rule())).append('\n')));
            }
        }
        return out.toString();
    }

    private static boolean included(String inRepository) {
        return !inRepository.contains("/target/") && !inRepository.contains("/corpus/dev/")
                && !inRepository.contains("/corpus/world/") && !inRepository.contains("/wt-");
    }

    @Test
    void everyRepositoryPackReadsAsBefore() throws Exception {
        Path golden = Path.of("src/test/resources/repository-packs-golden.txt");
        String now = canonical();
        if ("1".equals(System.getenv("GOLDEN_UPDATE"))) {
            Files.writeString(golden, now, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), now);
    }
}
