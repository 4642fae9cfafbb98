package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.rules.hebei.DepartmentInput.Budget;
import io.perfeval.rules.hebei.DepartmentInput.FinalAccounts;
import io.perfeval.rules.hebei.DepartmentInput.Project;
import io.perfeval.rules.hebei.DepartmentInput.Suggestions;
import io.perfeval.rules.hebei.DepartmentInput.ThreePublicExpenses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18's «done when»: the typed and the JSON paths give the same problems for a matrix of bad values. Each row
 * breaks the Gaoyi form in one way twice — once through {@link DepartmentInput.Builder} (then
 * {@link DepartmentInput#toEvaluationInput(RulePack)}), once in the JSON document read by
 * {@link DepartmentInputJson#readFor} — and requires on both paths the row's codes, in the same order, at the same
 * place (the JSON pointer on one, the record's key path on the other), with the same Chinese and English messages once
 * the place and the source are named alike. A row fails when either path stops reporting its codes or reports another.
 */
class ValidationMatrixTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();
    private static final String DOCUMENT = "matrix.json";
    private static final DepartmentInput GAOYI = DepartmentInputJsonTest.gaoyi();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static ObjectNode at(ObjectNode root, String group) {
        return (ObjectNode) root.get(group);
    }

    /** One bad value, written both ways, and the codes both must report. */
    private static Arguments row(String what, Consumer<ObjectNode> json, Supplier<DepartmentInput.Builder> typed,
                                 String... codes) {
        return Arguments.of(what, json, typed, List.of(codes));
    }

    /** The Gaoyi form through the builder, but for the sections and keyed items named in {@code without}. */
    static DepartmentInput.Builder gaoyi(Set<String> without) {
        DepartmentInput g = GAOYI;
        DepartmentInput.Builder b = DepartmentInput.builder(g.entity(), g.year());
        if (!without.contains("规则包")) {
            b.pack(g.packId());
        }
        if (!without.contains("预算")) {
            b.budget(g.budget());
        }
        b.accounts(g.accounts());
        g.spendingProgress().forEach((period, x) -> b.progress(period, x, g.schedule().get(period)));
        b.threePublicExpenses(g.threePublicExpenses()).procurement(g.procurement()).goals(g.goals());
        g.checklists().forEach((name, answers) -> {
            if (!without.contains(name)) {
                boolean[] met = new boolean[answers.size()];
                for (int i = 0; i < met.length; i++) {
                    met[i] = DepartmentInput.MET.equals(answers.get(i));
                }
                b.checklist(name, met);
            }
        });
        g.yesNo().forEach((name, yes) -> {
            if (!without.contains(name)) {
                b.yes(name, yes);
            }
        });
        b.suggestions(g.suggestions());
        g.outputs().forEach(b::output);
        b.satisfaction(g.satisfaction());
        g.judgements().forEach((name, j) -> b.judgement(name, j.score(), j.reason()));
        g.selfScores().forEach(b::selfScore);
        b.selfTotal(g.selfTotal());
        if (!without.contains("分项绩效项目清单")) {
            g.projects().forEach(b::project);
        }
        if (g.notes() != null) {
            g.notes().forEach(b::note);
        }
        return b;
    }

    private static final Set<String> ALL = Set.of();

    static Stream<Arguments> matrix() {
        Project first = GAOYI.projects().get(0);
        return Stream.of(
                row("share over 100 %", r -> r.put("社会公众满意度", 120),
                        () -> gaoyi(ALL).satisfaction(d("120")), "J018"),
                row("schedule over 100 %", r -> at(r, "序时进度").put("第四季度", d("100.5")),
                        () -> gaoyi(ALL).progress("第四季度", GAOYI.spendingProgress().get("第四季度"), d("100.5")),
                        "J018"),
                row("negative money", r -> at(r, "三公经费").put("实际支出数", d("-9.738")),
                        () -> gaoyi(ALL).threePublicExpenses(new ThreePublicExpenses(d("10.00"), d("-9.738"))), "J012"),
                row("negative project amount", r -> ((ObjectNode) ((ArrayNode) r.get("分项绩效项目清单")).get(0))
                                .put("执行数", d("-1")),
                        () -> projectsWithFirst(gaoyi(Set.of("分项绩效项目清单")), new Project(first.number(),
                                first.name(), first.budget(), d("-1"), first.returned(), first.selfScore(),
                                first.goal(), first.outcome())), "J012"),
                row("negative self-score", r -> at(r, "自评得分").put("支出进度", d("-3")),
                        () -> gaoyi(ALL).selfScore("支出进度", d("-3")), "J012"),
                row("number too large", r -> at(r, "决算").put("本年支出", d("9.06E+20")),
                        () -> gaoyi(ALL).accounts(accounts(d("9.06E+20"))), "J011"),
                row("too many decimals", r -> at(r, "决算").put("本年支出", d("906.09000000001")),
                        () -> gaoyi(ALL).accounts(accounts(d("906.09000000001"))), "J011"),
                row("unknown yes/no name (did you mean)", r -> at(r, "是否事项").put("账表一至", true),
                        () -> gaoyi(ALL).yes("账表一至", true), "J015"),
                row("unknown output name (did you mean)", r -> at(r, "产出数量").put("接收公文数", 11000),
                        () -> gaoyi(ALL).output("接收公文数", d("11000")), "J015"),
                row("self-score of an unknown indicator", r -> at(r, "自评得分").put("资金结余转结率", 1),
                        () -> gaoyi(ALL).selfScore("资金结余转结率", BigDecimal.ONE), "J015"),
                row("judgement of an unknown indicator", r -> at(r, "酌情得分").putObject("部门整体效果")
                                .put("得分", 8).put("理由", "理由"),
                        () -> gaoyi(ALL).judgement("部门整体效果", d("8"), "理由"), "J015"),
                row("misspelled pack id", r -> r.put("规则包", "hebei/shijiazhuang-2019/departmnet"),
                        () -> gaoyi(ALL).pack("hebei/shijiazhuang-2019/departmnet"), "J014"),
                row("other pack version", r -> r.put("规则包", "hebei/shijiazhuang-2019/department@2024"),
                        () -> gaoyi(ALL).pack("hebei/shijiazhuang-2019/department@2024"), "J014"),
                row("missing pack id", r -> r.remove("规则包"), () -> gaoyi(Set.of("规则包")), "J013"),
                row("missing datum", r -> at(r, "预算").remove("收入预算数"),
                        () -> gaoyi(ALL).budget(new Budget(d("977.56"), d("1308.05"), d("330.49"), null)), "J015"),
                row("missing section", r -> r.remove("预算"), () -> gaoyi(Set.of("预算")),
                        "J015", "J015", "J015", "J015"),
                row("two sources for one datum", r -> at(r, "是否事项").put("总体绩效目标合格", true),
                        () -> gaoyi(ALL).yes("总体绩效目标合格", true), "J019"),
                row("a derived count given", r -> at(r, "产出数量").put("应自评项目数", 17),
                        () -> gaoyi(ALL).output("应自评项目数", d("17")), "J020"),
                row("score finer than the rounding", r -> r.put("自评合计", d("96.505")),
                        () -> gaoyi(ALL).selfTotal(d("96.505")), "J017"),
                row("judgement finer than the rounding", r -> ((ObjectNode) at(r, "酌情得分").get("部门整体效益"))
                                .put("得分", d("8.125")),
                        () -> gaoyi(ALL).judgement("部门整体效益", d("8.125"), reason()), "J017"),
                row("judgement over the 分值", r -> ((ObjectNode) at(r, "酌情得分").get("部门整体效益")).put("得分", 10),
                        () -> gaoyi(ALL).judgement("部门整体效益", d("10"), reason()), "J015"),
                row("judgement without a reason", r -> ((ObjectNode) at(r, "酌情得分").get("部门整体效益"))
                                .put("理由", " "),
                        () -> gaoyi(ALL).judgement("部门整体效益", d("8"), " "), "J006"),
                row("count that is not whole", r -> at(r, "意见建议").put("总数", d("1.5")),
                        () -> gaoyi(ALL).suggestions(new Suggestions(d("1"), d("1.5"))), "J015"),
                row("checklist with an item missing", r -> ((ObjectNode) r.get("检查清单")).putArray("绩效指标科学性")
                                .add("符合"),
                        () -> gaoyi(Set.of("绩效指标科学性")).checklist("绩效指标科学性", true), "J015"),
                row("checklist with an item too many", r -> ((ArrayNode) at(r, "检查清单").get("基础信息完善性"))
                                .add("符合"),
                        () -> gaoyi(Set.of("基础信息完善性")).checklist(ShijiazhuangKeys.Checklist.BASIC_INFORMATION,
                                true, true, true), "J015"),
                row("wrong type: a count where 是/否 is declared", r -> {
                    at(r, "是否事项").remove("账表一致");
                    at(r, "产出数量").put("账表一致", 1);
                }, () -> gaoyi(Set.of("账表一致")).output("账表一致", BigDecimal.ONE), "J015"),
                row("project without a name", r -> ((ObjectNode) ((ArrayNode) r.get("分项绩效项目清单")).get(0))
                                .put("项目名称", ""),
                        () -> projectsWithFirst(gaoyi(Set.of("分项绩效项目清单")), new Project(first.number(), "",
                                first.budget(), first.executed(), first.returned(), first.selfScore(), first.goal(),
                                first.outcome())), "J007"),
                row("negative year", r -> r.put("年度", -2021), () -> {
                    DepartmentInput.Builder b = DepartmentInput.builder(GAOYI.entity(), -2021);
                    return copyInto(gaoyi(ALL).build(), b);
                }, "J012"));
    }

    private static String reason() {
        return GAOYI.judgements().get("部门整体效益").reason();
    }

    private static FinalAccounts accounts(BigDecimal expenditure) {
        FinalAccounts a = GAOYI.accounts();
        return new FinalAccounts(a.carriedIn(), a.revenue(), expenditure, a.basicExpenditure(), a.projectExpenditure());
    }

    private static DepartmentInput.Builder projectsWithFirst(DepartmentInput.Builder b, Project first) {
        b.project(first);
        GAOYI.projects().stream().skip(1).forEach(b::project);
        return b;
    }

    /** Everything of {@code in} but its entity and year into {@code b}, for the row that changes the year. */
    private static DepartmentInput.Builder copyInto(DepartmentInput in, DepartmentInput.Builder b) {
        b.pack(in.packId()).budget(in.budget()).accounts(in.accounts()).threePublicExpenses(in.threePublicExpenses())
                .procurement(in.procurement()).goals(in.goals()).suggestions(in.suggestions())
                .satisfaction(in.satisfaction()).selfTotal(in.selfTotal());
        in.spendingProgress().forEach((period, x) -> b.progress(period, x, in.schedule().get(period)));
        in.yesNo().forEach(b::yes);
        in.outputs().forEach(b::output);
        in.checklists().forEach((name, answers) -> {
            boolean[] met = new boolean[answers.size()];
            for (int i = 0; i < met.length; i++) {
                met[i] = DepartmentInput.MET.equals(answers.get(i));
            }
            b.checklist(name, met);
        });
        in.judgements().forEach((name, j) -> b.judgement(name, j.score(), j.reason()));
        in.selfScores().forEach(b::selfScore);
        in.projects().forEach(b::project);
        return b;
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("matrix")
    void bothPathsReportTheSameProblems(String what, Consumer<ObjectNode> json,
                                        Supplier<DepartmentInput.Builder> typed, List<String> codes) {
        List<Problem> fromJson = problems(() -> DepartmentInputJson.readFor(DepartmentInputJsonTest.gaoyiEdited(json),
                DOCUMENT, PACK));
        List<Problem> fromTyped = problems(() -> typed.get().build().toEvaluationInput(PACK));
        assertEquals(codes, fromJson.stream().map(Problem::code).toList(), what + " (JSON): " + fromJson);
        assertEquals(codes, fromTyped.stream().map(Problem::code).toList(), what + " (typed): " + fromTyped);
        for (int i = 0; i < codes.size(); i++) {
            Problem j = fromJson.get(i);
            Problem t = fromTyped.get(i);
            assertTrue(j.subject().startsWith("/"), what + ": the JSON path names a JSON pointer: " + j.subject());
            assertEquals(DepartmentChecks.typedPath(j.subject()), t.subject(), what);
            assertFalse(t.subject().contains("/"), what + ": the typed path names a key path: " + t.subject());
            assertEquals(typed(j.message(), j.subject()), t.message(), what);
            assertEquals(typed(j.englishMessage(), j.subject()), t.englishMessage(), what);
        }
        System.out.println("matrix: " + what + " → " + codes + " at " + fromJson.get(0).subject() + " | "
                + fromTyped.get(0).subject() + " | " + fromTyped.get(0).message());
    }

    /** The JSON problem's message as the typed path must say it: its source and every JSON pointer it names. */
    private static String typed(String message, String subject) {
        String out = message.replace(DOCUMENT, DepartmentChecks.TYPED_SOURCE);
        // J019/J020 also name the datum's first source, another pointer of the form
        Matcher first = FIRST_SOURCE.matcher(out);
        if (first.find()) {
            out = out.replace(first.group(1), DepartmentChecks.typedPath(first.group(1)));
        }
        return subject.isEmpty() ? out : out.replace(subject, DepartmentChecks.typedPath(subject));
    }

    private static final Pattern FIRST_SOURCE = Pattern.compile("(?:已由|由|given at|derived from) (/\\S+?)[ ;，,]");

    private static List<Problem> problems(Runnable run) {
        try {
            run.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        return List.of();
    }

    @Test
    void theUneditedRowsAreCleanOnBothPathsAndScoreTheGaoyiSheet() {
        // so every problem a row reports comes from its one bad value
        assertEquals(List.of(), problems(() -> DepartmentInputJson.readFor(DepartmentInputJsonTest.gaoyiEdited(r -> {
        }), DOCUMENT, PACK)));
        assertEquals(GAOYI, gaoyi(ALL).build());
        assertEquals(d("95.60"), PACK.evaluate(gaoyi(ALL).build().toEvaluationInput(PACK)).total().orElseThrow());
        assertEquals(PACK.evaluate(GAOYI.toEvaluationInput()), PACK.evaluate(gaoyi(ALL).build()
                .toEvaluationInput(PACK)));
    }

    @Test
    void theBuilderRefusesAShareOver100AtBuildAsTheReaderDoesAtRead() {
        InvalidInputException typed = assertThrows(InvalidInputException.class,
                () -> gaoyi(ALL).satisfaction(d("120")).build());
        InvalidInputException json = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.read(DepartmentInputJsonTest.gaoyiEdited(r -> r.put("社会公众满意度", 120)),
                        DOCUMENT));
        assertEquals(List.of("J018"), typed.problems().stream().map(Problem::code).toList());
        assertEquals(List.of("J018"), json.problems().stream().map(Problem::code).toList());
        assertEquals("satisfaction", typed.problems().get(0).subject());
        assertEquals("/社会公众满意度", json.problems().get(0).subject());
    }

    @Test
    void anUnknownNameIsReportedWithTheNearestDeclaredOneOnBothPaths() {
        List<Problem> typed = problems(() -> gaoyi(ALL).yes("账表一至", true).build().toEvaluationInput(PACK));
        List<Problem> json = problems(() -> DepartmentInputJson.readFor(DepartmentInputJsonTest.gaoyiEdited(
                r -> at(r, "是否事项").put("账表一至", true)), DOCUMENT, PACK));
        for (Problem p : List.of(typed.get(0), json.get(0))) {
            assertTrue(p.message().contains("I002") && p.message().contains("账表一致"), p.message());
        }
        assertEquals("yesNo[账表一至]", typed.get(0).subject());
        assertEquals("/是否事项/账表一至", json.get(0).subject());
    }

    @Test
    void typedPathsFollowTheRecordsComponentNames() {
        assertEquals("budget.initial", DepartmentChecks.typedPath("/预算/年初预算数"));
        assertEquals("projects[3].executed", DepartmentChecks.typedPath("/分项绩效项目清单/3/执行数"));
        assertEquals("judgements[部门整体效益].score", DepartmentChecks.typedPath("/酌情得分/部门整体效益/得分"));
        assertEquals("schedule[第四季度]", DepartmentChecks.typedPath("/序时进度/第四季度"));
        assertEquals("checklists[绩效指标科学性][0]", DepartmentChecks.typedPath("/检查清单/绩效指标科学性/0"));
        assertEquals("packId", DepartmentChecks.typedPath("/规则包"));
        assertEquals("是否按时上报", DepartmentChecks.typedPath("/是否按时上报")); // a datum the form does not place
    }
}
