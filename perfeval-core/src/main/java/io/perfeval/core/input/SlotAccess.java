package io.perfeval.core.input;

import io.perfeval.core.internal.InputInternals;
import java.util.List;
import java.util.Map;

/**
 * What the evaluator reads of an input built by slot ({@link InputInternals}), installed when {@link EvaluationInput}
 * is initialised.
 */
final class SlotAccess implements InputInternals.Access {
    @Override
    public Object[] slots(EvaluationInput input, List<String> layout) {
        return input.layout == layout ? input.slots : null;
    }

    @Override
    public Value.Checklist checklist(boolean[] met) {
        return new Value.Checklist(ItemAnswers.of(met));
    }

    @Override
    public Judgement[] judged(EvaluationInput input, List<String> indicators) {
        return input.indicators == indicators ? input.judged : null;
    }

    @Override
    public Map<String, Judgement> judgedByName(EvaluationInput input) {
        return input.judgements;
    }
}
