package goalbook.evaluation;

import goalbook.goals.TargetRule;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Judges one computed, unrounded value against its rule, e.g. 0.7996 against {@code AtLeast(0.80)}
 * is NOT_MET. A rule without a level, or whose reference level is not set, gives NO_TARGET.
 */
final class RuleJudge {

    private RuleJudge() {}

    /**
     * @param trend the value's change since the previous period; only a rule with an {@code overTime}
     *              demand looks at it
     */
    static GoalStatus judge(TargetRule rule, BigDecimal value, Map<String, BigDecimal> reference, Trend trend) {
        if (rule instanceof TargetRule.NoTarget) {
            return GoalStatus.NO_TARGET;
        }
        for (var t : rule.thresholds()) {
            if (TargetText.value(t, reference) == null) {
                return GoalStatus.NO_TARGET;
            }
        }
        boolean met;
        if (rule instanceof TargetRule.AtLeast r) {
            met = value.compareTo(TargetText.value(r.level(), reference)) >= 0;
        } else if (rule instanceof TargetRule.AtMost r) {
            met = value.compareTo(TargetText.value(r.level(), reference)) <= 0;
        } else if (rule instanceof TargetRule.GreaterThan r) {
            met = value.compareTo(TargetText.value(r.level(), reference)) > 0 && overTimeMet(r.overTime(), trend);
        } else if (rule instanceof TargetRule.Between r) {
            met = value.compareTo(TargetText.value(r.low(), reference)) >= 0
                    && value.compareTo(TargetText.value(r.high(), reference)) <= 0;
        } else if (rule instanceof TargetRule.EqualTo r) {
            met = value.compareTo(TargetText.value(r.level(), reference)) == 0;
        } else {
            throw new IllegalStateException("unknown rule " + rule);
        }
        return met ? GoalStatus.MET : GoalStatus.NOT_MET;
    }

    /** With no earlier value (NO_COMPARISON) only the level is judged. */
    private static boolean overTimeMet(TargetRule.OverTime overTime, Trend trend) {
        return switch (overTime) {
            case ANY -> true;
            case NO_FALL -> trend != Trend.DOWN;
            case RISE -> trend == Trend.UP || trend == Trend.NO_COMPARISON || trend == null;
        };
    }

    /** Goals in parts: MET when every part is, NOT_MET when any part is, else the first by precedence. */
    static GoalStatus combine(Iterable<GoalStatus> parts) {
        boolean allMet = true;
        GoalStatus first = null;
        for (GoalStatus s : parts) {
            if (s == GoalStatus.NOT_MET) {
                return GoalStatus.NOT_MET;
            }
            allMet &= s == GoalStatus.MET;
            if (first == null || s.ordinal() < first.ordinal()) {
                first = s;
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("a goal has at least one part");
        }
        return allMet ? GoalStatus.MET : first;
    }

    /** Raw direction of the value (UP = the number grew), whatever the rule counts as better. */
    static Trend trend(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null) {
            return Trend.NO_COMPARISON;
        }
        int c = value.compareTo(previous);
        return c > 0 ? Trend.UP : c < 0 ? Trend.DOWN : Trend.UNCHANGED;
    }
}
