package io.perfeval.core.analysis;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enumerates one leaf's lattice and keeps what it saw: the outcome at every point, which clauses fired, which held
 * together (an overlap, and whether one clause's region lies inside the other's), and where deductions overflowed.
 * {@link LeafClaims} turns this into findings; the lattice indexing and the wording of regions live here.
 */
final class LeafRun {

    final LeafAnalyzer a;
    final String path;
    final List<AxisBuilder> axes;
    final int atomCount;

    Outcome[] outcomes;
    /** Per Cases node: which clauses decided somewhere (index n: otherwise). */
    final Map<Rule.Cases, boolean[]> fired = new IdentityHashMap<>();
    /** Per Cases node: [i][j] is true when clause i held somewhere clause j did not. */
    final Map<Rule.Cases, boolean[][]> outside = new IdentityHashMap<>();
    /** Overlaps with different outcomes, by Cases node and clause pair: the points, and the first seen. */
    final Map<String, List<Integer>> overlapAt = new LinkedHashMap<>();
    final Map<String, Evaluator.Overlap> overlapFirst = new HashMap<>();
    /** Points where listed deductions exceeded the 分值 without 扣完为止, with the amount. */
    final Map<Integer, BigDecimal> overflow = new LinkedHashMap<>();

    LeafRun(LeafAnalyzer a, String path) {
        this.a = a;
        this.path = path;
        this.axes = new ArrayList<>(a.axes.values());
        this.atomCount = a.atoms.size();
    }

    /** Evaluates every point; {@code total} is the number of points ({@link LeafAnalyzer#combinations()}). */
    void run(long total) {
        outcomes = new Outcome[(int) total];
        for (int idx = 0; idx < total; idx++) {
            Evaluator ev = new Evaluator(a, point(idx));
            outcomes[idx] = ev.evaluate();
            for (Map.Entry<Rule.Cases, Integer> f : ev.firedClauses) {
                fired.computeIfAbsent(f.getKey(), k -> new boolean[k.cases().size() + 1])[f.getValue()] = true;
            }
            for (Evaluator.Held h : ev.held) {
                int n = h.cases().cases().size();
                boolean[][] o = outside.computeIfAbsent(h.cases(), k -> new boolean[n][n]);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        o[i][j] |= h.holds()[i] && !h.holds()[j];
                    }
                }
            }
            for (Evaluator.Overlap o : ev.overlaps) {
                String key = System.identityHashCode(o.cases()) + ":" + o.first() + ":" + o.later();
                overlapAt.computeIfAbsent(key, k -> new ArrayList<>()).add(idx);
                overlapFirst.putIfAbsent(key, o);
            }
            if (ev.overflow) {
                overflow.put(idx, ev.overflowAmount);
            }
        }
    }

    List<String> names() {
        return axes.stream().map(x -> x.name).toList();
    }

    // ---- lattice indexing ----

    int position(int idx, int axis) {
        int rest = idx >> atomCount;
        for (int j = 0; j < axis; j++) {
            rest /= axes.get(j).candidates.size();
        }
        return rest % axes.get(axis).candidates.size();
    }

    int stride(int axis) {
        int s = 1 << atomCount;
        for (int j = 0; j < axis; j++) {
            s *= axes.get(j).candidates.size();
        }
        return s;
    }

    Evaluator.Point point(int idx) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int j = 0; j < axes.size(); j++) {
            values.put(axes.get(j).name, axes.get(j).candidates.get(position(idx, j)));
        }
        Map<Object, Boolean> atoms = new HashMap<>();
        for (int k = 0; k < atomCount; k++) {
            atoms.put(a.atoms.get(k), ((idx >> k) & 1) == 0);
        }
        return new Evaluator.Point(values, atoms);
    }

    /** How many of the point's axes sit at a far point: witnesses near the thresholds read better. */
    int farness(int idx) {
        int n = 0;
        for (int j = 0; j < axes.size(); j++) {
            if (axes.get(j).far(axes.get(j).candidates.get(position(idx, j)))) {
                n++;
            }
        }
        return n;
    }

    /**
     * What a witness for the point must keep: each measure's value, the region of each datum (a witness may move a
     * datum within it) and the answers. Points with the same signature and outcome are one attempt, not several.
     */
    String signature(int idx) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < axes.size(); j++) {
            AxisBuilder ax = axes.get(j);
            BigDecimal v = ax.candidates.get(position(idx, j));
            s.append(a.pack.measure(ax.name).isPresent() ? v.toPlainString() : "r" + ax.region(v)).append('|');
        }
        return s.append(idx & ((1 << atomCount) - 1)).append('|').append(outcomes[idx]).toString();
    }

    /** Indices of every slice start along {@code axis}: all combinations with that axis at its first candidate. */
    List<Integer> sliceStarts(int axis) {
        List<Integer> out = new ArrayList<>();
        for (int idx = 0; idx < outcomes.length; idx++) {
            if (position(idx, axis) == 0) {
                out.add(idx);
            }
        }
        return out;
    }

    // ---- naming regions ----

    /** Where a set of lattice points lies, for a one-axis rule: intervals of its axis; otherwise null. */
    String intervals(List<Integer> idxs) {
        if (axes.size() != 1) {
            return null;
        }
        AxisBuilder ax = axes.get(0);
        int regions = 2 * ax.crit.size() + 1;
        boolean[] flagged = new boolean[regions];
        boolean[] present = new boolean[regions];
        for (BigDecimal c : ax.candidates) {
            present[ax.region(c)] = true;
        }
        for (int idx : idxs) {
            flagged[ax.region(ax.candidates.get(position(idx, 0)))] = true;
        }
        List<String> parts = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int r = 0; r < regions; r++) {
            if (flagged[r]) {
                if (start < 0) {
                    start = r;
                }
                last = r;
            } else if (present[r] && start >= 0) {
                parts.add(ax.interval(start, last));
                start = -1;
            }
        }
        if (start >= 0) {
            parts.add(ax.interval(start, last));
        }
        String text = ax.name + " " + String.join(" 或 ", parts);
        if (atomCount > 0) {
            text += "（在某些是否类答案下）";
        }
        return text;
    }

    /** The yes/no facts of a point, as an author reads them: 按时上报：否，清单第2项不符合. */
    List<String> answers(Evaluator.Point p) {
        List<String> parts = new ArrayList<>();
        for (Object atom : a.atoms) {
            boolean yes = p.atoms().get(atom);
            if (atom instanceof String s && s.startsWith("yes:")) {
                parts.add(s.substring(4) + "：" + (yes ? "是" : "否"));
            } else if (atom instanceof String s && s.startsWith("item:")) {
                if (!yes) {
                    int hash = s.lastIndexOf('#');
                    parts.add(s.substring(5, hash) + "第" + s.substring(hash + 1) + "项不符合");
                }
            } else if (atom instanceof Condition c) {
                parts.add(Texts.of(c) + "：" + (yes ? "成立" : "不成立"));
            }
        }
        return parts;
    }

}
