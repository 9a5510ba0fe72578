package goalbook.workbook;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A goal's headline figure as the reports show it, e.g. goal 3 of structure B: unit SHARE, target
 * levels [0.80]; goal 6: PERCENT, [0.02, 0.04]; goal 7 for a region: its plan level.
 */
public final class Headline {

    private Headline() {}

    /** The headline part's unit: an index goal's composite is an index, otherwise the first part's unit. */
    public static Unit unit(Goal goal) {
        if (goal == null || goal.parts().isEmpty() || goal.index() != null) {
            return Unit.INDEX;
        }
        return goal.parts().get(0).unit();
    }

    /** The goal's result in {@code report}, or null. */
    public static GoalResult result(Report report, String goalId) {
        if (report == null) {
            return null;
        }
        return report.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().orElse(null);
    }

    /**
     * The headline target levels (low before high) for a chart: constants from the structure, reference
     * levels from the values the result was judged against. Empty when a level is not set or the goal
     * has several parts.
     */
    public static List<BigDecimal> levels(Goal goal, Map<String, BigDecimal> reference) {
        List<BigDecimal> out = new ArrayList<>();
        if (goal == null || goal.parts().size() != 1 || goal.index() != null) {
            return out;
        }
        for (Threshold t : goal.parts().get(0).target().thresholds()) {
            BigDecimal level = t.byReference() ? reference.get(t.reference()) : t.constant();
            if (level == null) {
                return List.of();
            }
            out.add(level);
        }
        return out;
    }
}
