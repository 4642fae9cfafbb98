package io.perfeval.dsl;

import java.util.List;

/**
 * A formula that defines a name the pack does not declare: 「执行率=实际支出/预算数×100%」 with no 执行率 in 计算. Tables
 * open a criterion with the measure's formula this way more than any other way; read as a comparison it fails deep
 * inside the formula (at 「100」), where the grammar's expected tokens say nothing useful. This finds it, so that the
 * error names the undeclared measure and gives the declaration to add (D068).
 */
final class UndeclaredDefinition {

    /** Tokens [first, last] of the definition: the undefined word(s) before {@code eq}, =, and the formula. */
    record Span(int first, int eq, int last) {
    }

    private UndeclaredDefinition() {
    }

    /**
     * The undeclared definition whose sentence contains token {@code at}, or null: words (not a declared name) at the
     * start of a sentence or after a comma, then =, then a formula that uses a declared name or an operator (a bare
     * number after = is a comparison: 「完成率=100%」).
     */
    static Span around(List<CriterionTokens.Tok> toks, int at) {
        int start = Math.min(at, toks.size() - 1);
        while (start > 0 && !ends(toks.get(start - 1).getType())) {
            start--;
        }
        int first = start;
        int k = start;
        while (k < toks.size() && toks.get(k).getType() == CriterionParser.WORD) {
            k++;
        }
        if (k == first || k >= toks.size() || toks.get(k).getType() != CriterionParser.EQ) {
            return null;
        }
        int last = k;
        boolean formula = false;
        for (int j = k + 1; j < toks.size() && !ends(toks.get(j).getType()); j++) {
            int type = toks.get(j).getType();
            formula |= type == CriterionParser.NAME || type == CriterionParser.DIV || type == CriterionParser.TIMES
                    || type == CriterionParser.PLUS || type == CriterionParser.MINUS;
            last = j;
        }
        return formula && last > k && at <= last ? new Span(first, k, last) : null;
    }

    private static boolean ends(int type) {
        return type == CriterionParser.SEMI || type == CriterionParser.COMMA || type == CriterionParser.MARKER;
    }
}
