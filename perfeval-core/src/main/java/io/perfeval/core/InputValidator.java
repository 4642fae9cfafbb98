package io.perfeval.core;

import io.perfeval.core.diag.InputProblems;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.internal.InputInternals;
import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks an input against a pack's declarations and reports every problem at once: nothing is defaulted, nothing is
 * skipped.
 */
final class InputValidator {

    private InputValidator() {
    }

    static List<Problem> validate(RulePack pack, EvaluationInput input) {
        EvaluationPlan plan = pack.plan();
        Object[] slots = InputInternals.access().slots(input, plan.fieldNames);
        return validate(plan, input, slots, slots != null ? slots : new Object[plan.fields.length],
                input.selfScores().isEmpty() ? null : new BigDecimal[plan.all.length]);
    }

    /**
     * Validates by slot and, on the way, hands the evaluator the self-reported scores by indicator slot
     * ({@code selfScores}) and, for an input built by name, its data by field slot ({@code data}), so nothing is looked
     * up by name again. An input built by slot for this pack ({@code slots}, else null) is read where it is: the
     * evaluator reads those slots as they are.
     */
    static List<Problem> validate(EvaluationPlan plan, EvaluationInput input, Object[] slots, Object[] data,
                                  BigDecimal[] selfScores) {
        List<Problem> out = new ArrayList<>(0);
        if (slots != null) {
            dataBySlot(plan, slots, out);
        } else {
            dataByName(plan, input, data, out);
        }
        selfReported(plan, input, selfScores, out);
        return InputProblems.capped(out);
    }

    /**
     * An input built by slot for this pack ({@code RulePack.inputBuilder()}): each datum read by its slot, with the
     * problems {@link #dataByName} gives for the same data (none can be unknown); a number or a checklist's answers
     * are checked as the {@link Value} they would be, which is made only when it has a problem to report.
     */
    private static void dataBySlot(EvaluationPlan plan, Object[] slots, List<Problem> out) {
        for (int i = 0; i < plan.fields.length; i++) {
            DataField f = plan.fields[i];
            Object v = slots[i];
            if (v == null) {
                out.add(error("I001", f.name(), f.type().chinese()));
            } else if (v instanceof BigDecimal x) {
                if (!(plan.numeric[i] && plainNumber(plan, i, x))) {
                    checkValue(f, new Value.Number(x), out);
                }
            } else if (v instanceof boolean[] met) {
                // every declared item answered, and no other: nothing to report
                if (!(f.type() == DataType.CHECKLIST && met.length == f.items().size())) {
                    checkValue(f, InputInternals.access().checklist(met), out);
                }
            } else {
                checkValue(f, (Value) v, out);
            }
        }
    }

    private static void dataByName(EvaluationPlan plan, EvaluationInput input, Object[] data, List<Problem> out) {
        Map<String, Value> given = input.data();
        int found = 0;
        for (int i = 0; i < plan.fields.length; i++) {
            DataField f = plan.fields[i];
            Value v = given.get(plan.fieldKeys[i]);
            if (v == null) {
                out.add(error("I001", f.name(), f.type().chinese()));
            } else {
                found++;
                data[i] = v;
                if (!(v instanceof Value.Number n && f.type().isNumeric() && plainNumber(plan, i, n.value()))) {
                    checkValue(f, v, out);
                }
            }
        }
        // names are unique on both sides: when every given datum was one of the declared, none is unknown
        if (found != given.size()) {
            for (String name : given.keySet()) {
                if (InputProblems.full(out)) {
                    break;
                }
                if (!plan.fieldSlots.containsKey(name)) {
                    out.add(error("I002", name, Suggestions.closest(name,
                            Arrays.stream(plan.fields).map(DataField::name).toList())));
                }
            }
        }
    }

