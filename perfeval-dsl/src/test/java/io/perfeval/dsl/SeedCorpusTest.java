package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus: every 评价标准 of the Shijiazhuang 自评表, verbatim, with expected scores at and around its
 * thresholds. The criteria are compiled inside the Shijiazhuang pack (whose declarations they need) and each case
 * changes the base input (everything met) and checks the indicator's score.
 */
class SeedCorpusTest {

    record Entry(String name, BigDecimal max, String text, String repair, List<String> cases) {
    }

    static List<Entry> entries;
    static RulePack pack;

    @BeforeAll
    static void load() throws IOException {
        entries = read("corpus/seed-criteria.txt");
        pack = PackCompiler.compileOrThrow(Packs.shijiazhuang(), "shijiazhuang-2019-department.perfeval");
    }

    static List<Entry> read(String resource) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = SeedCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String name = null;
            BigDecimal max = null;
            String text = null;
            String repair = null;
            List<String> cases = new ArrayList<>();
            for (String raw : lines) {
                String line = raw.strip();
                if (line.startsWith("@ ")) {
                    if (name != null) {
                        out.add(new Entry(name, max, text, repair, cases));
                    }
                    String[] parts = line.substring(2).split("\\|");
                    name = parts[0].strip();
                    max = new BigDecimal(parts[1].strip());
                    text = null;
                    repair = null;
                    cases = new ArrayList<>();
                } else if (line.startsWith("text: ")) {
                    text = line.substring(6);
                } else if (line.startsWith("repair: ")) {
                    repair = line.substring(8);
                } else if (line.startsWith("case: ")) {
                    cases.add(line.substring(6));
                }
            }
            if (name != null) {
                out.add(new Entry(name, max, text, repair, cases));
            }
        }
        return out;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everySeedCriterionCompilesVerbatim() {
        int verbatim = 0;
        List<String> missing = new ArrayList<>();
        for (Entry e : entries) {
            Indicator i = pack.indicator(e.name()).orElse(null);
            if (i instanceof Indicator.Leaf leaf && squeeze(leaf.criterion()).equals(squeeze(e.text()))
                    && leaf.maxScore().compareTo(e.max()) == 0) {
                verbatim++;
            } else {
                missing.add(e.name());
            }
        }
        System.out.println(verbatim + " of " + entries.size() + " seed criteria compile verbatim");
        assertEquals(33, entries.size());
        assertEquals(List.of(), missing);
    }

    @Test
    void expectedScoresAtAndAroundThresholds() {
        int run = 0;
        List<String> failures = new ArrayList<>();
        for (Entry e : entries) {
            for (String c : e.cases()) {
                String[] parts = c.split("=>");
                BigDecimal expected = new BigDecimal(parts[1].strip());
                EvaluationInput input = input(parts[0].strip(), e.name());
                ScoreSheet sheet = pack.evaluate(input);
                IndicatorResult r = sheet.find(e.name()).orElseThrow();
                run++;
                if (r.score().isEmpty() || r.score().get().compareTo(expected) != 0) {
                    failures.add(e.name() + " [" + c + "] got " + r.score().map(BigDecimal::toPlainString)
                            .orElse("no score " + r.problems()));
                }
            }
        }
        System.out.println(run + " seed score cases run");
        assertEquals(List.of(), failures);
        assertTrue(run >= 100);
    }

    @Test
    void theTextsWarningsAreThoseTheReadingsPredict() {
        CompileResult r = PackCompiler.compile(Packs.shijiazhuang(), "shijiazhuang.perfeval");
        List<String> warnings = r.warnings().stream().map(p -> p.code() + " " + p.subject()).toList();
        assertTrue(warnings.contains("W102 投入/绩效目标管理/绩效指标科学性"), warnings.toString());
        assertTrue(warnings.contains("W101 投入/预算编制/预算编制完整性"), warnings.toString());
        assertTrue(warnings.contains("W101 投入/预算编制/项目预算功能分类等编制合规性"), warnings.toString());
        assertTrue(warnings.contains("D011 过程/预算执行/预算调整率"), warnings.toString());
        assertTrue(r.warnings().stream().anyMatch(p -> p.message().contains("每增加一个百分点")));
        assertEquals(List.of(), r.errors());
    }

    @Test
    void withoutItsDeclaredReadingsTheAmbiguousTextIsRejected() {
        String text = Packs.shijiazhuang().replace("      档的计法：不足一档按一档计\n    三级：“三公经费”", "    三级：“三公经费”")
                .replace("      扣分起点：90%\n", "");
        CompileResult r = PackCompiler.compile(text, "shijiazhuang.perfeval");
        List<String> codes = r.errors().stream().map(p -> p.code() + " " + p.subject()).toList();
        assertEquals(List.of("D009 过程/预算执行/资金结余结转率", "D010 效果/履职效益/社会公众满意度"), codes);
    }

    /** Everything met: the base input every case changes. */
    static Map<String, Value> base(RulePack pack) {
        Map<String, Value> v = new LinkedHashMap<>();
        for (DataField f : pack.fields()) {
            switch (f.type()) {
                case YES_NO -> v.put(f.name(), Value.yes(true));
                case CHECKLIST -> v.put(f.name(), Value.Checklist.allMetExcept(f.items().size()));
                case SERIES -> v.put(f.name(), series("25/50/75/100", f));
                default -> v.put(f.name(), Value.number("100"));
            }
        }
        Map<String, String> numbers = Map.ofEntries(Map.entry("不合格项目目标数", "0"), Map.entry("可剔除的预算调整数", "0"),
                Map.entry("年初结转和结余", "0"), Map.entry("应自评项目数", "10"), Map.entry("已自评项目数", "10"),
                Map.entry("意见建议总数", "10"), Map.entry("意见建议采纳数", "10"), Map.entry("接收公文件数", "11000"),
                Map.entry("市长热线下派工单数", "10700"), Map.entry("组织活动次数", "400"), Map.entry("印发公文报告篇数", "300"),
                Map.entry("银企对接会次数", "7"), Map.entry("发布信息条数", "29187"), Map.entry("社会公众满意度", "95"));
        numbers.forEach((k, x) -> v.put(k, Value.number(x)));
        return v;
    }

    static Value series(String text, DataField f) {
        String[] xs = text.split("/");
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < f.periods().size(); i++) {
            m.put(f.periods().get(i), new BigDecimal(xs[i]));
        }
        return new Value.Series(m);
    }

    static EvaluationInput input(String changes, String indicator) {
        Map<String, Value> data = base(pack);
        EvaluationInput.Builder b = EvaluationInput.builder();
        for (String assignment : changes.isEmpty() ? new String[0] : changes.split(",\\s+")) {
            String[] kv = assignment.split("=", 2);
            String k = kv[0].strip();
            String v = kv[1].strip();
            if (k.equals("判断")) {
                b.judgement(indicator, v, "评价组按实际情况酌情给分");
                continue;
            }
            DataField f = pack.field(k).orElseThrow(() -> new AssertionError("no datum " + k));
            switch (f.type()) {
                case YES_NO -> data.put(k, Value.yes(v.equals("是")));
                case CHECKLIST -> {
                    Map<Integer, Boolean> answers = new TreeMap<>();
                    for (int i = 1; i <= f.items().size(); i++) {
                        answers.put(i, true);
                    }
                    for (String n : v.substring(v.indexOf(':') + 1).split("[,，]")) {
                        answers.put(Integer.parseInt(n.strip()), false);
                    }
                    data.put(k, new Value.Checklist(answers));
                }
                case SERIES -> data.put(k, series(v, f));
                default -> data.put(k, Value.number(v));
            }
        }
        data.forEach(b::put);
        // indicators that need a judgement in the base input get one only when the case gives it
        return b.build();
    }
}
