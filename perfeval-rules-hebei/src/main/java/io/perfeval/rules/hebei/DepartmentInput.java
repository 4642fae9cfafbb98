package io.perfeval.rules.hebei;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's overall expenditure self-evaluation (部门整体支出绩效自评) as a government system holds it: budget and
 * final-accounts figures, quarterly spending progress, 三公经费 and procurement, checklist answers, output counts,
 * satisfaction, judgement scores with reasons, the self-reported scores, and the 分项绩效项目清单. JSON keys are the
 * Chinese terms a finance officer reads (see {@link DepartmentInputJson}); Java names are the English glossary names.
 *
 * <p>Figures derived from others (不合格项目目标数, 已自评项目数) are computed here from the project list, never typed in;
 * rates are computed by the pack's measures from these raw amounts.
 */
@JsonPropertyOrder({"单位名称", "年度", "规则包", "预算", "决算", "支出进度", "序时进度", "三公经费", "政府采购", "绩效目标",
        "检查清单", "是否事项", "意见建议", "产出数量", "社会公众满意度", "酌情得分", "自评得分", "自评合计", "分项绩效项目清单",
        "说明"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepartmentInput(
        @JsonProperty("单位名称") String entity,
        @JsonProperty("年度") Integer year,
        @JsonProperty("规则包") String packId,
        @JsonProperty("预算") Budget budget,
        @JsonProperty("决算") FinalAccounts accounts,
        @JsonProperty("支出进度") Map<String, BigDecimal> spendingProgress,
        @JsonProperty("序时进度") Map<String, BigDecimal> schedule,
        @JsonProperty("三公经费") ThreePublicExpenses threePublicExpenses,
        @JsonProperty("政府采购") Procurement procurement,
        @JsonProperty("绩效目标") PerformanceGoals goals,
        @JsonProperty("检查清单") Map<String, List<String>> checklists,
        @JsonProperty("是否事项") Map<String, Boolean> yesNo,
        @JsonProperty("意见建议") Suggestions suggestions,
        @JsonProperty("产出数量") Map<String, BigDecimal> outputs,
        @JsonProperty("社会公众满意度") BigDecimal satisfaction,
        @JsonProperty("酌情得分") Map<String, JudgedScore> judgements,
        @JsonProperty("自评得分") Map<String, BigDecimal> selfScores,
        @JsonProperty("自评合计") BigDecimal selfTotal,
        @JsonProperty("分项绩效项目清单") List<Project> projects,
        @JsonProperty("说明") List<String> notes) {

    /** The answer that marks a checklist item as met; anything else must be 不符合. */
    public static final String MET = "符合";
    public static final String NOT_MET = "不符合";

    /** 预算安排情况: 年初预算, 调整后预算, and the adjustments the 预算调整率 definition excludes. */
    @JsonPropertyOrder({"年初预算数", "调整后预算数", "可剔除的预算调整数", "收入预算数"})
    public record Budget(
            @JsonProperty("年初预算数") BigDecimal initial,
            @JsonProperty("调整后预算数") BigDecimal adjusted,
            @JsonProperty("可剔除的预算调整数") BigDecimal excludedAdjustments,
            @JsonProperty("收入预算数") BigDecimal revenueBudget) {
    }

    /** 部门决算收支情况. */
    @JsonPropertyOrder({"年初结转和结余", "本年收入", "本年支出", "基本支出", "项目支出"})
    public record FinalAccounts(
            @JsonProperty("年初结转和结余") BigDecimal carriedIn,
            @JsonProperty("本年收入") BigDecimal revenue,
            @JsonProperty("本年支出") BigDecimal expenditure,
            @JsonProperty("基本支出") BigDecimal basicExpenditure,
            @JsonProperty("项目支出") BigDecimal projectExpenditure) {
    }

    /** 三公经费 (因公出国（境）费、公务用车购置及运行费、公务接待费): budget and actual spending, in 万元. */
    @JsonPropertyOrder({"预算数", "实际支出数"})
    public record ThreePublicExpenses(
            @JsonProperty("预算数") BigDecimal budget,
            @JsonProperty("实际支出数") BigDecimal actual) {
    }

    /** 政府采购: the procurement budget and the amount actually procured, in 万元. */
    @JsonPropertyOrder({"预算数", "实际金额"})
    public record Procurement(
            @JsonProperty("预算数") BigDecimal budget,
            @JsonProperty("实际金额") BigDecimal actual) {
    }

    /** Whether the overall and the sub-item performance goals are sound (总体绩效目标, 分项绩效目标). */
    @JsonPropertyOrder({"总体绩效目标合格", "分项绩效目标合格"})
    public record PerformanceGoals(
            @JsonProperty("总体绩效目标合格") Boolean overallSound,
            @JsonProperty("分项绩效目标合格") Boolean subItemsSound) {
    }

    /** 评价提出的意见建议: how many were made and how many were adopted. */
    @JsonPropertyOrder({"采纳数", "总数"})
    public record Suggestions(
            @JsonProperty("采纳数") BigDecimal adopted,
            @JsonProperty("总数") BigDecimal total) {
    }

    /** The evaluator's score for an indicator scored by judgement (酌情), with the written reason it needs. */
    @JsonPropertyOrder({"得分", "理由"})
    public record JudgedScore(
            @JsonProperty("得分") BigDecimal score,
            @JsonProperty("理由") String reason) {
    }

    /**
     * One line of the 分项绩效项目清单 (amounts in 万元), optionally carrying the project's own 项目支出绩效自评表 under
     * 项目自评 (a project input document as {@code io.perfeval.rules.national.ProjectInputJson} reads it), which
     * {@link DepartmentEvaluation} scores and checks against this line.
     *
     * @param selfEvaluation the project's 项目自评 document as written, or {@code null}; kept as a copy
     */
    @JsonPropertyOrder({"序号", "项目名称", "预算数", "执行数", "结余交回财政数", "自评得分", "绩效目标", "完成情况", "项目自评"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Project(
            @JsonProperty("序号") Integer number,
            @JsonProperty("项目名称") String name,
            @JsonProperty("预算数") BigDecimal budget,
            @JsonProperty("执行数") BigDecimal executed,
            @JsonProperty("结余交回财政数") BigDecimal returned,
            @JsonProperty("自评得分") BigDecimal selfScore,
            @JsonProperty("绩效目标") String goal,
            @JsonProperty("完成情况") String outcome,
            @JsonProperty("项目自评") JsonNode selfEvaluation) {

        public Project {
            selfEvaluation = selfEvaluation == null ? null : selfEvaluation.deepCopy();
        }

        /** A line without the project's own self-evaluation. */
        public Project(Integer number, String name, BigDecimal budget, BigDecimal executed, BigDecimal returned,
                       BigDecimal selfScore, String goal, String outcome) {
            this(number, name, budget, executed, returned, selfScore, goal, outcome, null);
        }

        /** The carried 项目自评 document, a copy (a JSON tree is mutable, this record is not), or {@code null}. */
        @Override
        @JsonProperty("项目自评")
        public JsonNode selfEvaluation() {
            return selfEvaluation == null ? null : selfEvaluation.deepCopy();
        }

        /** A project counts as without a performance goal when its 绩效目标 is missing or blank. */
        public boolean hasGoal() {
            return goal != null && !goal.isBlank();
        }
    }

    /** 不合格项目目标数: the projects of the list that have no performance goal (the seed's project 17). */
    public int projectsWithoutGoal() {
        return projects == null ? 0 : (int) projects.stream().filter(p -> p == null || !p.hasGoal()).count();
    }

    /** The sum of the projects' 执行数, exact. */
    public BigDecimal projectsExecuted() {
        return sum(projects == null ? List.of() : projects.stream().map(Project::executed).toList());
    }

    /** The sum of the projects' 预算数, exact. */
    public BigDecimal projectsBudgeted() {
        return sum(projects == null ? List.of() : projects.stream().map(Project::budget).toList());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }

    /**
     * The input for the Shijiazhuang 2019 department pack. A figure that is absent here is simply not passed on, so
     * the pack's validation names it (I001) together with every other problem; nothing is defaulted. Throws
     * {@link io.perfeval.core.diag.InvalidInputException} (J019, J020) when a datum is given in two places, or given
     * where it is derived: one source per datum, never a silent overwrite (see {@link #sources()}). The pack then
     * reports its own problems by datum name (I…); {@link #toEvaluationInput(io.perfeval.core.RulePack)} checks the
     * input as {@link DepartmentInputJson#readFor} checks a document, with the same codes and messages.
     */
    public EvaluationInput toEvaluationInput() {
        DatumSources.Filled filled = filled();
        if (!filled.sources().clashes().isEmpty()) {
            throw new io.perfeval.core.diag.InvalidInputException(filled.sources().problems(
                    DepartmentChecks.TYPED_SOURCE, DepartmentChecks.Place.TYPED));
        }
        return filled.input();
    }

    /**
     * The input for {@code pack}, checked exactly as {@link DepartmentInputJson#readFor} checks a document — by the same
     * code: the numbers, one source per datum, the answers, judgements and projects, shares over 100 % (as
     * {@link Builder#build()} does), then the pack id ({@link Builder#pack}: J013 when none, J014 for another pack or
     * version), scores finer than the pack's rounding (J017), and every problem of the pack's own validation (J015:
     * missing data, unknown names with the nearest declared one, values out of their declared range). Each problem
     * names its place as a key path of this record ({@code budget.initial}, {@code yesNo[账表一致]},
     * {@code projects[3].executed}) where the JSON reader names a JSON pointer; codes and messages are otherwise the
     * same.
     *
     * @param pack the pack the input is scored with
     * @return the input to score
     * @throws io.perfeval.core.diag.InvalidInputException with every problem found
     */
    public EvaluationInput toEvaluationInput(io.perfeval.core.RulePack pack) {
        java.util.Objects.requireNonNull(pack, "pack");
        List<io.perfeval.core.diag.Problem> problems = DepartmentChecks.check(this, pack,
                DepartmentChecks.TYPED_SOURCE, DepartmentChecks.Place.TYPED);
        if (!problems.isEmpty()) {
            throw new io.perfeval.core.diag.InvalidInputException(problems);
        }
        return filled().input();
    }

    /** The JSON path each datum comes from, by datum name (收入预算完成数 → /决算/本年收入); derived data included. */
    public Map<String, String> sources() {
        return filled().sources().paths();
    }

    /**
     * The data in their one source each: the fixed sections and the derived counts first, then the keyed sections
     * (检查清单, 是否事项, 产出数量), whose keys may not name a datum already given.
     */
    DatumSources.Filled filled() {
        DatumSources.Filler f = new DatumSources.Filler(EvaluationInput.builder().entity(entity == null ? "" : entity));
        fixedSections(f);
        if (projects != null) {
            String list = DatumSources.FORM.get("应自评项目数");
            f.derived("不合格项目目标数", list, Value.number(BigDecimal.valueOf(projectsWithoutGoal())));
            f.derived("已自评项目数", list, Value.number(BigDecimal.valueOf(projects.stream()
                    .filter(p -> p != null && p.selfScore() != null).count())));
            f.derived("应自评项目数", list, Value.number(BigDecimal.valueOf(projects.size())));
        }
        keyedSections(f);
        scores(f.builder());
        return f.filled();
    }

    /** The form's sections whose keys are fixed: each datum at its place in {@link DatumSources#FORM}. */
    private void fixedSections(DatumSources.Filler f) {
        if (budget != null) {
            number(f, "年初预算数", budget.initial());
            number(f, "调整后预算数", budget.adjusted());
            number(f, "可剔除的预算调整数", budget.excludedAdjustments());
            number(f, "收入预算数", budget.revenueBudget());
        }
        if (accounts != null) {
            number(f, "年初结转和结余", accounts.carriedIn());
            number(f, "收入预算完成数", accounts.revenue());
            number(f, "本年支出", accounts.expenditure());
        }
        if (spendingProgress != null) {
            f.given("支出进度", DatumSources.FORM.get("支出进度"), new Value.Series(spendingProgress));
        }
        if (schedule != null) {
            f.given("序时进度", DatumSources.FORM.get("序时进度"), new Value.Series(schedule));
        }
        if (threePublicExpenses != null) {
            number(f, "三公经费预算数", threePublicExpenses.budget());
            number(f, "三公经费实际支出数", threePublicExpenses.actual());
        }
        if (procurement != null) {
            number(f, "政府采购预算数", procurement.budget());
            number(f, "实际政府采购金额", procurement.actual());
        }
        if (goals != null) {
            yes(f, "总体绩效目标合格", goals.overallSound());
            yes(f, "分项绩效目标合格", goals.subItemsSound());
        }
        if (suggestions != null) {
            number(f, "意见建议采纳数", suggestions.adopted());
            number(f, "意见建议总数", suggestions.total());
        }
        number(f, "社会公众满意度", satisfaction);
    }

    /** 检查清单, 是否事项 and 产出数量, keyed by datum name: after the fixed sections, so a clash is theirs. */
    private void keyedSections(DatumSources.Filler f) {
        if (checklists != null) {
            checklists.forEach((name, answers) -> {
                if (answers != null) {
                    f.given(name, "/检查清单/" + name, checklist(answers));
                }
            });
        }
        if (yesNo != null) {
            yesNo.forEach((name, yes) -> {
                if (yes != null) {
                    f.given(name, "/是否事项/" + name, Value.yes(yes));
                }
            });
        }
        if (outputs != null) {
            outputs.forEach((name, value) -> {
                if (value != null) {
                    f.given(name, "/产出数量/" + name, Value.number(value));
                }
            });
        }
    }

    /** The judgement scores with their reasons, the self-reported scores and total. */
    private void scores(EvaluationInput.Builder b) {
        if (judgements != null) {
            // A judgement without a score is reported by DepartmentInputJson (J006); it is never invented here.
            judgements.forEach((name, j) -> {
                if (j != null && j.score() != null) {
                    b.judgement(name, new Judgement(j.score(), j.reason()));
                }
            });
        }
        if (selfScores != null) {
            selfScores.forEach((name, score) -> {
                if (score != null) {
                    b.selfScore(name, score);
                }
            });
        }
        b.selfTotal(selfTotal);
    }

    /** A datum of the form's fixed sections, at its place in {@link DatumSources#FORM}. */
    private static void number(DatumSources.Filler f, String name, BigDecimal value) {
        if (value != null) {
            f.given(name, DatumSources.FORM.get(name), Value.number(value));
        }
    }

    private static void yes(DatumSources.Filler f, String name, Boolean value) {
        if (value != null) {
            f.given(name, DatumSources.FORM.get(name), Value.yes(value));
        }
    }

    /**
     * 「符合」/「不符合」 answers by position (item 1 first). Any other answer is kept as a failing answer and
     * reported by {@link DepartmentInputJson} validation, never read as met.
     */
    static Value.Checklist checklist(List<String> answers) {
        Map<Integer, Boolean> byItem = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            byItem.put(i + 1, MET.equals(answers.get(i)));
        }
        return new Value.Checklist(byItem);
    }

    /** A builder for systems that fill the input from their own database: name what you have, nothing is defaulted. */
    public static Builder builder(String entity, int year) {
        return new Builder(entity, year);
    }

    /** Collects the parts of a {@link DepartmentInput}; anything not set stays absent and is reported when scored. */
    public static final class Builder {
        private final String entity;
        private final int year;
        private String packId;
        private Budget budget;
        private FinalAccounts accounts;
        private final Map<String, BigDecimal> spendingProgress = new LinkedHashMap<>();
        private final Map<String, BigDecimal> schedule = new LinkedHashMap<>();
        private ThreePublicExpenses threePublicExpenses;
        private Procurement procurement;
        private PerformanceGoals goals;
        private final Map<String, List<String>> checklists = new LinkedHashMap<>();
        private final Map<String, Boolean> yesNo = new LinkedHashMap<>();
        private Suggestions suggestions;
        private final Map<String, BigDecimal> outputs = new LinkedHashMap<>();
        private BigDecimal satisfaction;
        private final Map<String, JudgedScore> judgements = new LinkedHashMap<>();
        private final Map<String, BigDecimal> selfScores = new LinkedHashMap<>();
        private BigDecimal selfTotal;
        private final List<Project> projects = new java.util.ArrayList<>();
        private final List<String> notes = new java.util.ArrayList<>();
        private final List<DatumSources.Clash> repeated = new java.util.ArrayList<>();

        private Builder(String entity, int year) {
            this.entity = entity;
            this.year = year;
        }

        /**
         * The pack this input is for (规则包, as in its JSON), as {@code id} or {@code id@version}.
         *
         * @param id the pack's id, e.g. {@code hebei/shijiazhuang-2019/department}
         * @return this builder
         */
        public Builder pack(String id) {
            this.packId = id;
            return this;
        }

        /**
         * 预算安排情况 (amounts in 万元).
         *
         * @param budget 年初预算, 调整后预算, the adjustments 预算调整率 excludes, 收入预算
         * @return this builder
         */
        public Builder budget(Budget budget) {
            this.budget = budget;
            return this;
        }

        /**
         * 部门决算收支情况 (amounts in 万元).
         *
         * @param accounts 年初结转和结余, 本年收入, 本年支出, 基本支出, 项目支出
         * @return this builder
         */
        public Builder accounts(FinalAccounts accounts) {
            this.accounts = accounts;
            return this;
        }

        /**
         * Cumulative spending progress (支出进度) and the time-proportional schedule (序时进度) of one period, in
         * percent; the schedule is a share and may not exceed 100 (J018).
         *
         * @param period the period as the pack declares it: 第一季度, 第二季度, 第三季度, 第四季度
         * @param progress the share of the budget spent by the period's end
         * @param scheduled the share the schedule expects by then
         * @return this builder
         */
        public Builder progress(String period, BigDecimal progress, BigDecimal scheduled) {
            spendingProgress.put(period, progress);
            schedule.put(period, scheduled);
            return this;
        }

        /**
         * 三公经费: budget and actual.
         *
         * @param expenses the two amounts, in 万元
         * @return this builder
         */
        public Builder threePublicExpenses(ThreePublicExpenses expenses) {
            this.threePublicExpenses = expenses;
            return this;
        }

        /**
         * 政府采购: budget and actual.
         *
         * @param procurement the two amounts, in 万元
         * @return this builder
         */
        public Builder procurement(Procurement procurement) {
            this.procurement = procurement;
            return this;
        }

        /**
         * Whether the 总体 and the 分项 performance goals are sound.
         *
         * @param goals the two answers
         * @return this builder
         */
        public Builder goals(PerformanceGoals goals) {
            this.goals = goals;
            return this;
        }

        /**
         * The answers to one of the pack's checklists, item 1 first: {@code true} is 符合.
         *
         * @param checklist the checklist, a constant of the pack's declarations
         * @param met the answers
         * @return this builder
         */
        public Builder checklist(ShijiazhuangKeys.Checklist checklist, boolean... met) {
            return checklist(checklist.key(), met);
        }

        /**
         * The answers to an indicator's checklist, item 1 first: {@code true} is 符合. {@code indicator} is a checklist
         * datum the pack declares (for the Shijiazhuang pack, {@link ShijiazhuangKeys.Checklist}); any other name is
         * reported by {@link DepartmentInput#toEvaluationInput(io.perfeval.core.RulePack)} (J015 with I002, naming the
         * nearest declared name).
         *
         * @param indicator the checklist's name, the indicator's
         * @param met the answers
         * @return this builder
         */
        public Builder checklist(String indicator, boolean... met) {
            List<String> answers = new java.util.ArrayList<>();
            for (boolean m : met) {
                answers.add(m ? MET : NOT_MET);
            }
            if (once(indicator, "/检查清单/")) {
                checklists.put(indicator, List.copyOf(answers));
            }
            return this;
        }

        /**
         * One 是/否 item (是否事项) of the pack's declarations.
         *
         * @param item the datum
         * @param yes {@code true} for 是
         * @return this builder
         */
        public Builder yes(ShijiazhuangKeys.YesNo item, boolean yes) {
            return yes(item.key(), yes);
        }

        /**
         * One 是/否 item (是否事项). {@code name} is a 是否 datum the pack declares, for the Shijiazhuang pack one of
         * {@link ShijiazhuangKeys.YesNo} ({@code perfeval schema} lists them); any other name is reported by
         * {@link DepartmentInput#toEvaluationInput(io.perfeval.core.RulePack)} (J015 with I002, naming the nearest
         * declared name).
         *
         * @param name the datum's name
         * @param yes {@code true} for 是
         * @return this builder
         */
        public Builder yes(String name, boolean yes) {
            if (once(name, "/是否事项/")) {
                yesNo.put(name, yes);
            }
            return this;
        }

        /**
         * 意见建议: how many were made and how many adopted.
         *
         * @param suggestions the two counts
         * @return this builder
         */
        public Builder suggestions(Suggestions suggestions) {
            this.suggestions = suggestions;
            return this;
        }

        /**
         * One output count (产出数量) of the pack's declarations.
         *
         * @param output the datum
         * @param count the count, a whole number
         * @return this builder
         */
        public Builder output(ShijiazhuangKeys.Output output, BigDecimal count) {
            return output(output.key(), count);
        }

        /**
         * One output count (产出数量). {@code name} is a 数量 datum the pack declares, for the Shijiazhuang pack one of
         * {@link ShijiazhuangKeys.Output} ({@code perfeval schema} lists them); any other name is reported by
         * {@link DepartmentInput#toEvaluationInput(io.perfeval.core.RulePack)} (J015 with I002, naming the nearest
         * declared name).
         *
         * @param name the datum's name
         * @param count the count, a whole number
         * @return this builder
         */
        public Builder output(String name, BigDecimal count) {
            if (once(name, "/产出数量/")) {
                outputs.put(name, count);
            }
            return this;
        }

        /**
         * 社会公众满意度, in percent (0 to 100).
         *
         * @param percent the survey's result
         * @return this builder
         */
        public Builder satisfaction(BigDecimal percent) {
            this.satisfaction = percent;
            return this;
        }

        /**
         * The evaluator's score for an indicator scored by judgement (酌情), with its written reason.
         *
         * @param indicator the 三级指标's name
         * @param score the score, within the indicator's 分值
         * @param reason why; never empty
         * @return this builder
         */
        public Builder judgement(String indicator, BigDecimal score, String reason) {
            judgements.put(indicator, new JudgedScore(score, reason));
            return this;
        }

        /**
         * 自评得分 of one indicator as the department reported it, for the review (复核).
         *
         * @param indicator the indicator's name
         * @param score the self-score
         * @return this builder
         */
        public Builder selfScore(String indicator, BigDecimal score) {
            selfScores.put(indicator, score);
            return this;
        }

        /**
         * The self-reported 合计, reviewed against the computed total.
         *
         * @param total the self-reported total
         * @return this builder
         */
        public Builder selfTotal(BigDecimal total) {
            this.selfTotal = total;
            return this;
        }

        /**
         * One line of the 分项绩效项目清单; 应自评项目数, 已自评项目数 and 不合格项目目标数 are counted from these lines.
         *
         * @param project the project's line
         * @return this builder
         */
        public Builder project(Project project) {
            projects.add(project);
            return this;
        }

        /**
         * A remark kept with the input (说明); it does not affect any score.
         *
         * @param note the remark
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /**
         * The input, checked by the validation {@link DepartmentInputJson#read(String, String)} runs on a document —
         * the same code, so the same codes and messages: a number beyond the input limits (J011) or negative (J012), a
         * datum given twice or given where it is derived (J019, J020: one source per datum), a judgement without score
         * or reason (J006), a project without name, budget or executed amount (J007), a share over 100 % (J018:
         * 社会公众满意度, 序时进度). Problems name their place as the record's key path ({@code satisfaction},
         * {@code yesNo[账表一致]}). The checks that need the pack run in {@link DepartmentInput#toEvaluationInput(
         * io.perfeval.core.RulePack)}.
         *
         * @return the immutable input
         * @throws io.perfeval.core.diag.InvalidInputException with every problem found
         */
        public DepartmentInput build() {
            DepartmentInput built = new DepartmentInput(entity, year, packId, budget, accounts, present(spendingProgress),
                    present(schedule), threePublicExpenses, procurement, goals, present(checklists), present(yesNo),
                    suggestions, present(outputs), satisfaction, present(judgements), present(selfScores), selfTotal,
                    projects.isEmpty() ? null : List.copyOf(projects), notes.isEmpty() ? null : List.copyOf(notes));
            List<io.perfeval.core.diag.Problem> problems = new java.util.ArrayList<>(new DatumSources(Map.of(),
                    repeated).problems(DepartmentChecks.TYPED_SOURCE, DepartmentChecks.Place.TYPED));
            problems.addAll(DepartmentChecks.check(built, null, DepartmentChecks.TYPED_SOURCE,
                    DepartmentChecks.Place.TYPED));
            if (!problems.isEmpty()) {
                throw new io.perfeval.core.diag.InvalidInputException(problems);
            }
            return built;
        }

        /**
         * A second checklist, yes/no or output of the same name (J019 at {@link #build()}, naming both places): the
         * first is kept, as a JSON document cannot hold one key twice.
         */
        private boolean once(String name, String section) {
            String first = checklists.containsKey(name) ? "/检查清单/" : yesNo.containsKey(name) ? "/是否事项/"
                    : outputs.containsKey(name) ? "/产出数量/" : null;
            if (first != null) {
                repeated.add(new DatumSources.Clash(name, first + name, section + name, false));
            }
            return first == null;
        }

        /** An unset part stays absent (null), as it would in JSON; a set one keeps its order. */
        private static <V> Map<String, V> present(Map<String, V> map) {
            return map.isEmpty() ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }
}
