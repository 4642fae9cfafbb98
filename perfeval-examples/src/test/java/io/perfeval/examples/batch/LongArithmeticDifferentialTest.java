package io.perfeval.examples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.TraceEntry;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 3: the evaluator's long path (amounts, rates and scores as scaled longs where they fit, falling back to
 * BigDecimal where they do not) gives the very sheets of the BigDecimal path. The Shijiazhuang pack is compiled twice,
 * once with the long path switched off by its system property (read when the pack's plan is made), and 10^5 generated
 * departments are scored by both: every score, subtotal, total and grade with its scale, every status, problem,
 * finding and computed figure, and every indicator's worded trace must be the same text.
 *
 * <p>The departments are {@link SyntheticDepartments}' (amounts as whole 分 in 万元, rates in basis points), and every
 * tenth of them stretched so that the long path also meets what it must hand back or round: amounts of 20 digits (no
 * long holds them) or 16 (rates whose long division overflows), trailing zeros that change a value's scale but not its
 * value, 10 decimals, and a third decimal (measures whose rounding to two decimals meets its halves). Each way of
 * getting the long path wrong that was tried (a sum at the smaller scale, halves rounded down, 不足一档按一档计 as
 * floor) fails here within the first 200 departments.
 */
class LongArithmeticDifferentialTest {

    /** {@code io.perfeval.core.Scaled.PROPERTY}, package-private there. */
    private static final String PROPERTY = "perfeval.core.longArithmetic";
    private static final int DEPARTMENTS = 100_000;
    private static final int CHUNK = 1_000;

    @Test
    void theLongPathAndTheBigDecimalPathGiveIdenticalSheets() {
        RulePack big = packWith(false);
        RulePack longs = packWith(true);
        List<DataField> fields = longs.fields();
        SplittableRandom stretch = new SplittableRandom(21_003L);
        int compared = 0;
        int refused = 0;
        for (int chunk = 0; chunk < DEPARTMENTS / CHUNK; chunk++) {
            List<EvaluationInput> inputs = SyntheticDepartments.generate(20_210_003L + chunk, CHUNK);
            for (int i = 0; i < inputs.size(); i++) {
                EvaluationInput input = i % 10 == 9 ? stretched(inputs.get(i), fields, stretch) : inputs.get(i);
                String which = "chunk " + chunk + ", department " + (i + 1);
                String expected = sheetOrRefusal(big, input);
                assertEquals(expected, sheetOrRefusal(longs, input), which);
                refused += expected.startsWith("refused") ? 1 : 0;
                compared++;
            }
        }
        assertEquals(DEPARTMENTS, compared);
        // the stretched inputs are within the input limits: scored, not refused
        assertEquals(0, refused);
    }

    @Test
    void eachPathScoresTheGoldenDepartmentAsTheSharedPackDoes() {
        EvaluationInput input = SyntheticDepartments.generate(7L, 1).get(0);
        String shared = dump(ShijiazhuangDepartmentPack.pack().evaluate(input));
        assertEquals(shared, dump(packWith(false).evaluate(input)));
        assertEquals(shared, dump(packWith(true).evaluate(input)));
    }

    /** The pack compiled afresh and its plan made (on the first evaluation) with the long path on or off. */
    private static RulePack packWith(boolean longArithmetic) {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, Boolean.toString(longArithmetic));
        try {
            RulePack pack = PackCompiler.fromResource(ShijiazhuangDepartmentPack.RESOURCE);
            assertTrue(pack.evaluate(SyntheticDepartments.generate(1L, 1).get(0)).total().isPresent());
            return pack;
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }

    private static String sheetOrRefusal(RulePack pack, EvaluationInput input) {
        try {
            return dump(pack.evaluate(input));
        } catch (InvalidInputException e) {
            return "refused " + problems(e.problems());
        }
    }

    /** Everything a reader of the sheet can see, numbers with their scale (toString, not compareTo). */
    static String dump(ScoreSheet sheet) {
        StringBuilder out = new StringBuilder(SheetText.render(sheet));
        out.append("\ntotal ").append(sheet.total()).append(" applicable ").append(sheet.applicableMax())
                .append(" rescaled ").append(sheet.rescaled()).append(" grade ").append(sheet.grade())
                .append(" vetoed ").append(sheet.vetoed()).append('\n').append(sheet.scores()).append('\n')
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
        for (AuditFinding finding : sheet.findings()) {
            out.append(finding.render()).append(' ').append(finding.trace().lines()).append('\n');
        }
        return out.append(problems(sheet.problems())).toString();
    }

    private static List<String> problems(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.subject() + " " + p.message()).toList();
    }

    /**
     * {@code input} with its amounts and percentages rewritten as the long path must also get right: longer, with more
     * decimals, or with trailing zeros (same value, larger scale).
     */
    private static EvaluationInput stretched(EvaluationInput input, List<DataField> fields, SplittableRandom r) {
        Map<String, Value> data = new LinkedHashMap<>(input.data());
        int how = r.nextInt(5);
        for (DataField f : fields) {
            Value v = data.get(f.name());
            if (v instanceof Value.Number n && (f.type() == DataType.AMOUNT || f.type() == DataType.PERCENTAGE)) {
                data.put(f.name(), Value.number(f.type() == DataType.AMOUNT ? stretched(n.value(), how, r)
                        : n.value().setScale(n.value().scale() + r.nextInt(4))));
            } else if (v instanceof Value.Series s) {
                Map<String, BigDecimal> periods = new LinkedHashMap<>();
                s.values().forEach((p, x) -> periods.put(p, x.setScale(x.scale() + r.nextInt(3))));
                data.put(f.name(), new Value.Series(periods));
            }
        }
        EvaluationInput.Builder b = EvaluationInput.builder().entity(input.entity());
        data.forEach(b::put);
        input.judgements().forEach(b::judgement);
        return b.build();
    }

    private static BigDecimal stretched(BigDecimal amount, int how, SplittableRandom r) {
        if (amount.signum() == 0) {
            return amount;
        }
        return switch (how) {
            // 20 digits: no long holds it
            case 0 -> amount.scaleByPowerOfTen(8).add(BigDecimal.valueOf(r.nextLong(1_000_000), 6));
            // 16 digits: sums in longs, rates whose long division overflows
            case 1 -> amount.scaleByPowerOfTen(4).add(BigDecimal.valueOf(r.nextLong(1_000_000), 6));
            case 2 -> amount.setScale(amount.scale() + 1 + r.nextInt(5));
            case 3 -> amount.add(BigDecimal.valueOf(r.nextLong(1, 10_000_000_000L), 10));
            // a third decimal: sums whose rounding to two decimals meets its halves
            default -> amount.add(BigDecimal.valueOf(r.nextInt(10), 3));
        };
    }
}
