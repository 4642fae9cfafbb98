package io.perfeval.dsl;

import io.perfeval.core.rule.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a pack declares (data, measures) and their aliases, with what each can be used for. Criterion text is
 * matched against these names (longest match), because Chinese has no spaces between words.
 */
final class NameTable {

    enum Kind { NUMERIC, YES_NO, CHECKLIST, SERIES }

    record Entry(String name, Kind kind, Unit unit, List<String> periods) {
        Entry {
            periods = List.copyOf(periods);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** {@link #matchable()}, made once for the criteria that follow, until a name is added. */
    private CriterionTokens.Names matchable;

    void add(Entry e) {
        entries.put(e.name(), e);
        // the checklists criteria declare arrive one by one between criteria: extend the index rather than remake it
        matchable = matchable == null ? null : matchable.with(normal(e.name()), e);
    }

    void alias(String alias, String target) {
        aliases.put(alias, target);
        matchable = null;
    }

    /**
     * Every name and alias in its normal spelling (as criterion text is matched) with its entry; a later spelling wins
     * a clash. Made once per table rather than per criterion: a pack's 33 criteria read the same names.
     */
    CriterionTokens.Names matchable() {
        if (matchable == null) {
            Map<String, Object> lookup = new LinkedHashMap<>();
            for (String s : spellings()) {
                lookup.put(normal(s), get(s));
            }
            matchable = new CriterionTokens.Names(lookup);
        }
        return matchable;
    }

    boolean has(String name) {
        return entries.containsKey(name) || aliases.containsKey(name);
    }

    Entry get(String nameOrAlias) {
        Entry e = entries.get(nameOrAlias);
        if (e != null) {
            return e;
        }
        String t = aliases.get(nameOrAlias);
        return t == null ? null : entries.get(t);
    }

    /** Every name and alias, for matching and for "did you mean". */
    List<String> spellings() {
        List<String> out = new ArrayList<>(entries.keySet());
        out.addAll(aliases.keySet());
        return out;
    }

    /** Spellings as they are matched in criterion text: without quote marks. */
    static String normal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (!isQuote(c) && !Character.isWhitespace(c) && c != '\u3000') {
                b.append(Lexicon.simplified(c));
            }
        }
        return b.toString();
    }

    static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\'';
    }
}
