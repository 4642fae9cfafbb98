package io.perfeval.core;

/** The kinds of data a pack can declare as input. */
public enum DataType {
    /** Money, never negative (万元 unless declared otherwise). */
    AMOUNT("金额"),
    /** A percentage given as a number of percent (97.38 means 97.38%). */
    PERCENTAGE("百分比"),
    /** A whole number of things, never negative (件, 次, 项). */
    COUNT("数量"),
    /** Any other measured quantity in a declared unit (日, 公斤). */
    QUANTITY("数值"),
    /** 是 / 否. */
    YES_NO("是否"),
    /** Answers 符合 / 不符合 for each numbered item of a checklist. */
    CHECKLIST("清单"),
    /** One number per declared period (per quarter: 第一季度 … 第四季度), in the declared unit. */
    SERIES("分期数据");

    private final String chinese;

    DataType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isNumeric() {
        return this == AMOUNT || this == PERCENTAGE || this == COUNT || this == QUANTITY;
    }
}
