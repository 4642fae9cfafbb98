package io.perfeval.core;

import java.util.Objects;

/**
 * Who a rule pack is and what it is based on.
 *
 * @param id       stable id used to find the pack, e.g. {@code hebei/shijiazhuang-2019/department}
 * @param name     title as the template gives it (部门整体支出绩效评价指标体系)
 * @param region   the issuing region (河北省石家庄市)
 * @param version  the pack's own version or year (2019)
 * @param basis    the document the template comes from (石发〔2019〕8号)
 */
public record PackInfo(String id, String name, String region, String version, String basis) {

    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        region = region == null ? "" : region;
        version = version == null ? "" : version;
        basis = basis == null ? "" : basis;
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a pack needs an id and a name");
        }
    }
}
