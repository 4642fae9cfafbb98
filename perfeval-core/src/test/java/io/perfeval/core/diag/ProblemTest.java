package io.perfeval.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Messages are formatted when first read, from the arguments as they were when the problem was made. */
class ProblemTest {

    @Test
    void messagesAreTheBundlesTextWithTheArgumentsAsTheyWereWhenMade() {
        StringBuilder name = new StringBuilder("收入预算数");
        Problem p = Problem.core("I001", Severity.ERROR, "收入预算数", null, name);
        name.append("（已改）");
        assertEquals("缺少数据（收入预算数）", p.message());
        assertEquals("missing value (收入预算数)", p.englishMessage());
        assertEquals(p.message(), p.message(Locale.CHINA));
        assertEquals(p.englishMessage(), p.message(Locale.ENGLISH));
        assertEquals("错误 I001 [收入预算数] 缺少数据（收入预算数）", p.display());
        Problem warning = p.withSeverity(Severity.WARNING).at(new SourceLocation("a.perfeval", 3, 5, 2));
        assertEquals("缺少数据（收入预算数）", warning.message());
        assertEquals("missing value (收入预算数)", warning.englishMessage());
        assertEquals(Problem.core("I001", Severity.ERROR, "收入预算数", null, "收入预算数"), p);
        assertNotEquals(Problem.core("I001", Severity.ERROR, "收入预算数", null, "收入预算完成数"), p);
    }

    @Test
    void sortingIsByLocationThenSubjectThenCodeAndStable() {
        SourceLocation early = new SourceLocation("a.perfeval", 2, 1, 1);
        SourceLocation late = new SourceLocation("a.perfeval", 10, 1, 1);
        Problem none = Problem.core("C015", Severity.ERROR, "", null);
        Problem lateB = Problem.core("I001", Severity.ERROR, "乙", late, "乙");
        Problem lateA = Problem.core("I001", Severity.ERROR, "甲", late, "甲");
        Problem earlyX = Problem.core("R001", Severity.WARNING, "甲", early, "x", "y");
        Problem earlyW = Problem.core("I001", Severity.WARNING, "甲", early, "z");
        Problem earlyW2 = Problem.core("I001", Severity.WARNING, "甲", early, "w");
        List<Problem> given = new ArrayList<>(List.of(none, lateA, lateB, earlyX, earlyW, earlyW2));
        // subjects compare as text (乙 U+4E59 before 甲 U+7532); equal keys keep their order
        assertEquals(List.of(earlyW, earlyW2, earlyX, lateB, lateA, none), Problem.sorted(given));
        assertEquals(List.of(none, lateA, lateB, earlyX, earlyW, earlyW2), given);
    }
}
