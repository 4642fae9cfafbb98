package io.perfeval.core.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judgements given by indicator slot ({@link EvaluationInput.SlotBuilder#judgement(int, Judgement)}): an array in the
 * pack's indicator order ({@code RulePack.indicatorIndex}) instead of a map entry per judgement, which the evaluator
 * reads by the indicator's slot (issue 21). A name given both ways holds the one given last: each setter clears the
 * other's entry.
 */
final class SlotJudgements {

    private SlotJudgements() {
    }

    /**
     * Every judgement by name, for {@link EvaluationInput#judgements()}: those given by name in the order given, then
     * those given by slot in indicator order. Unmodifiable.
     */
    static Map<String, Judgement> byName(Map<String, Judgement> byName, List<String> indicators, Judgement[] bySlot) {
        Map<String, Judgement> all = new LinkedHashMap<>(byName);
        for (int i = 0; i < bySlot.length; i++) {
            if (bySlot[i] != null) {
                all.put(indicators.get(i), bySlot[i]);
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** The slot of {@code name} among {@code indicators}, or -1. */
    static int slotOf(List<String> indicators, String name) {
        for (int i = 0; i < indicators.size(); i++) {
            String s = indicators.get(i);
            if (s == name || s.equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
