package io.perfeval.sheets;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 部门整体支出绩效自评表 as a finance officer hands it in, laid out like the official form: the title, 填报单位 and
 * 单位：万元; 一、预算执行情况 (预算数, 执行数, 执行率, 其中财政资金, 其他); 二、工作整体完成情况 with one row per 三级指标
 * (一级 and 二级指标 merged over their rows, 指标内容, 评价标准, 分值, 自评得分, the computed 得分 and the review mark ✓/✗),
 * 合计; 三、绩效目标执行出现的偏差和采取的措施; 填报人 and 联系电话; then the 分项绩效项目清单 on its own sheet or page.
 *
 * <p>The score sheet holds the scores; what the form needs beyond them (the budget figures, 指标内容, the project list,
 * who filled it in) comes in {@link Details}. A figure that is not given leaves its cell empty, bordered, to be filled
 * by hand; nothing is guessed. 执行率 is 执行数 / 预算数 × 100%, rounded half up to two decimals.
 *
 * <p>{@link #xlsx} prints on A4 landscape, one page wide, with the column header row repeated on every page (Excel never
 * splits a row across pages). {@link #html} is one self-contained page (inline CSS, no script) whose print rules give
 * A4 landscape, a repeated table header and rows that are never split. Both are pure functions of their arguments.
 */
public final class OfficialForm {

    /** Name of the worksheet (and the HTML section id {@code form}) that holds the 自评表. */
    public static final String FORM_SHEET = "自评表";
    /** Name of the worksheet (and the HTML section id {@code projects}) that holds the 分项绩效项目清单. */
    public static final String PROJECT_SHEET = "分项绩效项目清单";

    private OfficialForm() {
    }

    /**
     * The form as an xlsx workbook: sheet {@value #FORM_SHEET}, then sheet {@value #PROJECT_SHEET}.
     *
     * @param sheet   the scored sheet
     * @param details what the form shows beyond the scores
     * @return the workbook's bytes, the same for the same arguments
     */
    public static byte[] xlsx(ScoreSheet sheet, Details details) {
        return FormXlsx.render(FormLayout.of(sheet, details));
    }

    /**
     * The form as one printable HTML page.
     *
     * @param sheet   the scored sheet
     * @param details what the form shows beyond the scores
     * @return the page, UTF-8 text
     */
    public static String html(ScoreSheet sheet, Details details) {
        return FormHtml.render(FormLayout.of(sheet, details));
    }

    /**
     * A builder of the form's details, all empty: the form then shows the scores and leaves the rest to fill by hand.
     *
     * @return a new builder
     */
    public static Details.Builder details() {
        return new Details.Builder();
    }

    /**
     * One line of the 分项绩效项目清单 (amounts in 万元). An absent amount or score leaves its cell empty.
     *
     * @param number    序号 as written
     * @param name      项目名称
     * @param budget    预算数（调整后）
     * @param executed  执行数
     * @param returned  结余交回财政数
     * @param selfScore 自评得分 of the project's own self-evaluation
     * @param goal      分项项目绩效目标
     * @param outcome   分项项目绩效目标完成情况
     */
    public record Project(String number, String name, Optional<BigDecimal> budget, Optional<BigDecimal> executed,
                          Optional<BigDecimal> returned, Optional<BigDecimal> selfScore, String goal, String outcome) {
        /** Checks that no part is null (an absent text is {@code ""}, an absent number empty). */
        public Project {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(executed, "executed");
            Objects.requireNonNull(returned, "returned");
            Objects.requireNonNull(selfScore, "selfScore");
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * What the form shows beyond the score sheet. Immutable; made with {@link OfficialForm#details()}.
     */
    public static final class Details {
        final Map<String, BigDecimal> budget;
        final Map<String, String> contents;
        final List<Project> projects;
        final Optional<BigDecimal> selfTotal;
        final Optional<Integer> year;
        final String deviations;
        final String filler;
        final String phone;

        private Details(Builder b) {
            budget = Map.copyOf(b.budget);
            contents = Map.copyOf(b.contents);
            projects = List.copyOf(b.projects);
            selfTotal = Optional.ofNullable(b.selfTotal);
            year = Optional.ofNullable(b.year);
            deviations = b.deviations;
            filler = b.filler;
            phone = b.phone;
        }

        /** Keys of {@link #budget}: 预算数 and 执行数, in total, of 财政资金 and of other funds. */
        static final String PLANNED = "预算数";
        static final String EXECUTED = "执行数";
        static final String FISCAL_PLANNED = "财政资金预算数";
        static final String FISCAL_EXECUTED = "财政资金执行数";
        static final String OTHER_PLANNED = "其他资金预算数";
        static final String OTHER_EXECUTED = "其他资金执行数";

        /** Builds {@link Details}; every part is optional, and a part given twice keeps the later value. */
        public static final class Builder {
            private final Map<String, BigDecimal> budget = new LinkedHashMap<>();
            private final Map<String, String> contents = new LinkedHashMap<>();
            private final List<Project> projects = new ArrayList<>();
            private BigDecimal selfTotal;
            private Integer year;
            private String deviations = "";
            private String filler = "";
            private String phone = "";

            private Builder() {
            }

            /**
             * 预算数（调整后） and 执行数 of the whole department, in 万元; 执行率 is computed from them.
             *
             * @param planned  预算数
             * @param executed 执行数
             * @return this builder
             */
            public Builder budget(BigDecimal planned, BigDecimal executed) {
                return amounts(Details.PLANNED, planned, Details.EXECUTED, executed);
            }

            /**
             * The 其中：财政资金 row: 预算数 and 执行数 of fiscal funds, in 万元.
             *
             * @param planned  预算数
             * @param executed 执行数
             * @return this builder
             */
            public Builder fiscal(BigDecimal planned, BigDecimal executed) {
                return amounts(Details.FISCAL_PLANNED, planned, Details.FISCAL_EXECUTED, executed);
            }

            /**
             * The 其他 row: 预算数 and 执行数 of other funds, in 万元.
             *
             * @param planned  预算数
             * @param executed 执行数
             * @return this builder
             */
            public Builder other(BigDecimal planned, BigDecimal executed) {
                return amounts(Details.OTHER_PLANNED, planned, Details.OTHER_EXECUTED, executed);
            }

            private Builder amounts(String plannedKey, BigDecimal planned, String executedKey, BigDecimal executed) {
                budget.put(plannedKey, Objects.requireNonNull(planned, plannedKey));
                budget.put(executedKey, Objects.requireNonNull(executed, executedKey));
                return this;
            }

            /**
             * The 指标内容 of every 三级指标 of the pack, by indicator name (a pack without them leaves the column empty).
             *
             * @param pack the pack the sheet was scored with
             * @return this builder
             */
            public Builder contents(RulePack pack) {
                for (Indicator.Leaf leaf : pack.leaves()) {
                    if (!leaf.description().isBlank()) {
                        contents.put(leaf.name(), leaf.description());
                    }
                }
                return this;
            }

            /**
             * The 指标内容 of one 三级指标.
             *
             * @param indicator the indicator's name
             * @param content   its 指标内容
             * @return this builder
             */
            public Builder content(String indicator, String content) {
                contents.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(content, "content"));
                return this;
            }

            /**
             * The self-reported 合计 (自评得分 of the whole form).
             *
             * @param total the reported total
             * @return this builder
             */
            public Builder selfTotal(BigDecimal total) {
                selfTotal = Objects.requireNonNull(total, "total");
                return this;
            }

            /**
             * The year evaluated, for the project list's 执行数（至 YYYY 年底） header.
             *
             * @param evaluated the year
             * @return this builder
             */
            public Builder year(int evaluated) {
                year = evaluated;
                return this;
            }

            /**
             * 三、绩效目标执行出现的偏差和采取的措施, as the department writes it.
             *
             * @param text the text
             * @return this builder
             */
            public Builder deviations(String text) {
                deviations = Objects.requireNonNull(text, "text");
                return this;
            }

            /**
             * 填报人 and 联系电话.
             *
             * @param name  who filled the form in
             * @param phone their telephone number
             * @return this builder
             */
            public Builder filledBy(String name, String phone) {
                this.filler = Objects.requireNonNull(name, "name");
                this.phone = Objects.requireNonNull(phone, "phone");
                return this;
            }

            /**
             * Adds one line to the 分项绩效项目清单, after those added before.
             *
             * @param project the line
             * @return this builder
             */
            public Builder project(Project project) {
                projects.add(Objects.requireNonNull(project, "project"));
                return this;
            }

            /**
             * The details as given so far.
             *
             * @return immutable details
             */
            public Details build() {
                return new Details(this);
            }
        }
    }
}