    /** The judgements, the self-reported scores and the self-reported total. */
    private static void selfReported(EvaluationPlan plan, EvaluationInput input, BigDecimal[] selfScores,
                                     List<Problem> out) {
        // judgements given by slot for this pack are checked by slot; the rest (or all, for any other input) by name
        Judgement[] bySlot = InputInternals.access().judged(input, plan.indicatorKeys);
        Map<String, Judgement> byName = bySlot == null ? input.judgements()
                : InputInternals.access().judgedByName(input);
        if (!byName.isEmpty()) {
            for (Map.Entry<String, Judgement> e : byName.entrySet()) {
                if (InputProblems.full(out)) {
                    break;
                }
                checkJudgement(plan, e.getKey(), e.getValue(), out);
            }
        }
        if (bySlot != null) {
            for (int i = 0; i < bySlot.length && !InputProblems.full(out); i++) {
                if (bySlot[i] != null) {
                    checkJudgement(plan, plan.all[i], plan.all[i].key, bySlot[i], out);
                }
            }
        }
        if (!input.selfScores().isEmpty()) {
            for (Map.Entry<String, BigDecimal> e : input.selfScores().entrySet()) {
                if (InputProblems.full(out)) {
                    break;
                }
                EvaluationPlan.IndicatorPlan indicator = plan.indicator(e.getKey());
                if (indicator == null) {
                    out.add(error("I013", e.getKey(), Suggestions.closest(e.getKey(), plan.pack.indicatorNames())));
                } else {
                    selfScores[indicator.slot] = e.getValue();
                    // an unusable number is reported once (I015) and not quoted again in full
                    if (checkNumber(e.getKey(), e.getValue(), out)) {
                        checkScore(plan, e.getKey(), e.getValue(), out);
                    }
                }
            }
        }
        input.selfTotal().ifPresent(t -> {
            if (checkNumber("合计", t, out)) {
                checkScore(plan, "合计", t, out);
            }
        });
    }

    /**
     * The usual case decided at once: a number of at most 10 decimals and 15 integer digits (so within
     * {@link EvaluationInput#withinLimits}), of the allowed sign, whole where a count must be, within the declared
     * bounds. Anything else goes through {@link #checkValue}, which says what is wrong.
     */
    private static boolean plainNumber(EvaluationPlan plan, int slot, BigDecimal x) {
        DataField f = plan.fields[slot];
        int scale = x.scale();
        return scale >= 0 && scale <= EvaluationInput.MAX_DECIMALS && x.precision() - scale <= 15
                && (x.signum() >= 0 || !plan.nonNegative[slot]) && (scale == 0 || f.type() != DataType.COUNT)
                && (f.min() == null || x.compareTo(f.min()) >= 0) && (f.max() == null || x.compareTo(f.max()) <= 0);
    }

    private static void checkValue(DataField f, Value v, List<Problem> out) {
        switch (f.type()) {
            case AMOUNT, PERCENTAGE, COUNT, QUANTITY -> {
                if (!(v instanceof Value.Number n)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                    return;
                }
                checkNumber(f, f.name(), null, n.value(), out);
            }
            case YES_NO -> {
                if (!(v instanceof Value.YesNo)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                }
            }
            case CHECKLIST -> {
                if (!(v instanceof Value.Checklist c)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                    return;
                }
                for (int i = 1; i <= f.items().size(); i++) {
                    if (!c.answers().containsKey(i)) {
                        out.add(error("I006", f.name(), f.name(), i, f.items().get(i - 1)));
                    }
                }
                // when items 1…n are all answered and there are n answers, there is no other item to report
                if (c.answers().size() != f.items().size()) {
                    for (Integer item : c.answers().keySet()) {
                        if (InputProblems.full(out)) {
                            break;
                        }
                        if (item < 1 || item > f.items().size()) {
                            out.add(error("I007", f.name(), f.name(), item, f.items().size()));
                        }
                    }
                }
            }
            case SERIES -> {
                if (!(v instanceof Value.Series s)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                    return;
                }
                int found = 0;
                for (String period : f.periods()) {
                    BigDecimal x = s.values().get(period);
                    if (x == null) {
                        out.add(error("I008", f.name(), f.name(), period));
                    } else {
                        found++;
                        checkNumber(f, f.name(), period, x, out);
                    }
                }
                // periods are unique on both sides: when every given one was declared, none is unknown
                if (found == s.values().size()) {
                    return;
                }
                for (String period : s.values().keySet()) {
                    if (InputProblems.full(out)) {
                        break;
                    }
                    if (!f.periods().contains(period)) {
                        out.add(error("I009", f.name(), f.name(), period, String.join("、", f.periods())));
                    }
                }
            }
        }
    }

