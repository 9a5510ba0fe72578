package goalbook.goals;

/**
 * One judged metric of a goal. Most goals have one part; goals in parts (structure A goal 7) and
 * index goals (one part per sub-index plus the composite) have several.
 *
 * @param id     unique within the goal, e.g. {@code avkastning}
 * @param name   Swedish, e.g. "Avkastning rullande 36 mån"
 * @param unit   how the metric is shown
 * @param target the rule it is judged by
 * @param better which way is better when the rule does not say it (e.g. "at most 100 %, as high as
 *               possible"), or null to take the direction from the rule
 */
public record GoalPart(String id, String name, Expression metric, Unit unit, TargetRule target, Better better) {

    public GoalPart(String id, String name, Expression metric, Unit unit, TargetRule target) {
        this(id, name, metric, unit, target, null);
    }
}
