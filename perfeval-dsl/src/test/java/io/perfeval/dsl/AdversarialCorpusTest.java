package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.DataField;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The four adversarial probes (corpus/adversarial, 646 criteria written against the language by helper sessions, each
 * with the scores its text gives decided by hand before it was compiled; world/README.md says how they were made). A
 * probe may be refused; one that compiles must score its cases as written. The few that do not are listed here with
 * why — any other is a silent wrong score the build must not let in.
 */
class AdversarialCorpusTest {

    private static final int ROUNDS_1 = 9;
    private static final int ROUNDS_2 = 11;
    private static final int ROUNDS_3 = 5;
    private static final int ROUNDS_4 = 6;
    private static final String DEFAULT_DATA = "完成率：百分比|次数：数量（次）|按时：是否";

    /**
     * Probes whose cases differ, and why: the probe's own slip (U14, U21: cases that answer generated items against
     * their text; W15: a negative 百分比, refused at input), documented readings (W07,
     * A20: reading 38, (含) on one end excludes the other), a row of bonus points only that scores from 0 (T24), (不含)
     * on a range's first end (Y05, warned D015, refused at evaluation), a yes/no ladder the text leaves open (U03).
     * From the fourth round, left as found: 「未按时完成」 with a yes/no declared as 按时 alone — the words are longer than
     * the name, so 未按时 is read as the phrase and 完成 as an item the evaluator answers, the datum unused (W104; Q13,
     * Q13b, Q13c, Q13g, Q13h), and 「未达标的」 after 「视为达标」 likewise (K16); (不含) after each range read at both
     * ends (K10: 80% falls in no band but 80%以下); 「其中重大问题每个扣3分」 counted besides the 1 point every problem
     * loses (F08b: the subset read as adding, an open reading); a 百分比 that may not be negative (D01, refused at input).
     */
    private static final List<String> KNOWN = List.of("round1-1:T24", "round1-2:U14", "round1-2:U21",
            "round1-4:W07", "round1-4:W15", "round1-8:A20", "round2-05:Y05", "round2-06:U03", "round4-2:Q13",
            "round4-3:Q13b", "round4-3:Q13c", "round4-3:K10", "round4-4:Q13g", "round4-4:D01", "round4-5:F08b",
            "round4-5:K16", "round4-6:Q13h");

    @Test
    void everyProbeThatCompilesScoresItsCasesAsItsTextSays() throws IOException {
        List<String> differing = new ArrayList<>();
        int probes = 0;
        int compiled = 0;
        for (String file : files()) {
            for (Map<String, List<String>> b : blocks(read("corpus/adversarial/" + file + ".txt"))) {
                probes++;
                CompileResult r = PackCompiler.compile(packText(b), "p.perfeval");
                if (r.pack().isEmpty()) {
                    continue;
                }
                compiled++;
                if (!scoresAsWritten(r.pack().get(), b.getOrDefault("case", List.of()))) {
                    differing.add(file + ":" + b.get("id").get(0).split(" ")[0]);
                }
            }
        }
        assertEquals(646, probes);
        assertEquals(KNOWN, differing, compiled + " of " + probes + " compiled");
    }

