package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.TraceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rendered traces of the new rule kinds (限扣, 分档酌情, 等级, 各项得分, 加分, formulas with Min/Max/Abs and units in
 * either order; 分项计分 in a golden of its own) on a few cases each: the Chinese a reviewer reads, pinned. Regenerate
 * deliberately with {@code -Dperfeval.regenerate=true} from perfeval-core, and read the diff.
 */
class KindsTraceGoldenTest {

    private static final String GOLDEN = "io/perfeval/core/kinds-traces-golden.txt";
    /** 分项计分's traces, pinned apart so that the golden of the kinds before it stays as it was. */
    private static final String SUM_GOLDEN = "io/perfeval/core/sum-traces-golden.txt";

    private final StringBuilder out = new StringBuilder();

    private void render(String title, RulePack pack, EvaluationInput input) {
        ScoreSheet sheet = pack.evaluate(input);
        IndicatorResult line = Single.line(sheet);
        out.append("## ").append(title).append('\n').append(Single.NAME).append(' ')
                .append(line.score().map(BigDecimal::toPlainString).orElse("—")).append(' ').append(line.status())
                .append('\n');
        for (String l : line.trace().lines()) {
            out.append("  ").append(l).append('\n');
        }
        for (TraceEntry.Computed c : sheet.figures()) {
            out.append("  计算指标：").append(c.render()).append('\n');
        }
        for (Problem p : sheet.problems()) {
            out.append("  ").append(p.severity().chinese()).append(' ').append(p.code()).append(' ')
                    .append(p.message()).append('\n');
        }
        out.append("合计 ").append(sheet.total().map(BigDecimal::toPlainString).orElse("—")).append('\n');
    }

    private static EvaluationInput.Builder in() {
        return Single.input();
    }

    private void limited() {
        RulePack pack = KindPacks.limited("3").pack();
        render("最多扣3分：两项不符合、完成率 95%", pack, in().put("台账", Value.Checklist.allMetExcept(5, 2, 4))
                .number("完成率", "95").build());
        render("最多扣3分：两项不符合、完成率 93%（合计恰为 3 分）", pack, in().put("台账",
                Value.Checklist.allMetExcept(5, 2, 4)).number("完成率", "93").build());
        render("最多扣3分：三项不符合、完成率 92.5%", pack, in().put("台账", Value.Checklist.allMetExcept(5, 1, 2, 3))
                .number("完成率", "92.5").build());
        render("最多扣3分：全部符合、完成率 100%", pack, in().put("台账", Value.Checklist.allMetExcept(5))
                .number("完成率", "100").build());
    }

    private void tier() {
        RulePack pack = KindPacks.tier().pack();
        render("分档后酌情：健全，酌情 5 分", pack, in().yes("无制度", false).yes("制度健全", true)
                .judgement(Single.NAME, "5", "个别台账未及时归档").build());
        render("分档后酌情：部分健全，酌情 3.5 分（超出档内分值）", pack, in().yes("无制度", false).yes("制度健全", false)
                .judgement(Single.NAME, "3.5", "较好").build());
        render("分档后酌情：缺少酌情得分", pack, in().yes("无制度", false).yes("制度健全", false).build());
        render("分档后酌情：不适用", pack, in().yes("无制度", true).yes("制度健全", false).build());
    }

    private void levels() {
        RulePack banded = KindPacks.banded().pack();
        render("分档得分：8 分（两档交界）", banded, in().judgement(Single.NAME, "8", "年度指标基本达成").build());
        render("分档得分：7.5 分", banded, in().judgement(Single.NAME, "7.5", "部分达成").build());
        RulePack graded = KindPacks.graded().pack();
        render("等级得分：较好", graded, in().judgement(Single.NAME, "3", "较规范").build());
        render("等级得分：2.5 分不属于任何等级", graded, in().judgement(Single.NAME, "2.5", "介于较好与一般之间").build());
        render("等级得分：缺少评定", graded, in().build());
    }

    private void awards() {
        RulePack exact = KindPacks.awards("1").pack();
        RulePack over = KindPacks.awards("2").pack();
        render("各项得分：全部符合（合计恰为分值）", exact, awardsInput(true, true, true, "12"));
        render("各项得分：全部符合（合计超过分值）", over, awardsInput(true, true, true, "12"));
        render("各项得分：未发生采购，台账项得分", over, awardsInput(false, true, false, "0"));
        render("各项得分：均不符合", exact, awardsInput(false, false, true, "3"));
    }

