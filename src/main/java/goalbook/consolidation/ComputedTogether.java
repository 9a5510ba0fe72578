package goalbook.consolidation;

import goalbook.goals.CompositeIndex;
import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.IndexComponent;
import goalbook.goals.Measure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a quarter's region-entered measures that meet in one expression, directly or through
 * others, e.g. structure B Q4: {unika_kunder, kunder_tidiga_skeden, kunder_kvinnor,
 * kunder_utlandsk_bakgrund}, {lan_resultat_36m, nettolanestock_snitt_36m}, {utbetalda_lan}, ...
 * A region takes part in a group figure for the whole set or not at all, so that a ratio's summed
 * numerator and summed denominator always cover the same regions.
 */
final class ComputedTogether {

    private final Map<String, String> parent = new HashMap<>();

    /** The sets among {@code measures}, linked by the due goals' metrics, the indices and weight measures. */
    static List<Set<String>> of(GoalStructure s, int quarter, List<String> measures) {
        ComputedTogether t = new ComputedTogether();
        measures.forEach(m -> t.parent.put(m, m));
        for (Goal g : s.goalsDueIn(quarter)) {
            for (GoalPart p : g.parts()) {
                t.link(p.metric().measures());
            }
        }
        for (CompositeIndex i : s.indices()) {
            for (IndexComponent c : i.components()) {
                t.link(c.expression().measures());
            }
        }
        for (String id : measures) {
            Measure m = s.measure(id);
            if (m.weight() != null) {
                t.link(List.of(id, m.weight()));
            }
        }
        Map<String, Set<String>> sets = new HashMap<>();
        List<Set<String>> ordered = new ArrayList<>();
        for (String m : measures) {
            Set<String> set = sets.computeIfAbsent(t.root(m), r -> {
                Set<String> created = new LinkedHashSet<>();
                ordered.add(created);
                return created;
            });
            set.add(m);
        }
        return ordered;
    }

    /** Joins the measures of one expression that are among those grouped; others (reference values) are ignored. */
    private void link(List<String> ids) {
        String first = null;
        for (String id : ids) {
            if (!parent.containsKey(id)) {
                continue;
            }
            if (first == null) {
                first = id;
            } else {
                parent.put(root(id), root(first));
            }
        }
    }

    private String root(String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
