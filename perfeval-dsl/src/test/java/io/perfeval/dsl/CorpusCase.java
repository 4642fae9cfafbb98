package io.perfeval.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfeval.core.DataField;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One criterion of a corpus, as a pack author writes it: a {@code .perfeval} file whose header comments name the
 * corpus entry ({@code # id:}), the reading chosen where the wording has several ({@code # reading:}), the edits made
 * to the criterion text ({@code # edit: 「原」→「改」}), how the corpus's variables map to the pack's data
 * ({@code # map: 变量 → 数据名}, {@code → 清单#k}, {@code → !是否}, {@code → 判断}, {@code → 清单#count} for a count of
 * failed items, a list of item numbers {@code → 清单} — failed when the variable's name says 不/未, else met — or
 * explicitly {@code → 清单#met} / {@code #failed}; {@code 变量=值 → 判断=N} or {@code → 清单=[k, …]} (of the items the
 * variable's values name, exactly those hold) for one value; {@code → -} for a variable the
 * reading does not need), base values ({@code # base:}), inputs the criterion gives no score for and the rule must
 * refuse ({@code # silent: 变量=值 — why}) and,
 * for a criterion the language cannot express as written, the rejection expected ({@code # reject: D0xx}). The cases
 * are the corpus's own, taken from its JSON: those without a reading and those of the chosen reading.
 */
record CorpusCase(String file, String id, String row, String rowLabel, List<String> readings, List<String[]> edits,
                  Map<String, String> map, Map<String, String> base, List<String> only, List<Map<String, String>> silent,
                  String reject, String text) {

    static CorpusCase parse(String file, String text) {
        String id = null;
        String row = null;
        String rowLabel = null;
        String reject = null;
        List<String> readings = new ArrayList<>();
        List<String[]> edits = new ArrayList<>();
        Map<String, String> map = new LinkedHashMap<>();
        Map<String, String> base = new LinkedHashMap<>();
        List<String> only = new ArrayList<>();
        List<Map<String, String>> silent = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("# ")) {
                continue;
            }
            String body = line.substring(2);
            int colon = body.indexOf(": ");
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon);
            String value = body.substring(colon + 2).strip();
            switch (key) {
                case "id" -> id = value;
                case "row" -> row = value;
                case "row-label" -> rowLabel = value;
                case "reject" -> reject = value;
                case "reading" -> {
                    for (String r : value.split("[,，]")) {
                        readings.add(r.strip());
                    }
                }
                case "edit" -> {
                    int arrow = value.indexOf("」→「");
                    edits.add(new String[] {value.substring(1, arrow), value.substring(arrow + 3, value.length() - 1)});
                }
                case "map" -> {
                    int arrow = value.lastIndexOf(" → ");
                    map.put(value.substring(0, arrow).strip(), value.substring(arrow + 3).strip());
                }
                case "base" -> base.putAll(GrowthCorpusTest.assignments(value));
                case "silent" -> silent.add(GrowthCorpusTest.assignments(value.replaceFirst("\\s+—.*$", "")));
                case "only" -> {
                    for (String v : value.split("[,，]")) {
                        only.add(v.strip());
                    }
                }
                default -> {
                }
            }
        }
        if (id == null) {
            throw new IllegalArgumentException(file + ": no # id:");
        }
        return new CorpusCase(file, id, row, rowLabel, readings, edits, map, base, List.copyOf(only),
                List.copyOf(silent), reject, text);
    }

    /** The criterion as the corpus has it, for this file's row of a multi-row entry. */
    String original(JsonNode entry) {
        String all = entry.get("criterion").asText();
        if (row == null) {
            return all;
        }
        String[] rows = all.split(" \\|\\|? ");
        return rows[Integer.parseInt(row) - 1].strip();
    }

    /** The 评价标准 written in the pack. */
    String written() {
        int at = text.indexOf("评价标准「");
        int end = text.lastIndexOf("」", text.indexOf("\n", at) < 0 ? text.length() : nextDeclaration(at));
        return text.substring(at + 5, end);
    }

    private int nextDeclaration(int at) {
        // the criterion may span lines; it ends at the 」 before the next line that starts a declaration or ends the file
        int i = text.indexOf("」\n", at);
        while (i >= 0) {
            int next = i + 2;
            if (next >= text.length() || text.startsWith("  ", next) || text.startsWith("#", next)
                    || text.startsWith("一级", next)) {
                return i + 1;
            }
            i = text.indexOf("」\n", next);
        }
        return text.length();
    }

    /** The edits applied to the original, in order; null when they do not give the written text. */
    String edited(String original) {
        String s = original;
        for (String[] e : edits) {
            int k = s.indexOf(e[0]);
            if (k < 0) {
                return null;
            }
            s = s.substring(0, k) + e[1] + s.substring(k + e[0].length());
        }
        return s;
    }

    /** Characters changed between the original and the written criterion (whitespace and line breaks ignored). */
    static int distance(String original, String written) {
        return Suggestions.distance(original.replaceAll("\\s", ""), written.replaceAll("\\s", ""));
    }

    /** Whether the corpus case applies to this file: its row (if it names one) and its readings are this file's. */
    private static final java.util.regex.Pattern EXACTLY = java.util.regex.Pattern.compile("(.+)=\\[([0-9, ]*)]");

    private static List<Integer> numbers(String list) {
        List<Integer> out = new ArrayList<>();
        for (String n : list.split("[, ]+")) {
            if (!n.isBlank()) {
                out.add(Integer.parseInt(n));
            }
        }
        return out;
    }

    /**
     * Whether the case's inputs are ones the criterion gives no score for ({@code # silent: 变量=值 — why}): the
     * corpus's author guessed a score there, the compiled rule must refuse to score instead of guessing.
     */
    boolean silentOn(JsonNode c) {
        for (Map<String, String> s : silent) {
            boolean all = true;
            for (Map.Entry<String, String> e : s.entrySet()) {
                JsonNode v = c.get("inputs").get(e.getKey());
                all &= v != null && v.asText().equals(e.getValue());
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    boolean applies(JsonNode c) {
        if (!only.isEmpty()) {
            var names = c.get("inputs").fieldNames();
            while (names.hasNext()) {
                if (!only.contains(names.next())) {
                    return false;
                }
            }
        }
        JsonNode r = c.get("reading");
        if (r == null || r.isNull()) {
            return true;
        }
        for (String label : r.asText().split(";")) {
            String l = label.strip();
            if (l.startsWith("row:")) {
                if (!l.equals(rowLabel)) {
                    return false;
                }
            } else if (!readings.contains(l)) {
                return false;
            }
        }
        return true;
    }

    /** The input of one corpus case: the pack's data at their base values, the case's values over them. */
    EvaluationInput input(RulePack pack, JsonNode inputs, String indicator, BigDecimal judgement) {
        Map<String, Value> data = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Boolean>> lists = new LinkedHashMap<>();
        for (DataField f : pack.fields()) {
            String v = base.get(f.name());
            switch (f.type()) {
                case YES_NO -> data.put(f.name(), Value.yes(v == null || v.equals("是")));
                case CHECKLIST -> {
                    TreeMap<Integer, Boolean> answers = new TreeMap<>();
                    for (int i = 1; i <= f.items().size(); i++) {
                        answers.put(i, true);
                    }
                    lists.put(f.name(), answers);
                }
                case SERIES -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    for (String p : f.periods()) {
                        values.put(p, new BigDecimal(v == null ? "100" : v));
                    }
                    data.put(f.name(), new Value.Series(values));
                }
                default -> data.put(f.name(), Value.number(v == null ? "0" : v));
            }
        }
        EvaluationInput.Builder b = EvaluationInput.builder();
        BigDecimal judged = judgement;
        var fields = inputs.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            JsonNode v = e.getValue();
            String valued = map.get(e.getKey() + "=" + v.asText());
            String target = valued != null ? valued : map.getOrDefault(e.getKey(), e.getKey());
            if (target.equals("-")) {
                continue; // a variable the pack's reading does not need
            }
            java.util.regex.Matcher exactly = EXACTLY.matcher(target);
            if (exactly.matches()) {
                // 清单=[2]: exactly these items hold, the others do not
                TreeMap<Integer, Boolean> answers = lists.get(exactly.group(1));
                if (answers == null) {
                    throw new IllegalArgumentException(file + ": no checklist " + exactly.group(1));
                }
                // the items any value of this variable names are false, then this value's are true
                for (Map.Entry<String, String> m : map.entrySet()) {
                    java.util.regex.Matcher other = EXACTLY.matcher(m.getValue());
                    if (m.getKey().startsWith(e.getKey() + "=") && other.matches()) {
                        for (int k : numbers(other.group(2))) {
                            answers.put(k, false);
                        }
                    }
                }
                for (int k : numbers(exactly.group(2))) {
                    answers.put(k, true);
                }
            } else if (target.startsWith("判断=")) {
                judged = new BigDecimal(target.substring(3));
            } else if (target.endsWith("#count")) {
                // a count of items not met: the first N
                TreeMap<Integer, Boolean> answers = lists.get(target.substring(0, target.length() - 6));
                for (int i = 1; i <= v.asInt() && i <= answers.size(); i++) {
                    answers.put(i, false);
                }
            } else if (target.equals("判断")) {
                judged = v.decimalValue();
            } else if (target.contains("#") && !target.matches(".*#(met|failed)$")) {
                String list = target.substring(0, target.indexOf('#'));
                int item = Integer.parseInt(target.substring(target.indexOf('#') + 1));
                TreeMap<Integer, Boolean> answers = lists.get(list);
                if (answers == null) {
                    throw new IllegalArgumentException(file + ": no checklist " + list);
                }
                answers.put(item, v.asBoolean());
            } else if (target.startsWith("!")) {
                data.put(target.substring(1), Value.yes(!v.asBoolean()));
            } else if (v.isBoolean()) {
                data.put(target, Value.yes(v.asBoolean()));
            } else if (v.isArray() && lists.containsKey(target.replaceFirst("#(met|failed)$", ""))) {
                // a list of item numbers: the items not met (不符合项: [1, 3]) or the items met (符合项, 已做到事项: [2]);
                // which one, the map says (→ 清单#met / #failed) or else the variable's name (不…/未… names failures)
                String list = target.replaceFirst("#(met|failed)$", "");
                boolean failed = target.endsWith("#failed") || !target.endsWith("#met")
                        && (e.getKey().contains("不") || e.getKey().contains("未"));
                TreeMap<Integer, Boolean> answers = lists.get(list);
                if (!failed) {
                    answers.replaceAll((k, x) -> false);
                }
                for (JsonNode n : v) {
                    answers.put(n.asInt(), !failed);
                }
            } else {
                if (!data.containsKey(target)) {
                    throw new IllegalArgumentException(file + ": the case's 「" + e.getKey() + "」 is no datum of the pack"
                            + " (map it with # map:)");
                }
                data.put(target, Value.number(v.decimalValue().toPlainString()));
            }
        }
        for (Map.Entry<String, TreeMap<Integer, Boolean>> l : lists.entrySet()) {
            data.put(l.getKey(), new Value.Checklist(l.getValue()));
        }
        data.forEach(b::put);
        if (judged != null) {
            b.judgement(indicator, judged.toPlainString(), "语料用例");
        }
        return b.build();
    }

    /** The indicator's score for one input, rounded as the corpus writes expected scores (2 decimals). */
    static String score(RulePack pack, EvaluationInput in) {
        IndicatorResult r = pack.evaluate(in).leaves().get(0);
        if (r.score().isEmpty()) {
            return r.status() + (r.problems().isEmpty() ? "" : " " + r.problems().get(0).code());
        }
        return r.score().get().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
