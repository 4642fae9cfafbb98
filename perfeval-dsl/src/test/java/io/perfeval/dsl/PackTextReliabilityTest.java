package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 on the pack side: every pack text gives a pack or at least one located error (items 5 and 8), and what a
 * pack declares is never cut down or read as something else without a word.
 */
class PackTextReliabilityTest {

    private static final String HEAD = "规则包：t/x\n名称：「x」\n总分：10\n";
    private static final String LEAF = "指标：\n一级：甲（10）\n  评价标准「按时上报得满分，否则得零分。」\n  达标：按时\n";
    private static final String DATA = "数据：\n  按时：是否\n";

    private static CompileResult compile(String text) {
        return PackCompiler.compile(text, "t.perfeval");
    }

    /** No pack, and at least one error; every problem located. */
    private static List<Problem> refused(String text) {
        CompileResult r = compile(text);
        assertTrue(r.pack().isEmpty(), "compiled: " + text);
        assertTrue(r.hasErrors(), "no pack and no error: " + text);
        everyProblemLocated(r, text);
        return r.problems();
    }

    private static void everyProblemLocated(CompileResult r, String text) {
        for (Problem p : r.problems()) {
            assertTrue(p.location().isPresent(), () -> "unlocated " + p.display() + "\n" + text);
            assertFalse(p.code().equals("D057"), () -> "the compiler's own defect guard fired:\n" + text);
        }
    }

    private static Problem only(String code, List<Problem> problems) {
        List<Problem> found = problems.stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " in " + problems);
        return found.get(0);
    }

    @Test
    void theTestPackCompiles() {
        assertTrue(compile(HEAD + DATA + LEAF).pack().isPresent(), () -> compile(HEAD + DATA + LEAF).problems().toString());
    }

    @Test
    void aPackWithoutIndicatorsIsAnErrorAtItsHeader() {
        // a header alone used to give no pack and no problem at all: `check` said «0 个错误» with exit 0
        Problem p = only("C015", refused(HEAD));
        assertEquals(3, p.location().orElseThrow().line(), "at 总分");
        assertEquals(1, only("C015", refused("规则包：t/x\n名称：「x」\n")).location().orElseThrow().line());
        only("C015", refused(HEAD + DATA));
    }

    @Test
    void anUnclosedQuoteIsAnErrorWhereItOpens() {
        // 名称：「x with no 」 was read as the name 「x (a header's unquoted text takes any character)
        Problem p = only("D056", refused("规则包：t/x\n名称：「x\n总分：10\n" + DATA + LEAF));
        assertEquals(2, p.location().orElseThrow().line());
        assertEquals(4, p.location().orElseThrow().column());
        only("D056", refused(HEAD + DATA + "指标：\n一级：甲（10）\n  评价标准「按时上报得满分\n  达标：按时\n"));
    }

    @Test
    void theTopLevelSumIsLocatedAtTheTotal() {
        Problem p = only("C003", refused(HEAD.replace("总分：10", "总分：12") + DATA + LEAF));
        assertEquals(3, p.location().orElseThrow().line());
    }

    @Test
    void aScoreScaleAboveSixIsRefusedNotCut() {
        // 保留8位小数 was kept to 6 silently
        String head = HEAD + "得分：保留8位小数，四舍五入\n";
        Problem p = only("D016", refused(head + DATA + LEAF));
        assertTrue(p.message().contains("6"), p.message());
        assertEquals(4, p.location().orElseThrow().line());
        assertEquals(6, compile(HEAD + "得分：保留6位小数，四舍五入\n" + DATA + LEAF).pack().orElseThrow().rounding()
                .scoreScale());
    }

    @Test
    void aHugePeriodOrdinalIsNoPeriodNotASmallOne() {
        // 第4294967298季度 was read as 第二季度 (an int overflow): now it is no period, which the pack check names
        String data = "数据：\n  支出进度：分期（%）：第一季度、第二季度、第三季度、第四季度\n"
                + "  序时进度：分期（%）：第一季度、第二季度、第三季度、第四季度\n";
        String ok = HEAD + data + "指标：\n一级：甲（10）\n  评价标准「第2季度末的支出进度符合序时进度的，得满分；否则得零分。」\n";
        assertTrue(compile(ok).pack().isPresent(), () -> compile(ok).problems().toString());
        List<Problem> problems = refused(ok.replace("第2季度", "第4294967298季度"));
        assertTrue(problems.stream().noneMatch(p -> p.code().startsWith("W")), problems::toString);
    }

    @Test
    void controlCharactersAndLineBreaksInNamesAreRefused() {
        // a quoted indicator name with a line break forged a line of the text sheet (「甲\n合计 …」)
        only("D058", refused(HEAD + DATA + LEAF.replace("一级：甲（10）", "一级：「甲\n合计   10  10.00」（10）")));
        only("D058", refused(HEAD.replace("名称：「x」", "名称：「x\u0007」") + DATA + LEAF));
        only("D058", refused(HEAD + "数据：\n  按时：是否\n  管理制度：清单：「一\r二」、「三」\n" + LEAF));
        // the criterion itself may run over lines, as official tables write it
        assertTrue(compile(HEAD + DATA + LEAF.replace("按时上报得满分，", "按时上报得满分，\n")).pack().isPresent());
    }

    /** Every prefix of a real pack (a file cut off by a full disk or a broken upload) gives a pack or a located error. */
    @Test
    void everyTruncationOfARealPackGivesAPackOrALocatedError() {
        String pack = Packs.shijiazhuang();
        Random r = new Random(17);
        int cuts = 0;
        for (int k = 0; k < 300; k++) {
            int at = k < 100 ? k * 3 : r.nextInt(pack.length());
            CompileResult c = compile(pack.substring(0, at));
            assertTrue(c.pack().isPresent() || c.hasErrors(), "cut at " + at);
            everyProblemLocated(c, pack.substring(0, at));
            cuts++;
        }
        assertEquals(300, cuts);
    }
}
