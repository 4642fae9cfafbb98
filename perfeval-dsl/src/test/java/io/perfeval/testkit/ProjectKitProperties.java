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

    /** The DSL tests' small project template (预算执行率 10, 指标模板 90 with a fixed 满意度指标 of 10). */
    static final RulePack TEMPLATE = PackCompiler.fromResource("io/perfeval/dsl/project-template.perfeval");

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
