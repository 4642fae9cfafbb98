package io.perfeval.rules.hebei;

import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.dsl.ResourcePackSource;

/**
 * The Shijiazhuang 2019 部门整体支出绩效评价指标体系 (石发〔2019〕8号), compiled from the bundled DSL resource
 * {@value #RESOURCE}. Registered for {@link io.perfeval.core.PackRegistry} through {@code META-INF/services}; use
 * {@link #pack()} to get the compiled pack directly.
 */
public final class ShijiazhuangDepartmentPack extends ResourcePackSource {

    public static final String ID = "hebei/shijiazhuang-2019/department";
    public static final String RESOURCE = "io/perfeval/rules/hebei/shijiazhuang-2019-department.perfeval";

    /** Compiled on first use and shared: a pack is immutable. */
    private static final ShijiazhuangDepartmentPack SHARED = new ShijiazhuangDepartmentPack();

    /** Public for {@link java.util.ServiceLoader}. */
    public ShijiazhuangDepartmentPack() {
        super(new PackInfo(ID, "部门整体支出绩效评价指标体系", "河北省石家庄市", "2019", "石发〔2019〕8号"), RESOURCE);
    }

    /** The compiled pack. */
    public static RulePack pack() {
        return SHARED.load();
    }

    /**
     * {@code in} scored with this pack, and each project of its 分项绩效项目清单 that carries its own 项目自评 scored
     * with the national project template ({@link io.perfeval.rules.national.NationalProjectPack}) and checked against
     * its line: see {@link DepartmentEvaluation#of}.
     */
    public static DepartmentEvaluation evaluateWithProjects(DepartmentInput in) {
        return DepartmentEvaluation.of(in, pack(), io.perfeval.rules.national.NationalProjectPack.pack());
    }
}
