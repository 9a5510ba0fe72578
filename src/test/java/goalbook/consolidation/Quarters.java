package goalbook.consolidation;

import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consolidated quarters of structure B over the sixteen shipped regions, built with the real
 * {@link Consolidator}: the named regions submit the all-MET figures of {@link Given} (loans 50 M,
 * 10 000 kr per insats, return 3 %, KYC 300/300), changed by {@link #set}; the others do not report.
 */
final class Quarters {

    static final List<String> ALL = TestStructures.regions().all().stream().map(Region::id).toList();
    /** The seven regions of the 2024-Q2 walk-through. */
    static final List<String> SEVEN = ALL.subList(0, 7);
    static final List<String> THREE = ALL.subList(0, 3);

    final GoalStructure s = TestStructures.structureB();
    private final Period period;
    private final List<String> submitted;
    private final Map<String, String> changes = new LinkedHashMap<>();

    Quarters(String period, List<String> submitted) {
        this.period = Period.parse(period);
        this.submitted = submitted;
    }

    /** Every submitting region reports {@code value} for {@code measure}. */
    Quarters set(String measure, String value) {
        changes.put(measure, value);
        return this;
    }

    Consolidation consolidate() {
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> refs = new HashMap<>();
        Given defaults = Given.structureB(ALL.toArray(String[]::new));
        for (String r : ALL) {
            refs.put(r, defaults.reference.get(r));
            if (submitted.contains(r)) {
                Map<String, BigDecimal> in = new HashMap<>(defaults.inputs.get(r));
                changes.forEach((m, v) -> in.put(m, new BigDecimal(v)));
                latest.put(r, new RegionSubmission(r, 1, "sha-" + r, true, in, Set.of(), Map.of(), null));
            }
        }
        return new Consolidator().consolidate(s, period, ALL, latest, refs, defaults.groupReference, Map.of());
    }
}