    private static EvaluationInput awardsInput(boolean rules, boolean executed, boolean purchases, String ledgers) {
        return in().yes("制度健全", rules).yes("执行到位", executed).yes("发生采购", purchases)
                .number("台账份数", ledgers).build();
    }

    private void bonus() {
        RulePack within = KindPacks.bonus(BonusPolicy.WITHIN_MAX, null).pack();
        RulePack above = KindPacks.bonus(BonusPolicy.ABOVE_MAX, "101").pack();
        render("加分（不超过分值）：完成率 85%，省级表彰", within, bonusInput("85", true, false, "50"));
        render("加分（不超过分值）：完成率 95%，两项表彰", within, bonusInput("95", true, true, "50"));
        render("加分（不超过分值）：完成率 100%，无表彰", within, bonusInput("100", false, false, "50"));
        render("加分（可超过分值，总分上限 101）：完成率 100%，两项表彰", above, bonusInput("100", true, true, "90"));
    }

    private static EvaluationInput bonusInput(String rate, boolean provincial, boolean national, String filler) {
        return EvaluationInput.builder().judgement("其余指标", filler, "filler").number("完成率", rate)
                .yes("省级表彰", provincial).yes("国家级表彰", national).build();
    }

    private void formulas() {
        RulePack pack = KindPacks.deviation().pack();
        render("公式：偏差 4%，已完成 3 / 计划 4", pack, in().number("实际值", "104").number("目标值", "100")
                .number("已完成", "3").number("计划", "4").build());
        render("公式：偏差 25%（较大值取 0）", pack, in().number("实际值", "75").number("目标值", "100")
                .number("已完成", "3").number("计划", "4").build());
        render("公式：已完成超过计划（较小值取分值）", pack, in().number("实际值", "100").number("目标值", "100")
                .number("已完成", "5").number("计划", "4").build());
    }

    /** 分项计分: a ladder and two awards, a judged part and three awards, a part clamped, a part that fails. */
    private void sums() {
        RulePack town = KindPacks.town().pack();
        render("分项计分：车行 10 分钟、交通组织合理、人均道路 16 平方米", town, townInput("10", true, "16"));
        render("分项计分：车行 15.5 分钟（15—30 分钟档）、交通组织合理、人均道路 15 平方米", town, townInput("15.5", true, "15"));
        render("分项计分：车行 31 分钟（不得分）、交通组织不合理、人均道路 20 平方米", town, townInput("31", false, "20"));
        RulePack village = KindPacks.village().pack();
        render("分项计分：酌情 0.6 分，两项符合", village, villageInput(true, false).judgement(Single.NAME, "0.6",
                "道路硬化基本完成").build());
        render("分项计分：缺少酌情得分", village, villageInput(true, true).build());
        render("分项计分：酌情 1.5 分（超出该项分值 1 分）", village, villageInput(true, true).judgement(Single.NAME, "1.5",
                "很好").build());
        RulePack clamped = KindPacks.clamped().pack();
        render("分项计分：一项超过该项分值、一项低于 0", clamped, in().number("完成率", "40").build());
        render("分项计分：乙在该项分值之内（甲仍超过）", clamped, in().number("完成率", "90").build());
    }

    private static EvaluationInput townInput(String minutes, boolean organised, String area) {
        return in().number("车行时间", minutes).yes("交通组织合理", organised).number("人均道路面积", area).build();
    }

    private static EvaluationInput.Builder villageInput(boolean sewage, boolean refuse) {
        return in().number("自来水普及率", "96").yes("污水集中处理", sewage).yes("垃圾定时收运", refuse);
    }

    @Test
    void traceSentencesAreAsPinned() throws IOException {
        limited();
        tier();
        levels();
        awards();
        bonus();
        formulas();
        pinned(GOLDEN);
    }

    @Test
    void sumTraceSentencesAreAsPinned() throws IOException {
        sums();
        pinned(SUM_GOLDEN);
    }

    private void pinned(String golden) throws IOException {
        String actual = out.toString();
        if (Boolean.getBoolean("perfeval.regenerate")) {
            Files.writeString(Path.of("src/test/resources", golden), actual, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream stream = getClass().getClassLoader().getResourceAsStream(golden)) {
            expected = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual);
    }
}
