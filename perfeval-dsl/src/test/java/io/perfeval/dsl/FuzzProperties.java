package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Robustness: every seed criterion with characters deleted, swapped or duplicated, full-/half-width swaps and random
 * CJK inserted, put back into the Shijiazhuang pack, and random texts as whole packs — the compiler returns a pack or
 * diagnostics, never another exception, a hang or a stack overflow.
 */
class FuzzProperties {

    static final AtomicInteger MUTATED = new AtomicInteger();
    static final AtomicInteger RANDOM = new AtomicInteger();
    static final AtomicInteger COMPILED = new AtomicInteger();
    static final String PACK = Packs.shijiazhuang();
    static final List<int[]> CRITERIA = new ArrayList<>();

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
