package io.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import io.perfeval.rules.national.NationalProjectPack;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * An input built by slot ({@code RulePack.inputBuilder()}, issue 21) is scored exactly as the same input built by
 * name — every figure, trace line, finding and the input hash — and is refused with exactly the same problems.
 */
class SlotInputTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();
    private static final List<EvaluationInput> POOL = BenchInputs.pool();
    private static final PlainDepartment.Slots SLOTS = PlainDepartment.Slots.of(PACK);

    @Test
    void anInputBuiltBySlotScoresAsTheSameInputBuiltByName() {
        for (int n = 0; n < POOL.size(); n += 7) {
            PlainDepartment plain = PlainDepartment.of(POOL.get(n));
            EvaluationInput byName = plain.toInput();
            EvaluationInput bySlot = plain.toInput(SLOTS);
            assertEquals(byName.data(), bySlot.data());
            ScoreSheet expected = PACK.evaluate(byName);
            ScoreSheet sheet = PACK.evaluate(bySlot);
            String which = "department " + (n + 1);
            assertEquals(SheetText.render(expected), SheetText.render(sheet), which);
            assertEquals(expected.scores(), sheet.scores(), which);
            assertEquals(expected.statuses(), sheet.statuses(), which);
            assertEquals(lines(expected), lines(sheet), which);
            assertEquals(expected.figures().stream().map(f -> f.render()).toList(),
                    sheet.figures().stream().map(f -> f.render()).toList(), which);
            assertEquals(expected.record().orElseThrow().inputHash(), sheet.record().orElseThrow().inputHash());
        }
    }

    @Test
    void aSlotInputIsRefusedWithTheProblemsOfTheSameInputBuiltByName() {
        Map<String, Value> base = POOL.get(0).data();
        List<Consumer<Map<String, Value>>> edits = List.of(
                d -> d.remove("年初预算数"),
                d -> d.put("本年支出", Value.number(new BigDecimal("-1.00"))),
                d -> d.put("收入预算数", Value.number(new BigDecimal("1.00000000001"))),
                d -> d.put("应自评项目数", Value.number(new BigDecimal("3.5"))),
                d -> d.put("社会公众满意度", Value.number(new BigDecimal("100.5"))),
                d -> d.put("账表一致", Value.number(BigDecimal.ONE)),
                d -> d.put("年初预算数", Value.yes(true)),
                d -> d.put("资金使用合规性", Value.Checklist.allMetExcept(3)),
                d -> d.put("资产管理规范性", new Value.Checklist(Map.of(1, true, 2, true, 3, true, 4, true, 5, true,
                        9, false))),
                d -> d.put("支出进度", new Value.Series(Map.of("第一季度", BigDecimal.TEN))),
                d -> {
                    d.remove("调整后预算数");
                    d.put("政府采购预算数", Value.number(new BigDecimal("1E+20")));
                });
        for (Consumer<Map<String, Value>> edit : edits) {
            Map<String, Value> data = new LinkedHashMap<>(base);
            edit.accept(data);
            EvaluationInput.Builder byName = EvaluationInput.builder();
            EvaluationInput.SlotBuilder bySlot = PACK.inputBuilder();
            data.forEach((name, v) -> {
                byName.put(name, v);
                bySlot.put(PACK.dataSlot(name).orElseThrow(), v);
            });
            judged(byName, bySlot);
            List<String> expected = said(PACK.validate(byName.build()));
            assertFalse(expected.isEmpty(), data::toString);
            assertEquals(expected, said(PACK.validate(bySlot.build())));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PACK.evaluate(bySlot.build()));
            assertEquals(said(PACK.validate(byName.build()).stream().filter(Problem::isError).toList()),
                    said(e.problems()));
        }
    }

    @Test
    void judgementsAndSelfScoresOfASlotInputAreCheckedAsByName() {
        EvaluationInput.Builder byName = EvaluationInput.builder();
        EvaluationInput.SlotBuilder bySlot = PACK.inputBuilder();
        POOL.get(1).data().forEach((name, v) -> {
            byName.put(name, v);
            bySlot.put(PACK.dataSlot(name).orElseThrow(), v);
        });
        for (var e : POOL.get(1).judgements().entrySet()) {
            byName.judgement(e.getKey(), e.getValue());
            bySlot.judgement(e.getKey(), e.getValue());
        }
        Judgement tooHigh = new Judgement(new BigDecimal("99"), "理由");
        byName.judgement("部门整体效益", tooHigh).judgement("没有的指标", tooHigh)
                .selfScore("资金结余结转率", new BigDecimal("-1")).selfScore("预算执行率", new BigDecimal("1.005"))
                .selfTotal(new BigDecimal("90.123"));
        bySlot.judgement("部门整体效益", tooHigh).judgement("没有的指标", tooHigh)
                .selfScore("资金结余结转率", new BigDecimal("-1")).selfScore("预算执行率", new BigDecimal("1.005"))
                .selfTotal(new BigDecimal("90.123"));
        List<String> expected = said(PACK.validate(byName.build()));
        assertEquals(5, expected.size(), expected::toString);
        assertEquals(expected, said(PACK.validate(bySlot.build())));
    }

    @Test
    void judgementsGivenByIndicatorSlotAreTheSameJudgementsAsByName() {
        Map<String, Judgement> given = POOL.get(1).judgements();
        EvaluationInput.Builder byName = EvaluationInput.builder();
        EvaluationInput.SlotBuilder bySlot = PACK.inputBuilder();
        POOL.get(1).data().forEach((name, v) -> {
            byName.put(name, v);
            bySlot.put(PACK.dataSlot(name).orElseThrow(), v);
        });
        Judgement tooHigh = new Judgement(new BigDecimal("99"), "理由");
        Judgement blank = new Judgement(BigDecimal.ONE, " ");
        // by name first, then by slot in indicator order: the order validation reports them in
        byName.judgement("没有的指标", tooHigh);
        bySlot.judgement("没有的指标", tooHigh);
        for (String indicator : PACK.indicatorNames()) {
            Judgement j = indicator.equals("部门整体效益") ? tooHigh : indicator.equals("预算执行") ? blank
                    : given.get(indicator);
            if (j != null) {
                byName.judgement(indicator, j);
                bySlot.judgement(PACK.indicatorIndex(indicator).orElseThrow(), j);
            }
        }
        EvaluationInput slotInput = bySlot.build();
        assertEquals(byName.build().judgements(), slotInput.judgements());
        List<String> expected = said(PACK.validate(byName.build()));
        assertEquals(List.of("I010", "I017", "I011"), expected.stream().map(p -> p.substring(0, 4)).toList());
        assertEquals(expected, said(PACK.validate(slotInput)));

        // valid judgements by slot score as by name, trace and input hash included
        EvaluationInput.Builder validByName = EvaluationInput.builder();
        EvaluationInput.SlotBuilder validBySlot = PACK.inputBuilder();
        POOL.get(1).data().forEach((name, v) -> {
            validByName.put(name, v);
            validBySlot.put(PACK.dataSlot(name).orElseThrow(), v);
        });
        given.forEach((indicator, j) -> {
            validByName.judgement(indicator, j);
            validBySlot.judgement(PACK.indicatorIndex(indicator).orElseThrow(), j);
        });
        ScoreSheet expectedSheet = PACK.evaluate(validByName.build());
        ScoreSheet sheet = PACK.evaluate(validBySlot.build());
        assertEquals(SheetText.render(expectedSheet), SheetText.render(sheet));
        assertEquals(lines(expectedSheet), lines(sheet));
        assertEquals(expectedSheet.record().orElseThrow().inputHash(), sheet.record().orElseThrow().inputHash());
    }

    @Test
    void theJudgementGivenLastForAnIndicatorHoldsWhicheverWayItWasGiven() {
        String name = "部门整体效益";
        int slot = PACK.indicatorIndex(name).orElseThrow();
        Judgement first = new Judgement(new BigDecimal("3"), "先");
        Judgement second = new Judgement(new BigDecimal("4"), "后");
        EvaluationInput.SlotBuilder b = PACK.inputBuilder();
        EvaluationInput byNameThenSlot = b.judgement(name, first).judgement(slot, second).build();
        EvaluationInput bySlotThenName = b.judgement(name, first).build();
        assertEquals(Map.of(name, second), byNameThenSlot.judgements());
        assertEquals(Map.of(name, first), bySlotThenName.judgements());
        assertEquals(Map.of(name, first), b.judgement(slot, first).build().judgements());

        assertThrows(IndexOutOfBoundsException.class, () -> PACK.inputBuilder().judgement(-1, first));
        assertThrows(IndexOutOfBoundsException.class,
                () -> PACK.inputBuilder().judgement(PACK.indicatorNames().size(), first));
        EvaluationInput.SlotBuilder withoutIndicators = EvaluationInput.slotBuilder(List.of("甲"));
        assertThrows(IllegalStateException.class, () -> withoutIndicators.judgement(0, first));
    }

    @Test
    void aSeriesSetInPeriodOrderIsTheSameDatumAsItsMapAndMissingPeriodsAreRefusedAlike() {
        int progress = PACK.dataSlot("支出进度").orElseThrow();
        BigDecimal[] q = {new BigDecimal("20.5"), new BigDecimal("45"), new BigDecimal("70.25"), new BigDecimal("100")};
        Map<String, BigDecimal> byPeriod = new LinkedHashMap<>();
        List<String> periods = PACK.fields().get(progress).periods();
        for (int i = 0; i < q.length; i++) {
            byPeriod.put(periods.get(i), q[i]);
        }
        Value set = PACK.inputBuilder().series(progress, q).build().data().get("支出进度");
        Value.Series asMap = new Value.Series(byPeriod);
        assertEquals(asMap, set);
        assertEquals(asMap.hashCode(), set.hashCode());
        assertEquals(List.copyOf(byPeriod.entrySet()), List.copyOf(((Value.Series) set).values().entrySet()));
        // the array is copied: changing it later changes nothing built
        BigDecimal[] later = q.clone();
        EvaluationInput built = PACK.inputBuilder().series(progress, later).build();
        later[0] = BigDecimal.ONE;
        assertEquals(asMap, built.data().get("支出进度"));

        // a period left out (null, or past the numbers given) is the same problem as a map without it
        Map<String, Value> base = POOL.get(0).data();
        Map<String, BigDecimal> firstTwo = new LinkedHashMap<>(byPeriod);
        firstTwo.remove(periods.get(2));
        firstTwo.remove(periods.get(3));
        Map<String, BigDecimal> noSecond = new LinkedHashMap<>(byPeriod);
        noSecond.remove(periods.get(1));
        for (Object[] c : List.of(new Object[] {firstTwo, new BigDecimal[] {q[0], q[1]}},
                new Object[] {noSecond, new BigDecimal[] {q[0], null, q[2], q[3]}})) {
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> asGiven = (Map<String, BigDecimal>) c[0];
            EvaluationInput.Builder byName = EvaluationInput.builder();
            EvaluationInput.SlotBuilder bySlot = PACK.inputBuilder();
            base.forEach((name, v) -> {
                byName.put(name, name.equals("支出进度") ? new Value.Series(asGiven) : v);
                bySlot.put(PACK.dataSlot(name).orElseThrow(), v);
            });
            bySlot.series(progress, (BigDecimal[]) c[1]);
            judged(byName, bySlot);
            List<String> expected = said(PACK.validate(byName.build()));
            assertEquals(List.of("I008"), PACK.validate(byName.build()).stream().map(Problem::code).distinct().toList());
            assertEquals(expected, said(PACK.validate(bySlot.build())));
        }

        // a datum that is no series, or more numbers than periods: refused when set, not guessed
        int notASeries = PACK.dataSlot("本年支出").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> PACK.inputBuilder().series(notASeries, q));
        assertThrows(IllegalArgumentException.class, () -> PACK.inputBuilder().series(progress,
                q[0], q[1], q[2], q[3], q[0]));
        assertThrows(IllegalArgumentException.class, () -> EvaluationInput.slotBuilder(PACK.fields().stream().map(f -> f.name()).toList())
                .series(progress, q));
    }

    @Test
    void theBuilderMayBeUsedOnWithoutChangingWhatItBuilt() {
        PlainDepartment plain = PlainDepartment.of(POOL.get(2));
        EvaluationInput.SlotBuilder b = PACK.inputBuilder();
        POOL.get(2).data().forEach((name, v) -> b.put(PACK.dataSlot(name).orElseThrow(), v));
        POOL.get(2).judgements().forEach(b::judgement);
        EvaluationInput first = b.build();
        b.number(PACK.dataSlot("本年支出").orElseThrow(), new BigDecimal("-5"))
                .judgement("没有的指标", new Judgement(BigDecimal.ONE, "理由"));
        assertEquals(plain.toInput().data(), first.data());
        assertEquals(List.of(), PACK.validate(first));
        assertEquals(2, PACK.validate(b.build()).size());
        assertThrows(IndexOutOfBoundsException.class, () -> b.number(PACK.fields().size(), BigDecimal.ONE));
    }

    @Test
    void aPackWithATemplateHandsOutABuilderAndRefusesItsInputAsItRefusesAnyInput() {
        RulePack template = PackRegistry.fromClassPath().get(NationalProjectPack.ID);
        EvaluationInput.SlotBuilder b = template.inputBuilder();
        for (int slot = 0; slot < template.fields().size(); slot++) {
            assertEquals(slot, template.dataSlot(template.fields().get(slot).name()).orElseThrow());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> template.evaluate(b.build()));
        assertEquals(List.of("I030"), e.problems().stream().map(Problem::code).toList());
        assertEquals(OptionalInt.empty(), PACK.dataSlot("没有的数据"));
    }

    private static void judged(EvaluationInput.Builder byName, EvaluationInput.SlotBuilder bySlot) {
        POOL.get(0).judgements().forEach((indicator, j) -> {
            byName.judgement(indicator, j);
            bySlot.judgement(indicator, j);
        });
    }

    private static List<String> said(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.subject() + " " + p.message() + " / "
                + p.englishMessage()).toList();
    }

    private static List<List<String>> lines(ScoreSheet sheet) {
        return sheet.flatten().stream().map(IndicatorResult::trace).map(t -> t.lines()).toList();
    }
}
