package goalbook.consolidation;

import goalbook.evaluation.Comparison;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One goal's comparison with an earlier period, e.g. goal 9 (cost per insats): headline BETTER
 * against 2023-Q2; a goal in listed parts (structure A goal 7) has no headline, only its parts.
 *
 * @param headline the headline part's comparison (the only part, or an index goal's composite), or null
 * @param parts    part id → its comparison, in the goal's order
 */
public record GoalComparison(String goalId, Comparison headline, Map<String, Comparison> parts) {

    public GoalComparison {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }
}
