package io.perfeval.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.PerfevalException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.rules.hebei.DepartmentInputJson;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The cases of {@link InputHostilityTest}, run in a child JVM with a 64 MB heap: every extreme number (±1e±999999999,
 * ±1e±2147483647, 1e-2147483648, 10^5 digits) through every entry point — the Hebei JSON reader (an amount, a
 * self-score, a judgement), the generic 数据 document through the command-line tool, both builders with text and with
 * {@link BigDecimal}, {@link Value#number(String)} and {@link Judgement#of}. Each must end in a located problem (a
 * subject, a JSON path or a line:column) within {@link #BOUND_MS}, and nothing else may be thrown. Prints one line per
 * case and exits 1 when any failed.
 */
public final class HostileNumbers {

    static final long BOUND_MS = 5_000;

    /** JSON number literals: each is also given to the builders as text and, when it parses, as a BigDecimal. */
    static final List<String> LITERALS = List.of("1e999999999", "-1e999999999", "1e-999999999", "-1e-999999999",
            "1e2147483647", "-1e2147483647", "1e-2147483647", "-1e-2147483647", "1e-2147483648",
            "9".repeat(100_000), "0." + "1".repeat(100_000), "-" + "7".repeat(100_000) + "e-5");

    /** The codes that refuse a number: its size (I015, J011), its text (I018) or its exponent (J023). */
    private static final Pattern REFUSED = Pattern.compile("\\b(I015|I018|J011|J023)\\b");
    private static final Pattern LINE_COLUMN = Pattern.compile(":\\d+:\\d+");
    private static final ObjectMapper TREE = new ObjectMapper();

    private final RulePack pack = ShijiazhuangDepartmentPack.pack();
    /** Made once, outside the timed cases: compiling the registered packs is not what is measured. */
    private final io.perfeval.core.PackRegistry registry = io.perfeval.core.PackRegistry.fromClassPath();
    private final String gaoyi;
    private final Path dir;
    private final List<String> failures = new ArrayList<>();
    private int cases;

    private HostileNumbers(Path dir) throws Exception {
        this.dir = dir;
        try (InputStream in = DepartmentInput.class.getResourceAsStream("examples/gaoyi-2021.json")) {
            gaoyi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws Exception {
        HostileNumbers run = new HostileNumbers(Files.createTempDirectory("hostile"));
        for (String literal : LITERALS) {
            run.all(literal);
        }
        BigDecimal huge = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE); // 1E+2147483648: no literal reaches it
        run.builders("1E+2147483648", huge);
        run.builders("10^100000", new BigDecimal(BigInteger.TEN.pow(100_000)));
        System.out.println("cases " + run.cases + " failures " + run.failures.size());
        run.failures.forEach(f -> System.out.println("FAIL " + f));
        System.exit(run.failures.isEmpty() ? 0 : 1);
    }

    private void all(String literal) throws Exception {
        String shown = literal.length() > 20 ? literal.substring(0, 12) + "…(" + literal.length() + ")" : literal;
        hebei(shown, "/决算/本年支出", literal, r -> ((ObjectNode) r.get("决算")).put("本年支出", 0));
        hebei(shown, "/自评得分/收入预算完成率", literal, r -> ((ObjectNode) r.get("自评得分")).put("收入预算完成率", 0));
        hebei(shown, "/酌情得分/部门整体效益/得分", literal,
                r -> ((ObjectNode) r.get("酌情得分").get("部门整体效益")).put("得分", 0));
        generic(shown, "收入预算数", "{\"规则包\": \"hebei/shijiazhuang-2019/department\", \"数据\": {\"收入预算数\": %s}}",
                literal);
        generic(shown, "收入预算完成率", "{\"规则包\": \"hebei/shijiazhuang-2019/department\", \"数据\": {}, "
                + "\"自评得分\": {\"收入预算完成率\": %s}}", literal);
        generic(shown, "部门整体效益", "{\"规则包\": \"hebei/shijiazhuang-2019/department\", \"数据\": {}, "
                + "\"酌情得分\": {\"部门整体效益\": {\"得分\": %s, \"理由\": \"x\"}}}", literal);
        check("Value.number(text) " + shown, "", () -> Value.number(literal));
        check("Judgement.of(text) " + shown, "", () -> Judgement.of(literal, "x"));
        check("EvaluationInput.Builder.number(text) " + shown, "收入预算数",
                () -> pack.evaluate(EvaluationInput.builder().number("收入预算数", literal).build()));
        check("EvaluationInput.Builder.selfScore(text) " + shown, "收入预算完成率",
                () -> pack.evaluate(EvaluationInput.builder().selfScore("收入预算完成率", literal).build()));
        check("EvaluationInput.Builder.judgement(text) " + shown, "部门整体效益",
                () -> pack.evaluate(EvaluationInput.builder().judgement("部门整体效益", literal, "x").build()));
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(literal);
        } catch (NumberFormatException e) {
            return; // 1e-2147483648: no BigDecimal has this value, so only the text routes above can give it
        }
        builders(shown, parsed);
    }

    /** The routes that take a BigDecimal: the core builder's data, self-scores and judgements, the Hebei builder. */
    private void builders(String shown, BigDecimal x) {
        check("EvaluationInput.Builder.put " + shown, "收入预算数",
                () -> pack.evaluate(EvaluationInput.builder().put("收入预算数", Value.number(x)).build()));
        check("EvaluationInput.Builder.selfScore " + shown, "收入预算完成率",
                () -> pack.evaluate(EvaluationInput.builder().selfScore("收入预算完成率", x).selfTotal(x).build()));
        check("EvaluationInput.Builder.judgement " + shown, "部门整体效益",
                () -> pack.evaluate(EvaluationInput.builder().judgement("部门整体效益", new Judgement(x, "x")).build()));
        // the typed path is checked at build() as the JSON reader checks a document, located by the record's key path
        check("DepartmentInput.Builder.satisfaction " + shown, "satisfaction",
                () -> pack.evaluate(DepartmentInput.builder("单位", 2021).satisfaction(x).build().toEvaluationInput()));
        check("DepartmentInput.Builder.selfScore " + shown, "selfScores[收入预算完成率]", () -> pack.evaluate(
                DepartmentInput.builder("单位", 2021).selfScore("收入预算完成率", x).build().toEvaluationInput()));
        check("DepartmentInput.Builder.judgement " + shown, "judgements[部门整体效益].score", () -> pack.evaluate(
                DepartmentInput.builder("单位", 2021).judgement("部门整体效益", x, "x").build().toEvaluationInput()));
    }

    /** The Gaoyi form with the number at {@code path} replaced by {@code literal}, read for the pack. */
    private void hebei(String shown, String path, String literal, java.util.function.Consumer<ObjectNode> zero)
            throws Exception {
        ObjectNode root = (ObjectNode) TREE.readTree(gaoyi);
        zero.accept(root);
        String marked = TREE.writeValueAsString(root);
        String json = replaceZeroAt(marked, path, literal);
        check("DepartmentInputJson " + path + " " + shown, path,
                () -> DepartmentInputJson.readFor(json, "hostile.json", pack));
    }

    /** Puts the literal where the field was set to 0: the last segment's key followed by :0. */
    private static String replaceZeroAt(String json, String path, String literal) {
        String key = "\"" + path.substring(path.lastIndexOf('/') + 1) + "\":0";
        int at = json.indexOf(key);
        if (at < 0) {
            throw new IllegalStateException("no " + key);
        }
        return json.substring(0, at) + key.substring(0, key.length() - 1) + literal
                + json.substring(at + key.length());
    }

    /** A generic 数据 document through the command-line tool: exit 2, a bounded stderr naming the datum or place. */
    private void generic(String shown, String name, String template, String literal) throws Exception {
        cases++;
        Path file = dir.resolve("generic.json");
        Files.writeString(file, template.formatted(literal), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            code = PerfevalCli.execute(new PerfevalCli.Environment(registry,
                    PerfevalCli.standardPackFiles(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)), "score", "--input", file.toString());
        } catch (Throwable t) {
            failures.add("cli " + name + " " + shown + ": threw " + t);
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String text = err.toString(StandardCharsets.UTF_8);
        String what = "cli 数据 " + name + " " + shown;
        if (code != PerfevalCli.EXIT_ERROR || text.length() > 20_000 || ms > BOUND_MS
                || text.lines().noneMatch(l -> l.contains(name) && REFUSED.matcher(l).find())) {
            failures.add(what + ": exit " + code + ", " + ms + " ms, stderr " + text.length() + " chars: "
                    + text.substring(0, Math.min(300, text.length())));
        } else {
            System.out.println("ok " + what + " " + ms + " ms " + text.lines()
                    .filter(l -> l.contains(name) && REFUSED.matcher(l).find()).findFirst().orElse(""));
        }
    }

    /** Runs {@code attempt}: a PerfevalException with a problem about {@code subject} (or placed) within the bound. */
    private void check(String what, String subject, Supplier<?> attempt) {
        cases++;
        long start = System.nanoTime();
        Object result;
        try {
            result = attempt.get();
        } catch (PerfevalException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            Problem located = e.problems().stream().filter(p -> located(p, subject)).findFirst().orElse(null);
            int length = e.getMessage().length() + e.chineseMessage().length();
            if (located == null || ms > BOUND_MS || length > 200_000) {
                failures.add(what + ": " + ms + " ms, " + length + " chars, not located: "
                        + e.problems().stream().limit(3).map(Problem::toString).toList());
            } else {
                System.out.println("ok " + what + " " + ms + " ms " + located.code() + " [" + located.subject() + "] "
                        + located.message());
            }
            return;
        } catch (Throwable t) {
            failures.add(what + ": threw " + t);
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!(result instanceof Value || result instanceof Judgement) || ms > BOUND_MS) {
            // a parsed value is accepted by Value.number/Judgement.of; the pack's validation then refuses it (above)
            failures.add(what + ": no problem, gave " + String.valueOf(result).length() + " chars in " + ms + " ms");
        } else {
            System.out.println("ok " + what + " " + ms + " ms parsed (refused when scored)");
        }
    }

    private static boolean located(Problem p, String subject) {
        return !subject.isEmpty() ? p.subject().equals(subject) || p.subject().startsWith(subject + "[")
                || LINE_COLUMN.matcher(p.message()).find()
                : p.code().equals("I018");
    }
}