    private static List<String> files() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= ROUNDS_1; i++) {
            out.add("round1-" + i);
        }
        for (int i = 1; i <= ROUNDS_2; i++) {
            out.add(String.format("round2-%02d", i));
        }
        for (int i = 1; i <= ROUNDS_3; i++) {
            out.add("round3-" + i);
        }
        for (int i = 1; i <= ROUNDS_4; i++) {
            out.add("round4-" + i);
        }
        return out;
    }

    private static boolean scoresAsWritten(RulePack pack, List<String> cases) {
        for (String c : cases) {
            String[] parts = c.split("=>");
            String expected = parts[1].trim();
            String got;
            try {
                IndicatorResult leaf = pack.evaluate(input(pack, parts[0])).leaves().get(0);
                got = leaf.score().map(x -> x.stripTrailingZeros().toPlainString()).orElse("-");
            } catch (io.perfeval.core.diag.InvalidInputException e) {
                got = "-"; // refused at input: a refusal, as 「拒」 expects
            } catch (RuntimeException e) {
                got = "exception";
            }
            boolean ok = expected.equals("?") || expected.equals(got) || expected.equals("拒") && got.equals("-")
                    || number(expected) && number(got) && new BigDecimal(expected).compareTo(new BigDecimal(got)) == 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean number(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    /** A probe file: blocks of 「### id title」 then 「key: value」 lines. */
    private static List<Map<String, List<String>>> blocks(String text) {
        List<Map<String, List<String>>> out = new ArrayList<>();
        Map<String, List<String>> cur = null;
        for (String l : text.split("\n")) {
            if (l.startsWith("#!")) {
                continue;
            }
            if (l.startsWith("### ")) {
                cur = new LinkedHashMap<>();
                out.add(cur);
                cur.put("id", List.of(l.substring(4).trim()));
                continue;
            }
            int c = l.indexOf(": ");
            if (cur != null && !l.isBlank() && c > 0) {
                cur.computeIfAbsent(l.substring(0, c).trim(), k -> new ArrayList<>()).add(l.substring(c + 2));
            }
        }
        return out;
    }

    private static String packText(Map<String, List<String>> b) {
        String max = b.getOrDefault("分值", List.of("10")).get(0);
        StringBuilder t = new StringBuilder("规则包：p/x\n名称：「探」\n总分：").append(max).append('\n');
        b.getOrDefault("头", List.of()).forEach(h -> t.append(h).append('\n'));
        t.append("数据：\n");
        for (String d : b.getOrDefault("数据", List.of(DEFAULT_DATA)).get(0).split("\\|")) {
            t.append("  ").append(d.trim()).append('\n');
        }
        if (b.containsKey("计算")) {
            t.append("计算：\n");
            b.get("计算").forEach(c -> t.append("  ").append(c).append('\n'));
        }
        t.append("指标：\n一级：「").append(b.getOrDefault("名", List.of("指标")).get(0)).append("」（").append(max)
                .append("）\n  评价标准「").append(b.get("标准").get(0)).append("」\n");
        b.getOrDefault("用语", List.of()).forEach(u -> t.append("  用语").append(u).append('\n'));
        b.getOrDefault("计分对象", List.of()).forEach(u -> t.append("  计分对象：").append(u).append('\n'));
        b.getOrDefault("达标", List.of()).forEach(u -> t.append("  达标：").append(u).append('\n'));
        b.getOrDefault("其他", List.of()).forEach(u -> t.append("  ").append(u).append('\n'));
        return t.toString();
    }

    /** 「完成率=95, 按时=是」; a checklist all 符合 unless 「指标=不符合:1;3」, 「清单=无」 for none; 「判断=N」 a judgement. */
    private static EvaluationInput input(RulePack pack, String assignments) {
        EvaluationInput.Builder b = EvaluationInput.builder();
        Map<String, String> values = new HashMap<>();
        for (String a : assignments.split("[,，]\\s*(?=[^,，=]+=)")) {
            int e = a.indexOf('=');
            if (e > 0) {
                values.put(a.substring(0, e).trim(), a.substring(e + 1).trim());
            }
        }
        for (DataField f : pack.fields()) {
            String v = values.get(f.name());
            switch (f.type()) {
                case YES_NO -> b.put(f.name(), Value.yes("是".equals(v)));
                case CHECKLIST -> {
                    if (!"无".equals(values.get("清单"))) {
                        Map<Integer, Boolean> answers = new TreeMap<>();
                        for (int i = 1; i <= f.items().size(); i++) {
                            answers.put(i, true);
                        }
                        if (v != null && v.startsWith("不符合:")) {
                            for (String x : v.substring(4).split("[;；]")) {
                                answers.put(Integer.parseInt(x.strip()), false);
                            }
                        }
                        b.put(f.name(), new Value.Checklist(answers));
                    }
                }
                case SERIES -> {
                    Map<String, BigDecimal> m = new LinkedHashMap<>();
                    f.periods().forEach(p -> m.put(p, BigDecimal.ZERO));
                    if (v != null) {
                        for (String x : v.split("[;；]")) {
                            String[] kv = x.split("[:：]");
                            m.put(kv[0].strip(), new BigDecimal(kv[1].strip()));
                        }
                    }
                    b.put(f.name(), new Value.Series(m));
                }
                default -> b.put(f.name(), Value.number(v == null ? "0" : v));
            }
        }
        if (values.containsKey("判断")) {
            b.judgement(pack.leaves().get(0).name(), values.get("判断"), "评价组酌情给分");
        }
        return b.build();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AdversarialCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
