package io.perfeval.core.rule;

/**
 * What a quantity measures. Quantities of the same dimension can be compared and added (after converting units);
 * a ratio of two quantities of the same dimension is a {@link #RATIO}.
 */
public enum Dimension {
    /** Pure numbers and percentages (完成率, 控制率, 满意度). */
    RATIO,
    /** Money (元, 万元). */
    MONEY,
    /** Counted things (件, 次, 项, 篇, 条, 个). */
    COUNT,
    /** Durations (日, 天). */
    DURATION,
    /** Scores (分). */
    SCORE,
    /** Any other physical amount a pack declares (公斤, 吨, 公里 …); units of OTHER compare only with themselves. */
    OTHER
}
