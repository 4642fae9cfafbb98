package io.perfeval.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrase lexicon of the criterion language: for each token kind of {@code Criterion.g4}, the spellings official
 * tables use, read from {@code criterion-lexicon.txt} (the one source: the README's table is checked against it). A
 * pack may add spellings of its own ({@code 写法：}); {@link #with} makes that pack's lexicon. Immutable.
 */
final class Lexicon {

    /** One spelling: the text, its token type, the family it belongs to and the family's value (or null). */
    record Spelling(String text, int type, String family, String value) {
    }

    /** A family as the lexicon file lists it. */
    record Family(int type, String name, String value, List<String> spellings) {
    }

    static final String RESOURCE = "io/perfeval/dsl/criterion-lexicon.txt";
    // TYPES before STANDARD: loading the lexicon looks token types up
    /** The grammar's token types by symbolic name, read once (not once per family). */
    private static final Map<String, Integer> TYPES = types();
    static final Lexicon STANDARD = load();
    /** Traditional characters read as their simplified form ({@code traditional.txt}), by code unit. */
    private static final char[] SIMPLIFIED = simplifiedTable();

    private static char[] simplifiedTable() {
        char[] table = new char[0x10000];
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("io/perfeval/dsl/traditional.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/perfeval/dsl/traditional.txt");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() == 3 && line.charAt(1) == '\t') {
                    table[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /**
     * {@code c}, or its simplified form when it is a traditional character of the table: criteria some sites publish
     * in traditional script read as the same words (個百分點 is 个百分点), and so do the names a pack declares.
     */
    static char simplified(char c) {
        char s = SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    final List<Family> families;
    /** Spellings by first character, longest first (spellings of one length in file order). */
    private final Map<Character, List<Spelling>> byFirst;
    /**
     * By first two characters: the spellings that begin with them, longest first, then the one-character spellings
     * of the first. A phrase is looked for at every position of every criterion, and the families share first
     * characters (扣, 每, 不, 得 begin dozens of spellings each), so two characters cut the candidates to a few.
     */
    private final Map<Integer, List<Spelling>> byPair;
    private final Map<String, Family> byName;

    private Lexicon(List<Family> families) {
        this.families = List.copyOf(families);
        this.byName = new LinkedHashMap<>();
        this.byFirst = new HashMap<>();
        for (Family f : families) {
            byName.putIfAbsent(f.name(), f);
            for (String text : f.spellings()) {
                // longest first, spellings of one length in file order: insert after those not shorter (one pass,
                // no comparator lambda: this runs in every JVM's first compile)
                Spelling s = new Spelling(text, f.type(), f.name(), f.value());
                List<Spelling> list = byFirst.get(text.charAt(0));
                if (list == null) {
                    list = new ArrayList<>();
                    byFirst.put(text.charAt(0), list);
                }
                int at = 0;
                while (at < list.size() && list.get(at).text().length() >= text.length()) {
                    at++;
                }
                list.add(at, s);
            }
        }
        this.byPair = pairs(byFirst);
    }

    private static Map<Integer, List<Spelling>> pairs(Map<Character, List<Spelling>> byFirst) {
        Map<Integer, List<Spelling>> out = new HashMap<>();
        for (List<Spelling> list : byFirst.values()) {
            List<List<Spelling>> made = new ArrayList<>();
            for (Spelling s : list) {
                if (s.text().length() > 1) {
                    // list is longest first, so each pair's list is too
                    List<Spelling> pair = out.get(pairKey(s.text().charAt(0), s.text().charAt(1)));
                    if (pair == null) {
                        pair = new ArrayList<>();
                        out.put(pairKey(s.text().charAt(0), s.text().charAt(1)), pair);
                        made.add(pair);
                    }
                    pair.add(s);
                }
            }
            for (List<Spelling> pair : made) {
                pair.addAll(singles(list));
            }
        }
        return out;
    }

    /** The one-character spellings at the end of a longest-first list. */
    private static List<Spelling> singles(List<Spelling> list) {
        int k = list.size();
        while (k > 0 && list.get(k - 1).text().length() == 1) {
            k--;
        }
        return list.subList(k, list.size());
    }

    private static int pairKey(char first, char second) {
        return first << 16 | second;
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new Lexicon(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The families of a lexicon file's text (lines 记号 TAB 族名 TAB 值 TAB 写法、写法…; # comments). */
    static List<Family> parse(String text) {
        List<Family> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalStateException("lexicon line needs 4 columns: " + line);
            }
            int type = type(cols[0]);
            List<String> spellings = new ArrayList<>();
            for (String s : cols[3].strip().split("、")) {
                for (String spelling : expand(s.replace("〔顿号〕", "、"))) {
                    if (!spelling.isEmpty() && !spellings.contains(spelling)) {
                        spellings.add(spelling);
                    }
                }
            }
            out.add(new Family(type, cols[1], cols[2].equals("-") ? null : cols[2], List.copyOf(spellings)));
        }
        return out;
    }

    /** Most spellings one pattern may stand for: a pattern is shorthand, not a generator of every string. */
    static final int MAX_EXPANSION = 64;

    /**
     * The spellings a pattern stands for: {@code {甲|乙|}} is one of 甲, 乙 or nothing, so 扣完{本|该}项分值为止 is
     * 扣完本项分值为止 and 扣完该项分值为止. A family lists the near-misses of a phrase that tables write (本/该/此,
     * 分值/分数) once, as a rule, instead of one spelling at a time. Order: the pattern's choices, left to right. A
     * spelling without {@code {} is itself, | and } included.
     */
    static List<String> expand(String pattern) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            return List.of(pattern); // | and } alone are spellings (绝对值 is written |x|)
        }
        int close = pattern.indexOf('}', open);
        if (close < 0 || pattern.lastIndexOf('{', close) != open) {
            throw new IllegalStateException("lexicon pattern with an unclosed or nested {: " + pattern);
        }
        String head = pattern.substring(0, open);
        if (head.indexOf('}') >= 0 || head.indexOf('|') >= 0) {
            throw new IllegalStateException("lexicon pattern with | or } outside {…}: " + pattern);
        }
        String tail = pattern.substring(close + 1);
        if (tail.indexOf('{') < 0 && (tail.indexOf('}') >= 0 || tail.indexOf('|') >= 0)) {
            throw new IllegalStateException("lexicon pattern with | or } outside {…}: " + pattern);
        }
        List<String> rests = expand(tail);
        List<String> out = new ArrayList<>();
        for (String choice : pattern.substring(open + 1, close).split("\\|", -1)) {
            for (String rest : rests) {
                out.add(head + choice + rest);
                if (out.size() > MAX_EXPANSION) {
                    throw new IllegalStateException("lexicon pattern stands for more than " + MAX_EXPANSION
                            + " spellings: " + pattern);
                }
            }
        }
        return out;
    }

    /** The token type of a symbolic name of the criterion grammar. */
    static int type(String symbolic) {
        Integer t = TYPES.get(symbolic);
        if (t == null) {
            throw new IllegalStateException("no token " + symbolic + " in CriterionParser.g4");
        }
        return t;
    }

    private static Map<String, Integer> types() {
        Map<String, Integer> out = new HashMap<>();
        for (int t = 1; t <= CriterionParser.VOCABULARY.getMaxTokenType(); t++) {
            String name = CriterionParser.VOCABULARY.getSymbolicName(t);
            if (name != null) {
                out.put(name, t);
            }
        }
        return out;
    }

    /** This lexicon with {@code extra} spellings added to the families they name. */
    Lexicon with(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<Family> more = new ArrayList<>();
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : extra.entrySet()) {
            added.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        for (Family f : families) {
            List<String> spellings = new ArrayList<>(f.spellings());
            List<String> plus = added.remove(f.name());
            if (plus != null) {
                spellings.addAll(plus);
            }
            more.add(new Family(f.type(), f.name(), f.value(), spellings));
        }
        return new Lexicon(more);
    }

    /** The family of a name, for a pack's 写法 declarations. */
    Family family(String name) {
        return byName.get(name);
    }

    /**
     * The family whose spelling {@code text} is, when exactly one family spells it so: a pack's 写法 may name a family
     * by one of its spellings (「综合评分」 → 「酌情评分」, a spelling of 酌情) as well as by its name. Null otherwise.
     */
    Family familyOfSpelling(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Family found = null;
        for (Spelling s : startingAt(text, 0)) {
            if (s.text().equals(text)) {
                Family f = byName.get(s.family());
                if (found != null && found != f) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /** Every family name, for "did you mean" on a pack's 写法 declarations. */
    List<String> familyNames() {
        return new ArrayList<>(byName.keySet());
    }

    /**
     * The spellings that may match {@code text} at {@code i}, longest first: those that begin with its two characters
     * there, then those of its one. Every spelling that matches at {@code i} is in the list, longest first and
     * spellings of one length in file order.
     */
    List<Spelling> startingAt(String text, int i) {
        char c = text.charAt(i);
        if (i + 1 < text.length()) {
            List<Spelling> pair = byPair.get(pairKey(c, text.charAt(i + 1)));
            if (pair != null) {
                return pair;
            }
        }
        List<Spelling> all = byFirst.get(c);
        // no spelling begins with these two characters: only the one-character spellings can match
        return all == null ? List.of() : singles(all);
    }

    /** Family names of a token type, joined, with a few spellings: what an error says was expected. */
    String describe(int type) {
        StringBuilder b = new StringBuilder();
        for (Family f : families) {
            if (f.type() != type || f.name().equals("普通词")) {
                continue;
            }
            if (b.length() > 0) {
                b.append("、");
            }
            b.append(f.name());
        }
        return b.toString();
    }

    /** A few spellings of a token type's families, for examples in messages. */
    List<String> examples(int type, int most) {
        List<String> out = new ArrayList<>();
        for (Family f : families) {
            if (f.type() != type) {
                continue;
            }
            for (String s : f.spellings()) {
                if (out.size() < most) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
