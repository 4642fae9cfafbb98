package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.diag.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every finding of the analysis, on every pack in the repository and on generated packs, shows what it says on its
 * witnesses ({@link WitnessCheck}: the evaluator run on each). On the repository's packs no claim is left
 * unconfirmed; generated packs may have claims the lattice suggested that no input reaches — those are dropped, never
 * stated, and counted here.
 */
class AnalysisWitnessProperties {

    static final WitnessCheck.Tally REPOSITORY = new WitnessCheck.Tally();
    static final WitnessCheck.Tally GENERATED = new WitnessCheck.Tally();
    static int repositoryPacks;
    static int generatedPacks;

    /** Every {@code *.perfeval} under src/main and src/test of every module, and the examples of the DSL README. */
    static List<String[]> repositoryPacks() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".perfeval") && !f.toString().contains("/target/")
                    && (f.toString().contains("/src/main/") || f.toString().contains("/src/test/"))).sorted().toList()) {
                out.add(new String[] {root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)});
            }
        }
        int n = 0;
        for (String block : ReadmeExamplesTest.blocks("perfeval")) {
            out.add(new String[] {"perfeval-dsl/README.md#" + ++n, block});
        }
        return out;
    }

    /**
     * No claim is left unconfirmed, except where a reproduction of issue 15 says one is expected
     * ({@code # expect-unconfirmed: W117}: the false claim that is now dropped).
     */
    @Example
    void everyFindingOnEveryPackOfTheRepositoryIsWitnessed() throws Exception {
        List<String> unconfirmed = new ArrayList<>();
        for (String[] file : repositoryPacks()) {
            CompileResult r = PackCompiler.compile(file[1], file[0]);
            if (r.pack().isEmpty()) {
                continue; // the DSL README's examples of errors
            }
            repositoryPacks++;
            RulePack pack = r.pack().get();
            PackAnalysis a = PackAnalysis.analyze(pack);
            WitnessCheck.check(pack, a, REPOSITORY);
            // the criterion corpora are other regions' tables as found: every finding on them is witnessed too, but a
            // claim the lattice suggested and no input reaches is dropped there without failing the build
            boolean corpus = file[0].contains("/corpus/dev/") || file[0].contains("/corpus/world/");
            for (Problem p : a.unconfirmed()) {
                if (!corpus && !java.util.regex.Pattern.compile("# expect-unconfirmed:[^\\n]*\\b" + p.code() + "\\b")
                        .matcher(file[1]).find()) {
                    unconfirmed.add(file[0] + ": " + p);
                }
            }
        }
        assertEquals(List.of(), REPOSITORY.failures);
        assertEquals(List.of(), unconfirmed, "no claim about the repository's packs is left unconfirmed");
    }

    @Property(tries = 120)
    void everyFindingOnAGeneratedPackIsWitnessed(@ForAll long seed) {
        RulePack pack = GeneratedPacks.pack(new Random(seed));
        if (pack == null) {
            return;
        }
        analyzeGenerated(pack, "seed " + seed);
    }

    @Property(tries = 80)
    void everyFindingOnAPackWrittenFromTheGrammarsPartsIsWitnessed(@ForAll long seed) {
        Random r = new Random(seed);
        String text = r.nextBoolean() ? FuzzProperties.generatedPack(r) : FuzzProperties.mutatedCriterionPack(r);
        PackCompiler.compile(text, "generated.perfeval").pack().ifPresent(p -> analyzeGenerated(p, text));
    }

    private static void analyzeGenerated(RulePack pack, String what) {
        generatedPacks++;
        int before = GENERATED.failures.size();
        WitnessCheck.check(pack, PackAnalysis.analyze(pack), GENERATED);
        assertEquals(List.of(), GENERATED.failures.subList(before, GENERATED.failures.size()), what);
    }

    @AfterContainer
    static void report() throws IOException {
        System.out.println("Analysis witnesses, repository: " + repositoryPacks + " packs, " + REPOSITORY.findings
                + " findings (" + (REPOSITORY.findings - REPOSITORY.structural) + " with " + REPOSITORY.witnesses
                + " witnesses confirmed again, " + REPOSITORY.structural + " structural), " + REPOSITORY.unconfirmed
                + " claims dropped unconfirmed");
        System.out.println("Analysis witnesses, generated: " + generatedPacks + " packs, " + GENERATED.findings
                + " findings (" + (GENERATED.findings - GENERATED.structural) + " with " + GENERATED.witnesses
                + " witnesses confirmed again, " + GENERATED.structural + " structural), " + GENERATED.unconfirmed
                + " claims dropped unconfirmed");
    }
}
