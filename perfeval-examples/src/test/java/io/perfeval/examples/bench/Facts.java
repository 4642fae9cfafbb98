package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the hand-written baseline reads of a department, by position in {@link PlainDepartment}'s name tables: from an
 * integrator's plain values ({@link PlainDepartment}) or from perfeval's input ({@link #of(EvaluationInput)}, by name).
 */
interface Facts {

    BigDecimal num(int i);

    boolean yes(int i);

    /** How many items of checklist {@code checklist} are 不符合. */
    int failed(int checklist);

    BigDecimal progress(int quarter);

    BigDecimal schedule(int quarter);

    /** The evaluator's score of judged indicator {@code i}. */
    BigDecimal judged(int i);

    /** The facts of perfeval's input, each looked up by its name. */
    static Facts of(EvaluationInput input) {
        Map<String, Value> d = input.data();
        Map<String, Judgement> j = input.judgements();
        return new Facts() {
            @Override
            public BigDecimal num(int i) {
                return ((Value.Number) d.get(PlainDepartment.NUMBERS[i])).value();
            }

            @Override
            public boolean yes(int i) {
                return ((Value.YesNo) d.get(PlainDepartment.YES_NO[i])).yes();
            }

            @Override
            public int failed(int checklist) {
                int n = 0;
                for (Boolean met : ((Value.Checklist) d.get(PlainDepartment.CHECKLISTS[checklist])).answers().values()) {
                    if (!met) {
                        n++;
                    }
                }
                return n;
            }

            @Override
            public BigDecimal progress(int quarter) {
                return ((Value.Series) d.get(PlainDepartment.PROGRESS)).values().get(PlainDepartment.QUARTERS[quarter]);
            }

            @Override
            public BigDecimal schedule(int quarter) {
                return ((Value.Series) d.get(PlainDepartment.SCHEDULE)).values().get(PlainDepartment.QUARTERS[quarter]);
            }

            @Override
            public BigDecimal judged(int i) {
                return j.get(PlainDepartment.JUDGED[i]).score();
            }
        };
    }
}
