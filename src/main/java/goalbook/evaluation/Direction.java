package goalbook.evaluation;

import goalbook.goals.Better;
import goalbook.goals.GoalPart;
import goalbook.goals.TargetRule;

/**
 * Which way a goal's figure should move, read from its target rule, e.g. "minst 80 %" → higher is
 * better, cost per insats "högst plan" → lower is better, return "mellan 2 och 4 %" → closer to the
 * interval is better, NPS in its baseline year → no direction. A part's {@code better} overrides
 * the rule where the rule is only a cap (utilisation "högst 100 %, så hög som möjligt").
 */
public enum Direction {
    HIGHER_IS_BETTER("högre är bättre"),
    LOWER_IS_BETTER("lägre är bättre"),
    CLOSER_IS_BETTER("närmare målnivån är bättre"),
    NONE("ingen målriktning");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** Swedish, e.g. "lägre är bättre". */
    public String label() {
        return label;
    }

    public static Direction of(GoalPart part) {
        if (part.better() != null) {
            return part.better() == Better.HIGHER ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
        }
        return of(part.target());
    }

    public static Direction of(TargetRule rule) {
        if (rule instanceof TargetRule.AtLeast || rule instanceof TargetRule.GreaterThan) {
            return HIGHER_IS_BETTER;
        }
        if (rule instanceof TargetRule.AtMost) {
            return LOWER_IS_BETTER;
        }
        if (rule instanceof TargetRule.Between || rule instanceof TargetRule.EqualTo) {
            return CLOSER_IS_BETTER;
        }
        return NONE;
    }
}
