package io.perfeval.examples;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.rules.hebei.DepartmentInputJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The README's quickstart, as code: {@code QuickstartTest} runs it and checks what the README says it gives. */
public final class Quickstart {

    /** The bundled Gaoyi County 2021 case (a classpath resource of perfeval-rules-hebei). */
    public static final String GAOYI = "io/perfeval/rules/hebei/examples/gaoyi-2021.json";

    private Quickstart() {
    }

    /** A registered pack, an input read from JSON, a score sheet. */
    public static ScoreSheet scoreGaoyi() {
        RulePack pack = PackRegistry.fromClassPath().get("hebei/shijiazhuang-2019/department");
        DepartmentInput input = DepartmentInputJson.read(resource(GAOYI), "gaoyi-2021.json");
        return pack.evaluate(input.toEvaluationInput());
    }

    /** A pack compiled from official wording, scored on data given in code. */
    public static ScoreSheet scoreOneCriterion() {
        RulePack pack = PackCompiler.compileOrThrow("""
                规则包：example/revenue
                名称：「收入预算完成率示例」
                总分：2
                等级：
                  合格：1.9 ≤ 得分
                  不合格：得分 < 1.9
                数据：
                  收入预算数：金额（万元）
                  收入预算完成数：金额（万元）
                计算：
                  收入预算完成率 = 收入预算完成数 / 收入预算数 × 100%，保留两位小数
                别名：
                  预算完成率 → 收入预算完成率
                指标：
                一级：过程（2）
                  三级：收入预算完成率（2）
                    评价标准「1、预算完成率大于或等于95%得满分；2、预算完成率小于或等于85%的得0分；3、预算完成率在85%—95%之间的，在0分和满分之间确定；每降低一个百分点，扣分值的十分之一。」
                """, "example.perfeval");
        return pack.evaluate(EvaluationInput.builder()
                .number("收入预算数", "1000")
                .number("收入预算完成数", "900")
                .build());
    }

    static String resource(String name) {
        try (InputStream in = Quickstart.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        ScoreSheet sheet = scoreGaoyi();
        System.out.println(sheet.total().orElseThrow() + " " + sheet.grade().orElseThrow().name());
        sheet.findings().forEach(f -> System.out.println(f.render()));
    }
}
