package io.perfeval.dsl;

/**
 * What the readings' steps share ({@link PartsInOrder}, {@link Deductions}, {@link RuleAssembly},
 * {@link OrderedClauses}): the criterion's collected parts, its reader and context, the items the evaluator answers,
 * and the reader's way to refuse a span or to quote it.
 */
abstract class ReadingStep {

    final Collected found;
    final CriterionReader reader;
    final CriterionReader.Context ctx;
    final Items items;

    ReadingStep(Collected found) {
        this.found = found;
        this.reader = found.reader;
        this.ctx = found.ctx;
        this.items = found.items;
    }

    final PartsBuilder.Stop fail(String code, int from, int to, Object... args) {
        return reader.fail(code, from, to, args);
    }

    final String span(int from, int to) {
        return reader.span(from, to);
    }
}
