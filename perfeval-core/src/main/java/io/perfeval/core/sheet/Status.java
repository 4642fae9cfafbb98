package io.perfeval.core.sheet;

/** How an indicator came out. */
public enum Status {
    /** Scored by its rule. */
    SCORED("已评分"),
    /** 不适用: excluded; the pack's not-applicable policy applies to the total. */
    NOT_APPLICABLE("不适用"),
    /** 一票否决: scored 0 by a veto clause. */
    VETOED("一票否决"),
    /** Could not be scored (a zero denominator, a missing judgement, no clause for the case): see its problems. */
    ERROR("无法评分");

    private final String chinese;

    Status(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
