package goalbook.evaluation;

import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import goalbook.text.RuleText;
import java.math.BigDecimal;
import java.util.Map;

/** The server's target text, worded by {@link RuleText}, e.g. "minst 80,0 %" or "minst plan (ej fastställd)". */
final class TargetText {

    private TargetText() {}

    /** The text for {@code rule} with its reference thresholds resolved from {@code reference}. */
    static String of(TargetRule rule, Unit unit, Map<String, BigDecimal> reference) {
        return RuleText.resolved(rule, unit, reference);
    }

    /** A threshold's value: its constant, or the reference value (null when not set). */
    static BigDecimal value(Threshold t, Map<String, BigDecimal> reference) {
        return t.byReference() ? reference.get(t.reference()) : t.constant();
    }
}
