package goalbook.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The verdict on one goal. {@code value}, {@code target} and {@code trend} are those of the goal's
 * headline part (the only part, or an index goal's composite).
 */
public record GoalResult(
        String id,
        int number,
        String name,
        String area,
        String type,
        GoalStatus status,
        BigDecimal value,
        String target,
        Trend trend,
        String comment,
        List<PartResult> parts) {

    public GoalResult {
        parts = List.copyOf(parts);
    }
}
