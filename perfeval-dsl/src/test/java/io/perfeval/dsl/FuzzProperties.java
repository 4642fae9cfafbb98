package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import java.util.Random;

/**
 * Robustness: every seed criterion with characters deleted, swapped or duplicated, full-/half-width swaps and random
 * CJK inserted, put back into the Shijiazhuang pack, and random texts as whole packs — the compiler returns a pack or
 * diagnostics, never another exception, a hang or a stack overflow.
 */
class FuzzProperties {

    static final AtomicInteger MUTATED = new AtomicInteger();
    static final AtomicInteger RANDOM = new AtomicInteger();
    static final AtomicInteger COMPILED = new AtomicInteger();
    /** Cases of the campaign below, by kind: mutated criterion, mutated file, grammar-generated pack, random text. */
    static final java.util.concurrent.atomic.AtomicLongArray CAMPAIGN = new java.util.concurrent.atomic.AtomicLongArray(4);
    static final java.util.concurrent.atomic.AtomicLongArray CAMPAIGN_COMPILED =
            new java.util.concurrent.atomic.AtomicLongArray(4);
    static final java.util.concurrent.atomic.AtomicLong CAMPAIGN_NANOS = new java.util.concurrent.atomic.AtomicLong();
    /** Total campaign cases: 4,000 by default, 10^6 with -Pfuzz (system property perfeval.fuzz.cases). */
    static final int CAMPAIGN_CASES = Integer.getInteger("perfeval.fuzz.cases", 4_000);
    static final int CAMPAIGN_TRIES = 200;
    static final String PACK = Packs.shijiazhuang();
    static final List<int[]> CRITERIA = new ArrayList<>();
    /** The Shijiazhuang declarations (header, 数据, 计算, 别名) without the table: a small pack to put one leaf in. */
    static final String DECLARATIONS = PACK.substring(0, PACK.indexOf("\n指标：") + 1);

    static {
        Matcher m = Pattern.compile("评价标准「([^」]*)」").matcher(PACK);
        while (m.find()) {
            CRITERIA.add(new int[] {m.start(1), m.end(1)});
        }
    }

    record Mutation(int criterion, List<int[]> edits) {
    }

    @Property(tries = 600)
    void mutatedSeedCriteriaGiveAPackOrDiagnostics(@ForAll("mutations") Mutation m) {
        MUTATED.incrementAndGet();
        int[] span = CRITERIA.get(m.criterion() % CRITERIA.size());
        StringBuilder c = new StringBuilder(PACK.substring(span[0], span[1]));
        for (int[] e : m.edits()) {
            if (c.length() == 0) {
                break;
            }
            int i = Math.floorMod(e[1], c.length());
            switch (e[0]) {
                case 0 -> c.deleteCharAt(i);
                case 1 -> {
                    int j = Math.floorMod(e[1] + 1, c.length());
                    char x = c.charAt(i);
                    c.setCharAt(i, c.charAt(j));
                    c.setCharAt(j, x);
                }
                case 2 -> c.insert(i, c.charAt(i));
                case 3 -> c.setCharAt(i, widthSwap(c.charAt(i)));
                default -> c.insert(i, (char) (0x4E00 + Math.floorMod(e[2], 0x51A5)));
            }
        }
        String text = PACK.substring(0, span[0]) + c.toString().replace("」", "") + PACK.substring(span[1]);
        check(text);
    }

    @Property(tries = 300)
    void randomTextsGiveAPackOrDiagnostics(@ForAll("texts") String text) {
        RANDOM.incrementAndGet();
        check(text);
        check("规则包：x\n名称：「x」\n指标：\n一级：甲（100）\n评价标准「" + text.replace("」", "") + "」\n");
    }

