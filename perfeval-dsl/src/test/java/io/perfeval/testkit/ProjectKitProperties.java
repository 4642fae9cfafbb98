package io.perfeval.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The kit's project arbitraries: every generated indicator set binds (its 分值 add up to the share and to the fixed
 * 满意度指标（10）, every direction has its kind, every judgement lies in its level's band), and the bound pack holds
 * the kit's properties on the generated input.
 */
class ProjectKitProperties {

    static final RulePack TEMPLATE = PackCompiler.compileOrThrow("""
            规则包：t/project
            名称：「项目」
            总分：100
            数据：
              全年预算数：金额（万元）
              全年执行数：金额（万元）
            计算：
              预算执行率 = 全年执行数 / 全年预算数 × 100%，保留两位小数
            指标：
            一级：预算执行率（10）
              评价标准「按预算执行率计分，最高得满分。」
            指标模板（90）：
              一级：产出指标
                二级：数量指标
                二级：质量指标
              一级：满意度指标（10）
              类型：正向（≥、>、=）
                评价标准「完成指标值的，得满分；未完成的，按照实际完成值占指标值的比例计分。」
                用语「完成指标值」：实际完成值 ≥ 指标值
              类型：反向（≤、<）
                评价标准「完成指标值的，得满分；未完成的，按照指标值占实际完成值的比例计分。」
                用语「完成指标值」：实际完成值 ≤ 指标值
              类型：定性
                评价标准「达成预期指标的，按分值的100%-80%计分；部分达成预期指标并具有一定效果的，按分值的80%-60%计分；未达成预期指标且效果较差的，按分值的60%-0计分。」
            """, "t.perfeval");

    @Provide
    Arbitrary<List<DeclaredIndicator>> indicators() {
        return ProjectArbitraries.indicators(TEMPLATE);
    }

    @Provide
    Arbitrary<ProjectArbitraries.Project> projects() {
        return ProjectArbitraries.projects(TEMPLATE);
    }

    @Property(tries = 200)
    void everyGeneratedSetBindsAndDividesTheShare(@ForAll("indicators") List<DeclaredIndicator> declared) {
        RulePack bound = TEMPLATE.bind(declared);
        assertTrue(bound.template().isEmpty());
        BigDecimal sum = declared.stream().map(DeclaredIndicator::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("90").compareTo(sum));
        BigDecimal satisfaction = declared.stream().filter(d -> d.level1().equals("满意度指标"))
                .map(DeclaredIndicator::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, BigDecimal.TEN.compareTo(satisfaction));
    }

    @Property(tries = 100)
    void theBoundPackHoldsTheKitsProperties(@ForAll("projects") ProjectArbitraries.Project p) {
        PackProperties.check(p.pack(), p.input());
    }
}
