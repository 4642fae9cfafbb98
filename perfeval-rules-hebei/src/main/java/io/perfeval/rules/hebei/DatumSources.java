package io.perfeval.rules.hebei;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each datum of a {@link DepartmentInput} came from in the JSON form ({@code 收入预算完成数} ← {@code /决算/本年收入},
 * {@code 不合格项目目标数} ← {@code /分项绩效项目清单}, derived), and every datum that a second place gave again. A datum
 * has exactly one source: a key under 是否事项, 产出数量 or 检查清单 that names a datum already given elsewhere or derived
 * is a clash (J019, J020) naming both paths, and the first source is kept — a derived count is never overwritten.
 *
 * @param paths   the JSON path of each datum's one source, by datum name
 * @param clashes every second source, in the order met
 */
record DatumSources(Map<String, String> paths, List<Clash> clashes) {

    /** Where each datum of the form's fixed sections is written, and the list the derived counts come from. */
    static final Map<String, String> FORM = Map.ofEntries(
            Map.entry("年初预算数", "/预算/年初预算数"), Map.entry("调整后预算数", "/预算/调整后预算数"),
            Map.entry("可剔除的预算调整数", "/预算/可剔除的预算调整数"), Map.entry("收入预算数", "/预算/收入预算数"),
            Map.entry("年初结转和结余", "/决算/年初结转和结余"), Map.entry("收入预算完成数", "/决算/本年收入"),
            Map.entry("本年支出", "/决算/本年支出"), Map.entry("支出进度", "/支出进度"), Map.entry("序时进度", "/序时进度"),
            Map.entry("三公经费预算数", "/三公经费/预算数"), Map.entry("三公经费实际支出数", "/三公经费/实际支出数"),
            Map.entry("政府采购预算数", "/政府采购/预算数"), Map.entry("实际政府采购金额", "/政府采购/实际金额"),
            Map.entry("总体绩效目标合格", "/绩效目标/总体绩效目标合格"),
            Map.entry("分项绩效目标合格", "/绩效目标/分项绩效目标合格"),
            Map.entry("不合格项目目标数", "/分项绩效项目清单"), Map.entry("已自评项目数", "/分项绩效项目清单"),
            Map.entry("应自评项目数", "/分项绩效项目清单"), Map.entry("意见建议采纳数", "/意见建议/采纳数"),
            Map.entry("意见建议总数", "/意见建议/总数"), Map.entry("社会公众满意度", "/社会公众满意度"));

    /** {@code datum} came from {@code first} and again from {@code second}; {@code derived} when {@code first} is. */
    record Clash(String datum, String first, String second, boolean derived) {
    }

    DatumSources {
        paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
        clashes = List.copyOf(clashes);
    }

    /**
     * Each clash as a problem of {@code source}, at the second path: J019 given twice, J020 given and derived. Both
     * paths are named as {@code place} names them (JSON pointers for a document, key paths for the typed input).
     */
    List<Problem> problems(String source, DepartmentChecks.Place place) {
        List<Problem> out = new ArrayList<>();
        for (Clash c : clashes) {
            String second = place.at(c.second());
            out.add(DepartmentChecks.problem(c.derived() ? "J020" : "J019", second, source, second, c.datum(),
                    place.at(c.first())));
        }
        return out;
    }

    /** The input to score and where each of its data came from. */
    record Filled(EvaluationInput input, DatumSources sources) {
    }

    /** Collects data into an {@link EvaluationInput}, refusing a second source for a datum (the first is kept). */
    static final class Filler {
        private final EvaluationInput.Builder builder;
        private final Map<String, String> paths = new LinkedHashMap<>();
        private final Set<String> derived = new HashSet<>();
        private final List<Clash> clashes = new ArrayList<>();

        Filler(EvaluationInput.Builder builder) {
            this.builder = builder;
        }

        EvaluationInput.Builder builder() {
            return builder;
        }

        /** {@code name} given at {@code path}. */
        void given(String name, String path, Value value) {
            put(name, path, value, false);
        }

        /** {@code name} computed from what lies at {@code path}. */
        void derived(String name, String path, Value value) {
            put(name, path, value, true);
        }

        private void put(String name, String path, Value value, boolean isDerived) {
            String first = paths.get(name);
            if (first != null) {
                clashes.add(new Clash(name, first, path, derived.contains(name) || isDerived));
                return;
            }
            paths.put(name, path);
            if (isDerived) {
                derived.add(name);
            }
            builder.put(name, value);
        }

        Filled filled() {
            return new Filled(builder.build(), new DatumSources(paths, clashes));
        }
    }
}
