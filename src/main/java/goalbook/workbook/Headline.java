package goalbook.workbook;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal's headline figure as the reports show it, e.g. goal 3 of structure B: unit SHARE, target
 * levels [0.80]; goal 6: PERCENT, [0.02, 0.04]; goal 7 for a region: its plan level read from the
 * report's target text "minst 50 000 000 kr (plan)".
 */
final class Headline {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?: \\d{3})*(?:,\\d+)?");

    private Headline() {}

    /** The headline part's unit: an index goal's composite is an index, otherwise the first part's unit. */
    static Unit unit(Goal goal) {
        if (goal == null || goal.parts().isEmpty() || goal.index() != null) {
            return Unit.INDEX;
        }
        return goal.parts().get(0).unit();
    }

    /** The goal's result in {@code report}, or null. */
    static GoalResult result(Report report, String goalId) {
        if (report == null) {
            return null;
        }
        return report.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().orElse(null);
    }

    /**
     * The headline target levels (low before high) for a chart: a constant from the structure as is;
     * a reference level read back from the result's Swedish target text, rounded as shown there (a
     * consolidation carries no reference values). Empty when not set or the goal has several parts.
     */
    static List<BigDecimal> levels(Goal goal, GoalResult result) {
        List<BigDecimal> out = new ArrayList<>();
        if (goal == null || goal.parts().size() != 1 || goal.index() != null) {
            return out;
        }
        List<Threshold> thresholds = goal.parts().get(0).target().thresholds();
        if (thresholds.stream().allMatch(t -> !t.byReference())) {
            thresholds.forEach(t -> out.add(t.constant()));
            return out;
        }
        if (result == null || result.target() == null) {
            return out;
        }
        Unit unit = unit(goal);
        Matcher m = NUMBER.matcher(result.target());
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group().replace(" ", "").replace(',', '.'));
            out.add(unit == Unit.SHARE || unit == Unit.PERCENT ? v.movePointLeft(2) : v);
        }
        return out.size() == thresholds.size() ? out : List.of();
    }
}
