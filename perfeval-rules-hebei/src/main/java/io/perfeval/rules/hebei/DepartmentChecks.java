package io.perfeval.rules.hebei;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InputProblems;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Decimals;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one validation of a {@link DepartmentInput}, whichever way it was made: {@link DepartmentInputJson} runs it on
 * the record it bound from a document, {@link DepartmentInput.Builder#build()} and
 * {@link DepartmentInput#toEvaluationInput(RulePack)} on the record they hold, so a bad value gets the same code and
 * the same message on both paths (issue 18). Only the place differs: a JSON pointer ({@code /预算/年初预算数}) for a
 * document, the record's key path ({@code budget.initial}) for the typed path — see {@link Place}.
 *
 * <p>Without a pack: numbers beyond the input limits or negative (J011, J012), every datum in one place (J019, J020),
 * checklist answers, judgements and projects that are present but unusable (J005–J007), and shares over 100 % (J018).
 * With a pack also: the pack id (J013, J014), scores finer than the pack's rounding (J017), and every problem of the
 * pack's own validation (J015, naming the place of the datum; I019 when the list was cut).
 */
final class DepartmentChecks {

    /** How a problem names the place of the value it is about. */
    enum Place {
        /**
         * The JSON pointer of the value in the document: {@code /分项绩效项目清单/3/执行数}. The document's numbers are
         * checked by {@link #number} on its tree, before binding, so that every one is found even when a wrong type
         * elsewhere keeps the document from being bound; the bound record's numbers are then not walked again (the
         * reflective walk of the Gaoyi record took about 23 µs beside a {@code readFor} of about 160 µs, measured on a
         * shared machine).
         */
        JSON,
        /**
         * The value's key path in the {@link DepartmentInput} record, from its Java accessor names, with map keys and
         * list indices in brackets: {@code projects[3].executed}, {@code yesNo[账表一致]}, {@code satisfaction}.
         */
        TYPED;

        /** {@code pointer} (a JSON pointer into the department document) as this place names it. */
        String at(String pointer) {
            return this == JSON ? pointer : typedPath(pointer);
        }
    }

    /** How the typed path names itself in messages, where a document gives its file name. */
    static final String TYPED_SOURCE = "DepartmentInput";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DepartmentChecks() {
    }

    /**
     * Every problem of {@code in}, in a fixed order; those of {@code pack} too when it is not null. {@code source}
     * names the document (or {@link #TYPED_SOURCE}).
     */
    static List<Problem> check(DepartmentInput in, RulePack pack, String source, Place place) {
        List<Problem> out = new ArrayList<>();
        if (place == Place.TYPED) {
            // a document's numbers were checked by the same rule on its tree, before binding (see Place.JSON)
            numbers(in, DepartmentInput.class, Key.ROOT, source, place, out);
        }
        if (!out.isEmpty()) {
            return InputProblems.capped(out); // an unusable number is reported alone, as the document reader does
        }
        DatumSources.Filled filled = in.filled();
        out.addAll(filled.sources().problems(source, place));
        present(in, source, place, out);
        if (pack != null) {
            packId(in, pack, source, place, out);
            scoreDecimals(in, pack.rounding().scoreScale(), source, place, out);
        }
        atMostHundred(in.satisfaction(), "/社会公众满意度", source, place, out);
        if (in.schedule() != null) {
            in.schedule().forEach((period, x) -> atMostHundred(x, "/序时进度/" + period, source, place, out));
        }
        if (pack != null) {
            // the pack's check of a rule reported above (J017, J018) is not reported again for the same place
            Set<String> reported = new HashSet<>();
            out.forEach(p -> reported.add(p.subject()));
            List<Problem> more = new ArrayList<>();
            relay(pack.validate(filled.input()), filled.sources().paths(), source, place, more);
            more.stream().filter(p -> !reported.contains(p.subject())).forEach(out::add);
        }
        return InputProblems.capped(out);
    }

    /**
     * The rule for one number of the form, wherever it is met: within {@link EvaluationInput#withinLimits} (J011) and
     * not negative (J012) — every figure of the department form is an amount, a count, a percentage or a score.
     * Returns the problem, or null.
     */
    static Problem number(BigDecimal x, String pointer, String source, Place place) {
        String at = place.at(pointer);
        if (!EvaluationInput.withinLimits(x)) {
            return problem("J011", at, source, at, Decimals.shown(x), EvaluationInput.MAX_DECIMALS);
        } else if (x.signum() < 0) {
            return problem("J012", at, source, at, Decimals.shown(x));
        }
        return null;
    }

    /**
     * Every number of the record, by the keys {@link DepartmentInputJson#DECLARED} gives its components. The pointer is
     * a chain of keys, made a string only for a problem: a clean form has about a hundred numbers.
     */
    private static void numbers(Object value, Type type, Key at, String source, Place place, List<Problem> out) {
        if (value == null || InputProblems.full(out)) {
            return;
        }
        if (value instanceof BigDecimal x) {
            if (!EvaluationInput.withinLimits(x) || x.signum() < 0) {
                add(out, number(x, at.pointer(), source, place));
            }
        } else if (value instanceof Integer i) {
            if (i < 0) {
                add(out, number(BigDecimal.valueOf(i), at.pointer(), source, place));
            }
        } else if (value instanceof Record r) {
            for (Part part : PARTS.get(r.getClass())) {
                numbers(part.of(r), part.type(), new Key(at, part.key()), source, place, out);
            }
        } else if (value instanceof Map<?, ?> m && type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[1];
            m.forEach((k, v) -> numbers(v, element, new Key(at, String.valueOf(k)), source, place, out));
        } else if (value instanceof List<?> list && type instanceof ParameterizedType p) {
            for (int i = 0; i < list.size(); i++) {
                numbers(list.get(i), p.getActualTypeArguments()[0], new Key(at, String.valueOf(i)), source, place, out);
            }
        }
    }

    /** A JSON pointer as a chain of keys; the root has no parent and no key. */
    private record Key(Key parent, String key) {
        static final Key ROOT = new Key(null, null);

        String pointer() {
            return parent == null ? "" : parent.pointer() + "/" + key;
        }
    }

    /** A record component with its JSON key, in declaration order; reflected once per class. */
    private record Part(java.lang.reflect.Method accessor, Type type, String key) {
        Object of(Record r) {
            try {
                return accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + key + " of " + r.getClass().getSimpleName(), e);
            }
        }
    }

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> raw) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                parts.add(new Part(c.getAccessor(), c.getGenericType(), DepartmentInputJson.key(c)));
            }
            return List.copyOf(parts);
        }
    };

    private static void add(List<Problem> out, Problem p) {
        if (p != null) {
            out.add(p);
        }
    }

    /** What the types cannot say: answers, judgements and projects that are present but unusable (J005–J007). */
    private static void present(DepartmentInput in, String source, Place place, List<Problem> out) {
        if (in.checklists() != null) {
            for (Map.Entry<String, List<String>> e : in.checklists().entrySet()) {
                List<String> answers = e.getValue() == null ? List.of() : e.getValue();
                for (int i = 0; i < answers.size() && !InputProblems.full(out); i++) {
                    String a = answers.get(i);
                    if (!DepartmentInput.MET.equals(a) && !DepartmentInput.NOT_MET.equals(a)) {
                        out.add(problem("J005", place.at("/检查清单/" + e.getKey() + "/" + i), source, i + 1, a));
                    }
                }
            }
        }
        if (in.judgements() != null) {
            in.judgements().forEach((name, j) -> {
                if (j == null || j.score() == null || j.reason() == null || j.reason().isBlank()) {
                    out.add(problem("J006", place.at("/酌情得分/" + name), source, name));
                }
            });
        }
        if (in.projects() != null) {
            for (int i = 0; i < in.projects().size() && !InputProblems.full(out); i++) {
                DepartmentInput.Project p = in.projects().get(i);
                String at = place.at("/分项绩效项目清单/" + i);
                if (p == null || p.name() == null || p.name().isBlank() || p.budget() == null || p.executed() == null) {
                    out.add(problem("J007", at, source, i + 1));
                }
            }
        }
    }

    /** J013 when the input names no pack, J014 when it names another pack or another version of this one. */
    private static void packId(DepartmentInput in, RulePack pack, String source, Place place, List<Problem> out) {
        String wanted = pack.info().id();
        String at = place.at("/规则包");
        if (in.packId() == null || in.packId().isBlank()) {
            out.add(problem("J013", at, source, wanted + "@" + pack.info().version()));
        } else {
            String[] idVersion = in.packId().strip().split("@", 2);
            if (!idVersion[0].equals(wanted) || (idVersion.length == 2 && !idVersion[1].equals(pack.info().version()))) {
                out.add(problem("J014", at, source, in.packId(), wanted + "@" + pack.info().version()));
            }
        }
    }

    /** J017 for a judgement score, self-score or self-total finer than the pack's score rounding. */
    private static void scoreDecimals(DepartmentInput in, int scale, String source, Place place, List<Problem> out) {
        if (in.judgements() != null) {
            in.judgements().forEach((name, j) -> {
                if (j != null && j.score() != null) {
                    decimals(j.score(), scale, "/酌情得分/" + name + "/得分", source, place, out);
                }
            });
        }
        if (in.selfScores() != null) {
            in.selfScores().forEach((name, x) -> decimals(x, scale, "/自评得分/" + name, source, place, out));
        }
        decimals(in.selfTotal(), scale, "/自评合计", source, place, out);
    }

    private static void decimals(BigDecimal x, int scale, String pointer, String source, Place place,
                                 List<Problem> out) {
        if (x != null && x.stripTrailingZeros().scale() > scale) {
            String at = place.at(pointer);
            out.add(problem("J017", at, source, at, Decimals.shown(x), scale));
        }
    }

    private static void atMostHundred(BigDecimal x, String pointer, String source, Place place, List<Problem> out) {
        if (x != null && x.compareTo(HUNDRED) > 0) {
            String at = place.at(pointer);
            out.add(problem("J018", at, source, at, Decimals.shown(x)));
        }
    }

    /**
     * The pack's own problems as J015 at the place of their datum: I019 as it is (the list was cut), I020 and I014
     * left out (the self-scores' decimals and signs: J017 and J012 say them with their places).
     */
    private static void relay(List<Problem> found, Map<String, String> sources, String source, Place place,
                              List<Problem> out) {
        for (Problem p : found) {
            if (p.code().equals("I019")) {
                out.add(p);
            } else if (p.isError() && !p.code().equals("I020") && !p.code().equals("I014")) {
                String at = place.at(pointerOf(p.code(), p.subject(), sources));
                out.add(problem("J015", at, source, at, p.code(), p.message(), p.englishMessage()));
            }
        }
    }

    /** The JSON pointer of the datum or indicator a pack problem names. */
    private static String pointerOf(String code, String datum, Map<String, String> sources) {
        switch (code) {
            case "I010", "I011", "I012", "I017":
                return "/酌情得分/" + datum;
            case "I013", "I014":
                return "/自评得分/" + datum;
            case "I006", "I007":
                return "/检查清单/" + datum;
            default:
                break;
        }
        String base = datum.contains("[") ? datum.substring(0, datum.indexOf('[')) : datum;
        String p = sources.getOrDefault(base, DatumSources.FORM.get(base));
        if (p != null) {
            return datum.contains("[") ? p + "/" + datum.substring(datum.indexOf('[') + 1, datum.length() - 1) : p;
        }
        return "/" + datum; // a datum the input does not give (I001): named as the pack does
    }

    /**
     * {@code pointer} as the key path of the {@link DepartmentInput} record: each JSON key of a record is its
     * component's name ({@code /预算/年初预算数} → {@code budget.initial}), a map key or list index is put in brackets
     * ({@code /分项绩效项目清单/3/执行数} → {@code projects[3].executed}); a key the record does not declare (a datum
     * the input does not give) is kept as it is.
     */
    static String typedPath(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Type type = DepartmentInput.class;
        for (String key : pointer.substring(1).split("/", -1)) {
            Class<?> raw = type == null ? null
                    : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            RecordComponent c = raw != null && raw.isRecord() ? DepartmentInputJson.component(raw, key) : null;
            if (c != null) {
                out.append(out.length() == 0 ? "" : ".").append(c.getName());
                type = c.getGenericType();
            } else if (raw != null && raw.isRecord() || raw == null && out.length() == 0) {
                out.append(out.length() == 0 ? "" : ".").append(key);
                type = null;
            } else {
                out.append('[').append(key).append(']');
                type = type instanceof ParameterizedType p
                        ? p.getActualTypeArguments()[p.getActualTypeArguments().length - 1] : null;
            }
        }
        return out.toString();
    }

    static Problem problem(String code, String at, String source, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = source;
        System.arraycopy(args, 0, all, 1, args.length);
        return Problem.of(DepartmentInputJson.BUNDLE, code, Severity.ERROR, at, null, all);
    }
}
