package io.perfeval.core;

import io.perfeval.core.input.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of a checklist a condition or a count looks at: the checklist's slot and declaration, the item numbers
 * (every declared item when the rule lists none) and the trace key of its failures, shared by structurally equal uses.
 */
final class ChecklistPlan {
    final int slot;
    final String name;
    /** The declaration, null when the name is not a declared datum (the pack's checks reject that). */
    final DataField field;
    final List<Integer> items;
    final Object itemsKey;

    ChecklistPlan(int slot, String name, DataField field, List<Integer> items, Object itemsKey) {
        this.slot = slot;
        this.name = name;
        this.field = field;
        this.items = items;
        this.itemsKey = itemsKey;
    }

    /** How many of the items are answered 不符合; the failures are traced once per leaf. */
    int failed(Engine e, LeafScratch leaf) {
        Object given = e.given(slot, name, leaf);
        List<Integer> which = items;
        int failed = 0;
        if (given instanceof boolean[] met) {
            // answers set by slot (validated: one per declared item), read without a map
            for (int i = 0; i < which.size(); i++) {
                if (!met[which.get(i) - 1]) {
                    failed++;
                }
            }
        } else {
            Value.Checklist answers = (Value.Checklist) given;
            for (int i = 0; i < which.size(); i++) {
                if (!answers.answers().get(which.get(i))) {
                    failed++;
                }
            }
        }
        if (leaf.tracing && failed > 0) {
            leaf.add(new TraceSteps.FailedItems(name, (Value.Checklist) e.datum(slot, name, leaf), field, which),
                    itemsKey);
        }
        return failed;
    }

    private static final List<List<Integer>> RANGES = ranges(64);

    /** 1…n, immutable; shared for the usual sizes. */
    static List<Integer> range(int n) {
        return n < RANGES.size() ? RANGES.get(n) : ranges(n + 1).get(n);
    }

    /** 1…n for every n below {@code count}, made once. */
    private static List<List<Integer>> ranges(int count) {
        List<List<Integer>> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            List<Integer> r = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                r.add(i);
            }
            out.add(List.copyOf(r));
        }
        return List.copyOf(out);
    }
}