    /**
     * The campaign: each jqwik try draws a seed and runs a batch of cases generated from it, so the number of cases
     * scales with a system property while a failure still names its seed (and the text, in the assertion message).
     * Four kinds in turn: a seed criterion mutated (deletions, swaps, duplications, full-/half-width swaps, random CJK)
     * in a one-leaf pack with the Shijiazhuang declarations; a small valid pack mutated as a file (lines and characters
     * deleted, duplicated, swapped); a pack generated from the grammar (random declarations, indicator trees,
     * criteria from phrase fragments, canonical 规则, 不适用条件); random Unicode and random CJK.
     */
    @Property(tries = CAMPAIGN_TRIES)
    void campaignEveryCaseGivesAPackOrDiagnostics(@ForAll long seed) {
        Random r = new Random(seed);
        int batch = Math.max(1, CAMPAIGN_CASES / CAMPAIGN_TRIES);
        for (int i = 0; i < batch; i++) {
            int kind = i % 4;
            String text = switch (kind) {
                case 0 -> mutatedCriterionPack(r);
                case 1 -> mutatedFile(r);
                case 2 -> generatedPack(r);
                default -> randomText(r);
            };
            CAMPAIGN.incrementAndGet(kind);
            long start = System.nanoTime();
            CompileResult c;
            try {
                c = PackCompiler.compile(text, "fuzz.perfeval");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed " + seed + " case " + i + ": " + e + "\n" + text, e);
            }
            CAMPAIGN_NANOS.addAndGet(System.nanoTime() - start);
            if (c.pack().isPresent()) {
                CAMPAIGN_COMPILED.incrementAndGet(kind);
            } else if (!c.hasErrors()) {
                throw new AssertionError("seed " + seed + " case " + i + ": no pack and no error\n" + text);
            }
            for (var p : c.problems()) {
                if (p.location().isEmpty() || p.code().equals("D057")) {
                    throw new AssertionError("seed " + seed + " case " + i + ": " + p.display() + "\n" + text);
                }
            }
        }
    }

    static String mutatedCriterionPack(Random r) {
        int[] span = CRITERIA.get(r.nextInt(CRITERIA.size()));
        StringBuilder c = new StringBuilder(PACK.substring(span[0], span[1]));
        mutate(c, r, 1 + r.nextInt(6));
        return DECLARATIONS + "指标：\n一级：甲（100）\n  评价标准「" + c.toString().replace("」", "")
                + "」\n";
    }

    static final String SMALL = """
            规则包：fuzz/small
            名称：「小」
            总分：10
            不适用处理：按比例折算
            数据：
              预算数：金额（万元）
              支出数：金额（万元）
              满意度：百分比
              按时：是否
            计算：
              执行率 = 支出数 / 预算数 × 100%，保留两位小数
            指标：
            一级：执行率（4）
              评价标准「执行率≥95%得满分；低于95%每降低一个百分点扣0.2分，扣完为止。」
              不适用条件：预算数 = 0 万元「未安排预算」
            一级：满意度（4）
              评价标准「满意度在90%以上得满分；80%(含)-90%得3分；低于80%不得分。」
            一级：按时（2）
              规则：分情形｛当 按时：得满分；其余：得 0分｝
            """;

    @net.jqwik.api.Example
    void theCampaignsStartingPointsCompile() {
        assertTrue(PackCompiler.compile(SMALL, "small.perfeval").pack().isPresent(),
                () -> PackCompiler.compile(SMALL, "small.perfeval").problems().toString());
        // criteria that need their indicator's 用语/达标 do not compile alone; most do, and mutations start from them
        long standalone = CRITERIA.stream().filter(span -> PackCompiler.compile(DECLARATIONS
                + "指标：\n一级：甲（100）\n  评价标准「" + PACK.substring(span[0], span[1]) + "」\n", "one.perfeval")
                .pack().isPresent()).count();
        assertTrue(standalone >= 10, standalone + " of " + CRITERIA.size());
    }

