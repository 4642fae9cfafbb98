package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

/**
 * The criterion grammar by example (README §8): every rule and every labelled alternative of CriterionParser.g4 has an
 * example in the README's table, and each example, read in a small pack, parses into a tree that contains every
 * production its row names. A production added to the grammar without an example fails here.
 */
class GrammarExamplesTest {

    static final String BEGIN = "<!-- criterion-grammar-examples: GrammarExamplesTest reads each row -->\n";
    static final String END = "<!-- end of criterion-grammar-examples -->\n";

    /** The pack each example is read in: its data, a measure, a checklist, series and one 用语. */
    static String pack(String criterion) {
        return """
                规则包：readme/grammar
                名称：「语法示例」
                总分：10
                数据：
                  完成率：百分比
                  满意度：百分比
                  预算数：金额（万元）
                  执行数：金额（万元）
                  实际支出：金额（万元）
                  发生事故：是否
                  资料齐全：是否
                  问题件数：数量（件）
                  支出进度：分期（%）：第一季度、第二季度、第三季度、第四季度
                  序时进度：分期（%）：第一季度、第二季度、第三季度、第四季度
                计算：
                  执行率 = 实际支出 / 预算数 × 100%，保留两位小数
                指标：
                一级：甲（10）
                  评价标准「CRITERION」
                  用语「账实相符」：资料齐全 且 非 发生事故
                """.replace("CRITERION", criterion);
    }

    record Row(List<String> productions, String example) {
    }

    static List<Row> rows() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf(BEGIN);
        int to = readme.indexOf(END);
        assertTrue(from >= 0 && to > from, "README.md lacks the grammar examples' markers");
        List<Row> out = new ArrayList<>();
        Pattern cell = Pattern.compile("`([A-Za-z]+)`");
        for (String line : readme.substring(from + BEGIN.length(), to).split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cols = line.split(" \\| ");
            List<String> productions = new ArrayList<>();
            Matcher m = cell.matcher(cols[0]);
            while (m.find()) {
                productions.add(m.group(1));
            }
            String example = cols[1].strip();
            example = example.substring(example.indexOf('「') + 1, example.lastIndexOf('」'));
            out.add(new Row(productions, example.replace("\\|", "|")));
        }
        return out;
    }

    /** Every rule and labelled alternative, by the name the grammar gives it. */
    static Set<String> productions() throws Exception {
        Set<String> all = new TreeSet<>(List.of(CriterionParser.ruleNames));
        String g4 = Files.readString(Path.of("src/main/antlr4/io/perfeval/dsl/CriterionParser.g4"),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("#\\s*([a-zA-Z]+)").matcher(g4);
        while (m.find()) {
            all.add(m.group(1));
        }
        return all;
    }

    @Test
    void everyProductionHasAnExampleThatParsesIntoIt() throws Exception {
        List<Row> rows = rows();
        Set<String> shown = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            ParserRuleContext[] tree = new ParserRuleContext[1];
            PackCompiler.compile(pack(r.example()), "grammar.perfeval", null, (path, uncovered, t) -> tree[0] = t);
            if (tree[0] == null) {
                wrong.add("「" + r.example() + "」 does not parse");
                continue;
            }
            Set<String> found = new LinkedHashSet<>();
            collect(tree[0], found);
            for (String p : r.productions()) {
                if (found.contains(p)) {
                    shown.add(p);
                } else {
                    wrong.add("「" + r.example() + "」 has no " + p + " (it has " + found + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
        Set<String> missing = new TreeSet<>(productions());
        missing.removeAll(shown);
        assertEquals(Set.of(), missing, "productions without an example in README §8");
    }

    /** The productions of a tree: each node's rule, and its labelled alternative where it has one. */
    private static void collect(ParseTree t, Set<String> out) {
        if (t instanceof ParserRuleContext c) {
            out.add(CriterionParser.ruleNames[c.getRuleIndex()]);
            String cls = c.getClass().getSimpleName();
            String label = Character.toLowerCase(cls.charAt(0)) + cls.substring(1, cls.length() - "Context".length());
            out.add(label);
            for (int i = 0; i < c.getChildCount(); i++) {
                collect(c.getChild(i), out);
            }
        }
    }
}
