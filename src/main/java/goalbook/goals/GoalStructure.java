package goalbook.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole goal structure, e.g. {@code almi-2021}: seven areas, twelve goals, valid from 2021.
 *
 * @param revision     a short hash of the canonical form; comments and whitespace do not change it
 * @param validTo      last year the structure applies to, or null when open-ended
 * @param goalTypes    code → Swedish description, e.g. "S" → "Fastställt av styrelsen"
 * @param groupGoals   goals measured at group level only, shown but never asked of a region
 * @param plausibility how far (as a factor) a value may stray from the region's history before a warning
 */
public record GoalStructure(
        String id,
        String name,
        int validFrom,
        Integer validTo,
        String revision,
        Map<String, String> goalTypes,
        List<GoalArea> areas,
        Map<String, Measure> measures,
        List<CompositeIndex> indices,
        List<ConsistencyCheck> consistency,
        List<String> groupGoals,
        java.math.BigDecimal plausibility) {

    public GoalStructure {
        goalTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(goalTypes));
        areas = List.copyOf(areas);
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        indices = List.copyOf(indices);
        consistency = List.copyOf(consistency);
        groupGoals = List.copyOf(groupGoals);
    }

    public boolean appliesTo(int year) {
        return year >= validFrom && (validTo == null || year <= validTo);
    }

    public List<Goal> goals() {
        List<Goal> all = new ArrayList<>();
        areas.forEach(a -> all.addAll(a.goals()));
        return all;
    }

    public List<Goal> goalsDueIn(int quarter) {
        return goals().stream().filter(g -> g.dueIn(quarter)).toList();
    }

    public Optional<Goal> goal(String goalId) {
        return goals().stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    public GoalArea areaOf(Goal goal) {
        return areas.stream().filter(a -> a.goals().contains(goal)).findFirst().orElseThrow();
    }

    public Measure measure(String id) {
        Measure m = measures.get(id);
        if (m == null) {
            throw new IllegalArgumentException("structure " + this.id + " has no measure " + id);
        }
        return m;
    }

    /** Region-entered measures of the goals due in {@code quarter}, in order of first use. */
    public List<Measure> regionInputsDueIn(int quarter) {
        return measuresOf(goalsDueIn(quarter)).stream().filter(Measure::enteredByRegion).toList();
    }

    /** Reference measures of the goals due in {@code quarter}, in order of first use. */
    public List<Measure> referenceMeasuresDueIn(int quarter) {
        return measuresOf(goalsDueIn(quarter)).stream().filter(m -> !m.enteredByRegion()).toList();
    }

    public List<Measure> measuresOf(List<Goal> goals) {
        Set<String> ids = new LinkedHashSet<>();
        goals.forEach(g -> ids.addAll(g.measures()));
        return ids.stream().map(this::measure).toList();
    }

    public Optional<CompositeIndex> index(String indexId) {
        return indices.stream().filter(i -> i.id().equals(indexId)).findFirst();
    }
}
