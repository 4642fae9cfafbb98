package io.perfeval.core.diag;

/** How serious a {@link Problem} is: an error stops a pack or an input; a warning or a note does not. */
public enum Severity {
    ERROR("错误", "error"), WARNING("警告", "warning"), INFO("提示", "info");

    private final String chinese;
    private final String english;

    Severity(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
