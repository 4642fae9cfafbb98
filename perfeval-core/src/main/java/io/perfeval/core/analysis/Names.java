package io.perfeval.core.analysis;

import java.util.List;

/** What a number's name alone suggests about its direction: a guess, for {@link PackAnalysis#impliedTrend} only. */
final class Names {

    private static final List<String> HIGHER_BETTER = List.of("完成率", "执行率", "覆盖率", "应用率", "满意度", "达标率",
            "合格率", "完成数", "件数", "次数", "篇数", "条数", "工单数");
    private static final List<String> LOWER_BETTER = List.of("调整率", "结余率", "结转率", "控制率", "偏差", "超支",
            "不合格", "投诉");

    private Names() {
    }

    /** 1 higher is better, -1 lower is better, 0 unknown. */
    static int implied(String name) {
        for (String w : LOWER_BETTER) {
            if (name.contains(w)) {
                return -1;
            }
        }
        for (String w : HIGHER_BETTER) {
            if (name.contains(w)) {
                return 1;
            }
        }
        return 0;
    }
}
