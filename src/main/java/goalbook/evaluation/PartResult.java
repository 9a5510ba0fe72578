package goalbook.evaluation;

import java.math.BigDecimal;

/**
 * The verdict on one part of a goal.
 *
 * @param value  the metric computed from the inputs (unrounded), or null when it cannot be computed
 * @param target the level in Swedish, e.g. "minst 80,0 %" or "högre än 34,0 %"
 */
public record PartResult(String id, String name, GoalStatus status, BigDecimal value, String target, Trend trend) {}
