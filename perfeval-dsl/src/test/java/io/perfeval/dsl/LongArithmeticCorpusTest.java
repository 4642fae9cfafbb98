package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Finding;
import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Witness;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 3 beyond the Shijiazhuang pack: every pack of the test corpus (other regions' criteria, with their
 * units, products, 每相差 and bonuses) compiled with the core's long path off and on, scored on the analysis's witness
 * inputs — each leaf's lowest and highest score and each finding's example, the boundaries where rounding and
 * comparisons decide — as given, with every number's scale raised (the same values, longer), and with every number
 * nudged just past its boundary either way, to identical sheets (or identical refusals).
 */
class LongArithmeticCorpusTest {

    /** {@code io.perfeval.core.Scaled.PROPERTY}, package-private there. */
    private static final String PROPERTY = "perfeval.core.longArithmetic";

    @Test
    void everyCorpusPackScoresItsWitnessesAlikeOnBothPaths() throws Exception {
        Path root = Path.of(LongArithmeticCorpusTest.class.getClassLoader().getResource("corpus").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".perfeval")).sorted().toList();
        }
        int packs = 0;
        int inputs = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Optional<RulePack> big = compiled(text, f, false);
            if (big.isEmpty()) {
                continue;
            }
            RulePack longs = compiled(text, f, true).orElseThrow();
            packs++;
            for (EvaluationInput input : witnesses(PackAnalysis.analyze(big.get(), 200_000))) {
                for (EvaluationInput in : List.of(input, longer(input), nudged(input, 1), nudged(input, -1))) {
                    assertEquals(sheetOrRefusal(big.get(), in), sheetOrRefusal(longs, in), f + " " + in);
                    inputs++;
                }
            }
        }
        System.out.println("long path against BigDecimal: " + packs + " corpus packs, " + inputs + " inputs");
        assertTrue(packs >= 200, packs + " packs");
        assertTrue(inputs >= 2_500, inputs + " inputs");
    }

    /** The pack compiled, its plan made (on a first evaluation) with the long path on or off; empty if it has errors. */
    private static Optional<RulePack> compiled(String text, Path f, boolean longArithmetic) {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, Boolean.toString(longArithmetic));
        try {
            CompileResult r = PackCompiler.compile(text, f.getFileName().toString());
            if (r.hasErrors() || r.pack().isEmpty()) {
                return Optional.empty();
            }
            RulePack pack = r.pack().get();
            try {
                pack.evaluate(EvaluationInput.builder().build());
            } catch (RuntimeException refused) {
                // an empty input is refused, after the plan that validates it is made
            }
            return Optional.of(pack);
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }

    private static List<EvaluationInput> witnesses(PackAnalysis a) {
        List<EvaluationInput> out = new ArrayList<>();
        for (LeafSummary l : a.leaves()) {
            l.lowest().ifPresent(w -> out.add(w.input()));
            l.highest().ifPresent(w -> out.add(w.input()));
        }
        for (Finding f : a.witnessed()) {
            for (Witness w : f.witnesses()) {
                out.add(w.input());
            }
        }
        return out;
    }

    /** {@code input} with every number one to three decimals longer: the same values at larger scales. */
    private static EvaluationInput longer(EvaluationInput input) {
        int[] k = {0};
        return rewritten(input, x -> x.setScale(Math.max(0, x.scale()) + 1 + k[0]++ % 3));
    }

    /**
     * {@code input} with every number moved by one in the second decimal past its own, up or down (not below zero):
     * just past the boundaries the witnesses sit on, where rounding and comparisons turn. A count so moved is refused,
     * by both paths alike.
     */
    private static EvaluationInput nudged(EvaluationInput input, int sign) {
        return rewritten(input, x -> {
            BigDecimal y = x.add(BigDecimal.valueOf(sign, Math.max(0, x.scale()) + 2));
            return y.signum() < 0 ? x : y;
        });
    }

    private static EvaluationInput rewritten(EvaluationInput input, UnaryOperator<BigDecimal> change) {
        Map<String, Value> data = new LinkedHashMap<>();
        input.data().forEach((name, v) -> {
            if (v instanceof Value.Number n) {
                data.put(name, Value.number(change.apply(n.value())));
            } else if (v instanceof Value.Series s) {
                Map<String, BigDecimal> periods = new LinkedHashMap<>();
                s.values().forEach((p, x) -> periods.put(p, change.apply(x)));
                data.put(name, new Value.Series(periods));
            } else {
                data.put(name, v);
            }
        });
        EvaluationInput.Builder b = EvaluationInput.builder().entity(input.entity());
        data.forEach(b::put);
        input.judgements().forEach(b::judgement);
        input.selfScores().forEach(b::selfScore);
        input.selfTotal().ifPresent(b::selfTotal);
        return b.build();
    }

    private static String sheetOrRefusal(RulePack pack, EvaluationInput input) {
        try {
            return dump(pack.evaluate(input));
        } catch (InvalidInputException e) {
            return "refused " + problems(e.problems());
        }
    }

    /** What a reader of the sheet sees, numbers with their scale. */
    private static String dump(ScoreSheet sheet) {
        StringBuilder out = new StringBuilder(SheetText.render(sheet));
        out.append("\ntotal ").append(sheet.total()).append(" applicable ").append(sheet.applicableMax())
                .append(" grade ").append(sheet.grade()).append('\n').append(sheet.scores()).append('\n')
                .append(sheet.statuses()).append('\n');
        for (IndicatorResult r : sheet.flatten()) {
            out.append(r.path()).append(' ').append(r.status()).append(' ').append(r.score()).append(' ')
                    .append(problems(r.problems())).append('\n');
            for (String line : r.trace().lines()) {
                out.append("  ").append(line).append('\n');
            }
        }
        for (TraceEntry.Computed figure : sheet.figures()) {
            out.append(figure.render()).append('\n');
        }
        return out.append(problems(sheet.problems())).toString();
    }

    private static List<String> problems(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.subject() + " " + p.message()).toList();
    }
}
