package goalbook.evaluation;

import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * A target in Swedish for the workbook, e.g. "minst 80,0 %", "högst 1 250 kr", "mellan 2,0 % och
 * 4,0 %", "högre än 34,5 % (jämförelsegrupp)", "minst plan (ej fastställd)", "= 100,0 %" or, for a goal
 * without a level yet, "Målnivå ej fastställd".
 */
final class TargetText {

    static final String NOT_SET = "Målnivå ej fastställd";

    private TargetText() {}

    /** The text for {@code rule} with its reference thresholds resolved from {@code reference}. */
    static String of(TargetRule rule, Unit unit, Map<String, BigDecimal> reference) {
        if (rule instanceof TargetRule.AtLeast r) {
            return "minst " + level(r.level(), unit, reference);
        }
        if (rule instanceof TargetRule.AtMost r) {
            return "högst " + level(r.level(), unit, reference);
        }
        if (rule instanceof TargetRule.GreaterThan r) {
            return "högre än " + level(r.level(), unit, reference) + (r.improving() ? " och ingen försämring" : "");
        }
        if (rule instanceof TargetRule.Between r) {
            return "mellan " + level(r.low(), unit, reference) + " och " + level(r.high(), unit, reference);
        }
        if (rule instanceof TargetRule.EqualTo r) {
            return "= " + level(r.level(), unit, reference);
        }
        return NOT_SET;
    }

    /** A threshold's value: its constant, or the reference value (null when not set). */
    static BigDecimal value(Threshold t, Map<String, BigDecimal> reference) {
        return t.byReference() ? reference.get(t.reference()) : t.constant();
    }

    /** A level such as "80,0 %", "34,5 % (jämförelsegrupp)", or "plan (ej fastställd)" while a reference value is not set. */
    private static String level(Threshold t, Unit unit, Map<String, BigDecimal> reference) {
        if (value(t, reference) == null) {
            return origin(t.reference()) + " (ej fastställd)";
        }
        String text = SwedishFormat.format(value(t, reference), unit);
        return t.byReference() ? text + " (" + origin(t.reference()) + ")" : text;
    }

    /** Where a reference level comes from, read from its id's convention (jmf_…, plan_…). */
    private static String origin(String referenceId) {
        String id = referenceId.toLowerCase(Locale.ROOT);
        if (id.startsWith("jmf_") || id.startsWith("kontroll_")) {
            return "jämförelsegrupp";
        }
        if (id.startsWith("plan_")) {
            return "plan";
        }
        return "referensvärde";
    }
}
