package goalbook.workbook;

import goalbook.goals.GoalStructure;
import goalbook.goals.TargetRule;
import goalbook.goals.Unit;
import goalbook.text.RuleText;

/** The template's wording of numbers and rules, from {@link RuleText}, like the server's target text. */
public final class SwedishText {

    private SwedishText() {}

    /** The level in words, e.g. "minst 80,0 %" or "minst referensvärdet ”Plan utbetalda lån”". */
    public static String rule(TargetRule rule, Unit unit, GoalStructure s) {
        return RuleText.template(rule, unit, id -> s.measure(id).label());
    }
}
