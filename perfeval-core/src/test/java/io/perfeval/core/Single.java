package io.perfeval.core;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A pack with one scored indicator (and a judged filler to make up 100), for testing one rule at a time. */
final class Single {

    static final String NAME = "被测指标";

    private final List<DataField> fields = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final String max;
    private final Rule rule;
    private BonusPolicy bonusPolicy = BonusPolicy.WITHIN_MAX;
    private BigDecimal maxTotal;
    private String description = "";

    private Single(String max, Rule rule) {
        this.max = max;
        this.rule = rule;
    }

    static Single of(String max, Rule rule) {
        return new Single(max, rule);
    }

    Single field(DataField f) {
        fields.add(f);
        return this;
    }

    /** The leaf's 指标内容 (its wording may state a direction: 「完成率越高越好」). */
    Single description(String text) {
        description = text;
        return this;
    }

    Single measure(Measure m) {
        measures.add(m);
        return this;
    }

    /** Whether bonus points may lift the indicator above its 分值, and the total's cap (总分上限) if any. */
    Single bonus(BonusPolicy policy, String cap) {
        this.bonusPolicy = policy;
        this.maxTotal = cap == null ? null : new BigDecimal(cap);
        return this;
    }

    RulePack pack() {
        return pack(NotApplicablePolicy.RESCALE);
    }

    RulePack pack(NotApplicablePolicy policy) {
        return builder(policy).build();
    }

    /** The pack's builder, for checking it ({@link RulePack.Builder#check()}) or adding to it. */
    RulePack.Builder builder(NotApplicablePolicy policy) {
        BigDecimal m = new BigDecimal(max);
        RulePack.Builder b = RulePack.builder(new PackInfo("test/single", "单指标", "", "", ""))
                .notApplicablePolicy(policy)
                .bonusPolicy(bonusPolicy)
                .indicator(new Indicator.Group("一级", m, List.of(new Indicator.Leaf(NAME, m, description, "", rule))))
                .indicator(new Indicator.Group("其余", new BigDecimal("100").subtract(m),
                        List.of(new Indicator.Leaf("其余指标", new BigDecimal("100").subtract(m), "", "",
                                Rule.Judgement.anywhere()))));
        if (maxTotal != null) {
            b.maxTotal(maxTotal);
        }
        fields.forEach(b::field);
        measures.forEach(b::measure);
        return b;
    }

    /** What checking the pack finds. */
    RulePack.CheckResult check() {
        return builder(NotApplicablePolicy.RESCALE).check();
    }

    static EvaluationInput.Builder input() {
        return EvaluationInput.builder().judgement("其余指标", "50", "filler");
    }

    static IndicatorResult line(ScoreSheet sheet) {
        return sheet.find(NAME).orElseThrow();
    }

    static BigDecimal score(RulePack pack, EvaluationInput input) {
        return line(pack.evaluate(input)).score().orElseThrow();
    }
}
