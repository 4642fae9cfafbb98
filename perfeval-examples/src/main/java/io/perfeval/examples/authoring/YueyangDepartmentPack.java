package io.perfeval.examples.authoring;

import io.perfeval.core.PackInfo;
import io.perfeval.core.PackSource;
import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;

/**
 * The authoring example: the Yueyang (湖南省岳阳市) 部门整体支出绩效评价评分表, written from the table as published on a
 * Yueyang government site (the nine rows the stored copy shows in full; see {@value #RESOURCE} and
 * {@code perfeval-examples/README.md}, "Authoring a pack for another region"). Registered for
 * {@link io.perfeval.core.PackRegistry} through {@code META-INF/services}, the way a province's own jar would register
 * its pack.
 */
public final class YueyangDepartmentPack implements PackSource {

    public static final String ID = "hunan/yueyang/department";
    public static final String RESOURCE = "io/perfeval/examples/authoring/yueyang-department.perfeval";

    // the registry lists packs without compiling them, so the identity is stated here as well as in the file
    private static final PackInfo INFO = new PackInfo(ID, "岳阳市部门整体支出绩效评价评分表（节选）", "湖南省岳阳市", "",
            "岳阳市部门整体支出绩效自评评分表（glj.yueyang.gov.cn 公开）");

    /** Compiled on first use and shared: a pack is immutable. */
    private static final class Holder {
        static final RulePack PACK = PackCompiler.fromResource(RESOURCE);
    }

    /** Public for {@link java.util.ServiceLoader}. */
    public YueyangDepartmentPack() {
    }

    /** The compiled pack. */
    public static RulePack pack() {
        return Holder.PACK;
    }

    @Override
    public PackInfo info() {
        return INFO;
    }

    @Override
    public RulePack load() {
        return pack();
    }
}
