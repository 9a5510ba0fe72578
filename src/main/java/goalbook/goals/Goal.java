package goalbook.goals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A goal such as structure B's no. 3 "Andel unika kunder i tidiga skeden", type Å, reported to the
 * board in Q2 and Q4.
 *
 * @param targetText    the seed's own wording of the target, in Swedish
 * @param type          the goal type code, e.g. "Å" or "S", or null where the structure has none
 * @param boardQuarters quarters (1–4) whose board report and regional template include the goal
 * @param parts         the judged metrics; the goal is MET when every part is
 * @param index         the composite index this goal judges, or null
 */
public record Goal(
        String id,
        int number,
        String name,
        String description,
        String targetText,
        String type,
        Set<Integer> boardQuarters,
        List<GoalPart> parts,
        String index) {

    public Goal {
        boardQuarters = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(boardQuarters));
        parts = List.copyOf(parts);
    }

    public boolean dueIn(int quarter) {
        return boardQuarters.contains(quarter);
    }

    /** Every measure the goal needs, inputs and reference values alike, in order of first use. */
    public List<String> measures() {
        Set<String> ids = new LinkedHashSet<>();
        for (GoalPart p : parts) {
            ids.addAll(p.metric().measures());
            ids.addAll(p.target().references());
        }
        return List.copyOf(ids);
    }
}
