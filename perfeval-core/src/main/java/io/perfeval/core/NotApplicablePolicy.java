package io.perfeval.core;

/**
 * What the total does when indicators are 不适用 (their rule says so, e.g. no 三公经费 budget at all).
 */
public enum NotApplicablePolicy {
    /**
     * 按比例折算: total = (sum of applicable scores) × (pack total) / (sum of applicable 分值), so a department is not
     * punished nor rewarded for an indicator that does not concern it.
     */
    RESCALE("按比例折算"),
    /** The total is the plain sum; the applicable maximum shrinks and the sheet says so. */
    EXCLUDE("不计入");

    private final String chinese;

    NotApplicablePolicy(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
