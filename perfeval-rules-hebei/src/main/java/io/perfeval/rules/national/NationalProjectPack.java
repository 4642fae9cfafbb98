package io.perfeval.rules.national;

import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.dsl.ResourcePackSource;

/**
 * The national 项目支出绩效自评表 (财预〔2020〕10号《项目支出绩效评价管理办法》, its annex), compiled from the bundled
 * DSL resource {@value #RESOURCE}: 预算执行率 10 points, and an indicator template (指标模板) over which each project's
 * own indicators divide the other 90. The pack scores nothing until it is bound to a project's indicators ({@link
 * RulePack#bind}); {@link ProjectInputJson#readFor} does that from a project's JSON. Registered for {@link
 * io.perfeval.core.PackRegistry} through {@code META-INF/services}.
 */
public final class NationalProjectPack extends ResourcePackSource {

    public static final String ID = "national/caiyu-2020-10/project";
    public static final String RESOURCE = "io/perfeval/rules/national/caiyu-2020-10-project.perfeval";

    private static final NationalProjectPack SHARED = new NationalProjectPack();

    /** Public for {@link java.util.ServiceLoader}. */
    public NationalProjectPack() {
        super(new PackInfo(ID, "项目支出绩效自评表", "全国", "2020",
                "财预〔2020〕10号《项目支出绩效评价管理办法》附件 项目支出绩效自评表"), RESOURCE);
    }

    /** The compiled template pack (bind it to a project's indicators before scoring), compiled once. */
    public static RulePack pack() {
        return SHARED.load();
    }
}
