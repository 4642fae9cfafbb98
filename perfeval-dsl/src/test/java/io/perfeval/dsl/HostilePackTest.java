package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Packs written to hurt the host: deep nesting of every kind, enormous files, thousands of indicators, endless syntax
 * errors. Each is rejected with the limit it broke (D016), never a StackOverflowError or OutOfMemoryError.
 */
class HostilePackTest {

    private static final String HEAD = "规则包：x/y\n名称：「x」\n总分：1\n数据：\n  甲：是否\n  乙：金额（万元）\n";

    private static CompileResult compile(String text) {
        try {
            return PackCompiler.compile(text, "hostile.perfeval");
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("the compiler must report limits, not fail with " + e, e);
        }
    }

    private static void rejectedWithLimit(String text, String says) {
        CompileResult r = compile(text);
        assertTrue(r.pack().isEmpty());
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals("D016") && p.message().contains(says)),
                () -> r.problems().stream().limit(5).map(Problem::display).toList().toString());
    }

    @Test
    void deepBracketsInAnyPlaceAreALimit() {
        rejectedWithLimit("（".repeat(200_000), "括号嵌套");
        rejectedWithLimit(HEAD + "计算：\n  丙 = " + "（".repeat(5000) + "乙" + "）".repeat(5000) + "，保留两位小数\n",
                "括号嵌套");
        rejectedWithLimit(HEAD + "指标：\n一级：甲（1）\n  达标：" + "(".repeat(65) + "甲" + ")".repeat(65)
                + "\n  评价标准「达标得满分」\n", "括号嵌套");
    }

    @Test
    void longOperatorChainsWithoutBracketsAreALimit() {
        rejectedWithLimit(HEAD + "指标：\n一级：甲（1）\n  达标：" + "非 ".repeat(100_000) + "甲\n  评价标准「达标得满分」\n",
                "运算符");
        rejectedWithLimit(HEAD + "指标：\n一级：甲（1）\n  达标：甲" + " 且 甲".repeat(100_000)
                + "\n  评价标准「达标得满分」\n", "运算符");
        rejectedWithLimit(HEAD + "计算：\n  丙 = 乙" + " + 乙".repeat(100_000) + "，保留两位小数\n", "运算符");
    }

    @Test
    void enormousFilesAndTablesAreALimit() {
        rejectedWithLimit("#".repeat(PackCompiler.MAX_SOURCE + 1), "文件超过");
        rejectedWithLimit(HEAD + "指标：\n" + "一级：甲（1）\n".repeat(PackCompiler.MAX_INDICATORS + 1), "指标超过");
        rejectedWithLimit(HEAD + "指标：\n一级：" + "名".repeat(PackCompiler.MAX_NAME + 1) + "（1）\n  评价标准「得满分」\n",
                "名称长度");
        rejectedWithLimit(HEAD.replace("总分：1", "总分：" + "9".repeat(PackCompiler.MAX_NUMBER_DIGITS + 1)), "数字过长");
        rejectedWithLimit(HEAD + "指标：\n一级：甲（1）\n  评价标准「" + "得".repeat(PackCompiler.MAX_CRITERION + 1) + "」\n",
                "评价标准超过");
    }

    @Test
    void endlessSyntaxErrorsStopAtTheLimitAndSaySo() {
        CompileResult r = compile(HEAD + "指标：\n" + "一级：（1）\n".repeat(5000));
        assertTrue(r.problems().size() <= PackCompiler.MAX_SYNTAX_ERRORS + 1, "problems " + r.problems().size());
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals("D016") && p.message().contains("语法错误超过")),
                () -> r.problems().stream().limit(3).map(Problem::display).toList().toString());
        Supplier<String> many = () -> (HEAD + "指标：\n一级：甲（1）\n  评价标准「甲得满分」\n").replace("数据：\n",
                "数据：\n" + "  丁：未知类型\n".repeat(1000));
        CompileResult s = compile(many.get());
        assertTrue(s.problems().size() <= PackCompiler.MAX_PROBLEMS, "problems " + s.problems().size());
        assertFalse(s.pack().isPresent());
    }

    @Test
    void criteriaNestedDeeplyInsideTheTextAreReadOrRejectedNeverCrash() {
        CompileResult r = compile(HEAD + "指标：\n一级：甲（1）\n  评价标准「" + "（".repeat(2400) + "甲得满分" + "）".repeat(2400)
                + "」\n");
        assertTrue(r.pack().isPresent() || r.hasErrors());
    }
}
