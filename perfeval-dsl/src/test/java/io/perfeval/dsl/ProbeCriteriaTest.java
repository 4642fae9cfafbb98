package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The probe criteria (corpus/probe/probe-criteria.txt): common official phrasings written while developing the
 * language, each read in a one-indicator pack. The golden file holds, per criterion, how it is read — the explanation's
 * clauses — or the codes and messages of its refusal, so that a change in any reading shows as a diff to review.
 * {@code GOLDEN_UPDATE=1} rewrites it.
 */
class ProbeCriteriaTest {

    static final String DATA = """
            数据：
              完成率：百分比
              满意度：百分比
              资金到位率：百分比
              结余率：百分比
              调整率：百分比
              延期月数：数值（月）
              推迟天数：数值（日）
              延迟月数：数值（月）
              实际完成数：数量（件）
              计划数：数量（件）
              实际完成值：数量（件）
              计划值：数量（件）
              完成值：数量（件）
              指标值：数量（件）
              问题处数：数量（处）
              实际支出：金额（万元）
              预算数：金额（万元）
              绩效目标完成率：百分比
              满意度调查结果：百分比
              培训完成率：百分比
              公用经费控制率：百分比
              超支率：百分比
              结转结余总额：金额（万元）
              支出预算总额：金额（万元）
            计算：
              执行率 = 实际支出 / 预算数 × 100%，保留两位小数
              偏差率 = (实际完成值 - 计划值) / 计划值 × 100%，保留两位小数
              结转结余率 = 结转结余总额 / 支出预算总额 × 100%，保留两位小数
            """;

    static String read(String id, String max, String criterion) {
        String pack = "规则包：probe/" + id + "\n名称：「" + id + "」\n总分：" + max + "\n" + DATA + "指标：\n一级：「" + id
                + "」（" + max + "）\n  评价标准「" + criterion + "」\n";
        Explanation e = Explanation.of(pack, id + ".perfeval");
        StringBuilder out = new StringBuilder("== ").append(id).append(' ').append(criterion).append('\n');
        if (e.compiled().pack().isEmpty()) {
            for (Problem p : e.compiled().errors()) {
                out.append("  refused ").append(p.code()).append(": ").append(p.message()).append('\n');
            }
            return out.toString();
        }
        for (Explanation.Leaf leaf : e.leaves()) {
            for (String c : leaf.clauses()) {
                out.append("  ").append(c).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void theProbeCriteriaReadAsTheGoldenFileSays() throws Exception {
        StringBuilder all = new StringBuilder();
        int n = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/corpus/probe/probe-criteria.txt"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            all.append(read(f[0], f[1], f[2]));
            n++;
        }
        Path golden = Path.of("src/test/resources/corpus/probe/probe-criteria-golden.txt");
        if (System.getenv("GOLDEN_UPDATE") != null) {
            Files.writeString(golden, all.toString(), StandardCharsets.UTF_8);
        }
        assertTrue(n >= 60, n + " probe criteria");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), all.toString());
    }
}
