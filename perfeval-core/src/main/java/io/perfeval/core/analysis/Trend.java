package io.perfeval.core.analysis;

/** Which way an indicator's score moves as one measure grows, over the whole declared domain of that measure. */
public enum Trend {
    /** The score does not depend on the measure at all (within the rule's reach). */
    CONSTANT("不变", "constant"),
    /** A larger value never lowers the score. */
    NON_DECREASING("随之不减", "non-decreasing"),
    /** A larger value never raises the score. */
    NON_INCREASING("随之不增", "non-increasing"),
    /** The score rises somewhere and falls somewhere else. */
    MIXED("有升有降", "rises and falls");

    private final String chinese;
    private final String english;

    Trend(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    static Trend of(boolean up, boolean down) {
        return up ? (down ? MIXED : NON_DECREASING) : (down ? NON_INCREASING : CONSTANT);
    }
}
