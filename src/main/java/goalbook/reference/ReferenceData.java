package goalbook.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * All reference values of one structure and year, e.g. {@code almi-2021}, 2024, region
 * {@code nord} → {@code plan_utbetalda_lan} → 1 000 000 kr, plus the group row.
 *
 * @param regions region id → measure id → level
 * @param group   measure id → level for the group as a whole
 */
public record ReferenceData(String structure, int year, Map<String, Map<String, Level>> regions, Map<String, Level> group) {

    public ReferenceData {
        Objects.requireNonNull(structure, "structure");
        LinkedHashMap<String, Map<String, Level>> copy = new LinkedHashMap<>();
        if (regions != null) {
            regions.forEach((r, levels) -> copy.put(r, frozen(levels)));
        }
        regions = Collections.unmodifiableMap(copy);
        group = frozen(group);
    }

    /** An empty set of reference data: every goal that needs a level gets "Målnivå saknas". */
    public static ReferenceData empty(String structure, int year) {
        return new ReferenceData(structure, year, Map.of(), Map.of());
    }

    /** The levels of one region, or of the group when {@code regionOrNullForGroup} is null; empty when none. */
    public Map<String, Level> levelsOf(String regionOrNullForGroup) {
        return regionOrNullForGroup == null ? group : regions.getOrDefault(regionOrNullForGroup, Map.of());
    }

    private static Map<String, Level> frozen(Map<String, Level> levels) {
        return levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