    static String mutatedFile(Random r) {
        List<String> lines = new ArrayList<>(List.of(SMALL.split("\n")));
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(4)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(r.nextInt(lines.size())));
                case 2 -> java.util.Collections.swap(lines, i, r.nextInt(lines.size()));
                default -> {
                    StringBuilder l = new StringBuilder(lines.get(i));
                    mutate(l, r, 1 + r.nextInt(3));
                    lines.set(i, l.toString());
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static void mutate(StringBuilder c, Random r, int edits) {
        for (int e = 0; e < edits && c.length() > 0; e++) {
            int i = r.nextInt(c.length());
            switch (r.nextInt(5)) {
                case 0 -> c.deleteCharAt(i);
                case 1 -> {
                    int j = r.nextInt(c.length());
                    char x = c.charAt(i);
                    c.setCharAt(i, c.charAt(j));
                    c.setCharAt(j, x);
                }
                case 2 -> c.insert(i, c.substring(i, Math.min(c.length(), i + 1 + r.nextInt(8))));
                case 3 -> c.setCharAt(i, widthSwap(c.charAt(i)));
                default -> c.insert(i, (char) (0x4E00 + r.nextInt(0x51A5)));
            }
        }
    }

    static final String[] TYPES = {"金额（万元）", "金额（元）", "百分比", "数量（件）", "数值（日）", "是否",
        "清单：「第1项」、「第2项」", "分期（%）：第一季度、第二季度", "金额（斤）", "百分比（）"};
    static final String[] CMP = {"≥", "≤", "<", ">", "大于或等于", "不低于", "低于", "超过", "以上", "以下"};
    static final String[] OUTCOMES = {"得满分", "不得分", "得1分", "扣0.5分", "扣分值的十分之一", "在0分和满分之间确定",
        "酌情扣分", "实行一票否决", "每降低一个百分点扣0.1分", "扣完为止", "每五个百分点为档，每档扣1分", "得满分2分"};
    static final String[] RULES = {"得满分", "得 1分", "酌情 0分 至 分值 × 1 / 1", "一票否决 本指标", "不适用「无」", "无规则",
        "公式 %s × 分值 封顶", "分情形｛当 %s ≥ 90%%：得满分；其余：得 0分｝", "扣分｛按档 %s 低于 95%% 每 1%% 扣 0.1分 按实际折算｝ 扣完为止",
        "分项｛「甲」 %2$s分：分情形｛当 %1$s ≥ 90%%：得满分；其余：得 0分｝；「乙」 %3$s分：公式 %1$s × 分值 封顶｝"};

    /** A pack from the grammar's parts: mostly well-formed, often subtly wrong (units, sums, names, levels). */
    static String generatedPack(Random r) {
        StringBuilder p = new StringBuilder("规则包：fuzz/g").append(r.nextInt(100)).append("\n名称：「生成」\n");
        int leaves = 1 + r.nextInt(5);
        int each = 1 + r.nextInt(20);
        p.append("总分：").append(leaves * each).append('\n');
        if (r.nextBoolean()) {
            p.append("得分：保留").append(r.nextInt(4)).append("位小数，").append(pick(r, "四舍五入", "去尾", "进一", "随便"))
                    .append('\n');
        }
        p.append("数据：\n");
        int nData = 1 + r.nextInt(6);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nData; i++) {
            String name = cjk(r, 1 + r.nextInt(4));
            names.add(name);
            p.append("  ").append(name).append('：').append(TYPES[r.nextInt(TYPES.length)]).append('\n');
        }
        if (r.nextBoolean() && names.size() >= 2) {
            p.append("计算：\n  比率 = ").append(names.get(0)).append(" / ").append(names.get(1))
                    .append(" × 100%，保留两位小数\n");
            names.add("比率");
        }
        p.append("指标：\n");
        for (int i = 0; i < leaves; i++) {
            String subject = names.get(r.nextInt(names.size()));
            if (r.nextInt(3) == 0) {
                p.append("一级：组").append(i).append('（').append(each).append("）\n  三级：");
            } else {
                p.append("一级：");
            }
            p.append(subject).append(i).append('（').append(each).append("）\n");
            if (r.nextInt(4) == 0) {
                // a 分项 rule splits the 分值 in two (the other rules use the subject alone)
                BigDecimal half = BigDecimal.valueOf(each).divide(BigDecimal.valueOf(2));
                p.append("    规则：").append(String.format(java.util.Locale.ROOT, RULES[r.nextInt(RULES.length)], subject,
                        half.toPlainString(), BigDecimal.valueOf(each).subtract(half).toPlainString())).append('\n');
            } else {
                StringBuilder c = new StringBuilder();
                int clauses = 1 + r.nextInt(3);
                for (int k = 0; k < clauses; k++) {
                    c.append(subject).append(CMP[r.nextInt(CMP.length)]).append(r.nextInt(120))
                            .append(r.nextBoolean() ? "%" : "").append(OUTCOMES[r.nextInt(OUTCOMES.length)])
                            .append(pick(r, "；", "，", "。", ";"));
                }
                p.append("    评价标准「").append(c).append("」\n");
            }
            if (r.nextInt(3) == 0) {
                p.append("    不适用条件：").append(names.get(r.nextInt(names.size()))).append(" = 0").append("「无」\n");
            }
            if (r.nextInt(4) == 0) {
                p.append("    计分对象：").append(subject).append('\n');
            }
        }
        return p.toString();
    }

