package io.perfeval.core;

/**
 * Whether bonus points ({@link io.perfeval.core.rule.Rule.Bonus}, 加分) may lift an indicator above its 分值 and the
 * total above the 总分. Official tables differ: most let a bonus only make up points lost elsewhere in the indicator;
 * some (「加分项…总分最高不超过105分」) let it raise the total. A pack says which (header 「加分：」).
 */
public enum BonusPolicy {
    /** 加分不超过分值: an indicator's score, bonus included, is capped at its 分值 (the default). */
    WITHIN_MAX("不超过分值"),
    /**
     * 加分可超过分值: an indicator may exceed its 分值 by its bonus cap; subtotals and the total are the sums, the total
     * capped at {@link RulePack#maxTotal()} when the pack declares one (总分上限).
     */
    ABOVE_MAX("可超过分值");

    private final String chinese;

    BonusPolicy(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