    /** {@code period} is null for a plain number; a series' subject 支出进度[第一季度] is built only for a problem. */
    private static void checkNumber(DataField f, String name, String period, BigDecimal x, List<Problem> out) {
        if (EvaluationInput.withinLimits(x) && (x.signum() >= 0 || !f.nonNegative())
                && (f.type() != DataType.COUNT || x.scale() <= 0) && (f.min() == null || x.compareTo(f.min()) >= 0)
                && (f.max() == null || x.compareTo(f.max()) <= 0)) {
            return;
        }
        String subject = period == null ? name : name + "[" + period + "]";
        if (!checkNumber(subject, x, out)) {
            return;
        }
        if (x.signum() < 0 && f.nonNegative()) {
            out.add(error("I004", subject, Decimals.shown(x)));
        }
        if (f.type() == DataType.COUNT && x.scale() > 0 && x.stripTrailingZeros().scale() > 0) {
            out.add(error("I016", subject, Decimals.shown(x)));
        }
        if (f.min() != null && x.compareTo(f.min()) < 0 && !(x.signum() < 0 && f.nonNegative())) {
            out.add(error("I005", subject, Decimals.shown(x), bounds(f)));
        }
        if (f.max() != null && x.compareTo(f.max()) > 0) {
            out.add(error("I005", subject, Decimals.shown(x), bounds(f)));
        }
    }

    /** Size limits shared by data, judgements and self-scores; false when the number is unusable. */
    private static boolean checkNumber(String subject, BigDecimal x, List<Problem> out) {
        if (!EvaluationInput.withinLimits(x)) {
            out.add(error("I015", subject, Decimals.shown(x), EvaluationInput.MAX_DECIMALS));
            return false;
        }
        return true;
    }

    /**
     * A self-reported score or total: not negative (I014) and no finer than the pack's score rounding (I020), the
     * checks the Hebei form made alone before (J012, J017), now made for every input.
     */
    private static void checkScore(EvaluationPlan plan, String subject, BigDecimal x, List<Problem> out) {
        if (x.signum() < 0) {
            out.add(error("I014", subject, Decimals.shown(x)));
        }
        tooFine(plan, subject, x, out);
    }

    /** I020 when {@code x} has more decimals than the pack's score rounding keeps. */
    private static void tooFine(EvaluationPlan plan, String subject, BigDecimal x, List<Problem> out) {
        int scale = plan.pack.rounding().scoreScale();
        if (x.scale() > scale && x.stripTrailingZeros().scale() > scale) {
            out.add(error("I020", subject, Decimals.shown(x), scale));
        }
    }

    private static String bounds(DataField f) {
        return "[" + (f.min() == null ? "-∞" : f.min().toPlainString()) + ", "
                + (f.max() == null ? "+∞" : f.max().toPlainString()) + "]" + f.unit().symbol();
    }

    private static void checkJudgement(EvaluationPlan plan, String name, Judgement j, List<Problem> out) {
        EvaluationPlan.IndicatorPlan indicator = plan.indicator(name);
        if (indicator == null) {
            out.add(error("I010", name, Suggestions.closest(name, plan.pack.indicatorNames())));
            return;
        }
        checkJudgement(plan, indicator, name, j, out);
    }

    private static void checkJudgement(EvaluationPlan plan, EvaluationPlan.IndicatorPlan indicator, String name,
                                       Judgement j, List<Problem> out) {
        if (indicator.leaf == null || !indicator.usesJudgement) {
            out.add(error("I017", name));
            return;
        }
        Indicator.Leaf leaf = indicator.leaf;
        if (!checkNumber(name, j.score(), out)) {
            return;
        }
        if (j.score().signum() < 0 || j.score().compareTo(leaf.maxScore()) > 0) {
            out.add(error("I011", name, Decimals.shown(j.score()), leaf.maxScore().toPlainString()));
        }
        tooFine(plan, name, j.score(), out);
        if (j.reason().isBlank()) {
            out.add(error("I012", name));
        }
    }

    private static String kind(Value v) {
        if (v instanceof Value.Number) {
            return "数值";
        } else if (v instanceof Value.YesNo) {
            return "是否";
        } else if (v instanceof Value.Checklist) {
            return "清单";
        }
        return "分期数据";
    }

    private static Problem error(String code, String subject, Object... args) {
        return Problem.core(code, Severity.ERROR, subject, null, args);
    }
}