    static String randomText(Random r) {
        int n = r.nextInt(300);
        StringBuilder s = new StringBuilder();
        boolean cjk = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(cjk ? 0x4E00 + r.nextInt(0x51A5) : r.nextInt(0x3000) == 0 ? 0x1F600 : r.nextInt(0xD7FF));
        }
        return r.nextBoolean() ? s.toString()
                : "规则包：x\n名称：「x」\n指标：\n一级：甲（100）\n评价标准「" + s.toString().replace("」", "") + "」\n";
    }

    private static String cjk(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) (0x4E00 + r.nextInt(0x51A5)));
        }
        return s.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static void check(String text) {
        long start = System.nanoTime();
        CompileResult r = PackCompiler.compile(text, "fuzz.perfeval");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertNotNull(r);
        assertTrue(r.pack().isPresent() || r.hasErrors(), "no pack and no error");
        assertTrue(ms < 5_000, "compile took " + ms + " ms");
        if (r.pack().isPresent()) {
            COMPILED.incrementAndGet();
        }
        for (var p : r.problems()) {
            assertNotNull(Diagnostics.render(p, text));
            assertTrue(p.location().isPresent(), () -> "unlocated " + p.display() + "\n" + text);
            assertTrue(!p.code().equals("D057"), () -> "the compiler's defect guard fired\n" + text);
        }
    }

    static char widthSwap(char c) {
        if (c >= '!' && c <= '~') {
            return (char) (c - '!' + '！');
        }
        if (c >= '！' && c <= '～') {
            return (char) (c - '！' + '!');
        }
        return switch (c) {
            case '，' -> ',';
            case '；' -> ';';
            case '。' -> '.';
            case '（' -> '(';
            case '）' -> ')';
            default -> c;
        };
    }

    @AfterContainer
    static void report() {
        System.out.println("fuzz: " + MUTATED.get() + " mutated seed criteria, " + RANDOM.get()
                + " random texts (x2), " + COMPILED.get() + " compiled to a pack; no other exception, no hang");
        long cases = 0;
        for (int k = 0; k < 4; k++) {
            cases += CAMPAIGN.get(k);
        }
        System.out.println("fuzz campaign: " + cases + " cases (" + CAMPAIGN.get(0) + " mutated criteria, "
                + CAMPAIGN.get(1) + " mutated files, " + CAMPAIGN.get(2) + " grammar-generated packs, "
                + CAMPAIGN.get(3) + " random texts); compiled to a pack: " + CAMPAIGN_COMPILED + ", the rest "
                + "rejected with diagnostics; mean compile " + (cases == 0 ? 0 : CAMPAIGN_NANOS.get() / cases / 1000)
                + " µs");
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<int[]> edit = Arbitraries.integers().between(0, 4).flatMap(kind -> Arbitraries.integers()
                .between(0, 10_000).flatMap(at -> Arbitraries.integers().between(0, 100_000)
                        .map(x -> new int[] {kind, at, x})));
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 32), edit.list().ofMinSize(1)
                .ofMaxSize(6)).as(Mutation::new);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("规则包指标一级二级三级评价标准「」：:（）()%％≥≤每扣分得满分不得分以上以下之间为档且或非0123456789.，；。、—-")
                        .ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMaxLength(100),
                Arbitraries.strings().withChars("(（[{｛").ofMinLength(50).ofMaxLength(2000));
    }
}
