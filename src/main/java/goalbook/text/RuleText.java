package goalbook.text;

import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A target rule in Swedish, e.g. "minst 80,0 %", "högst 12 000 kr (plan)", "mellan 2,0 % och 4,0 %",
 * "högre än 100,0 och ingen försämring mot föregående period", "exakt 100,0 %". One wording for the
 * server's target text (levels resolved to values) and the template's live text (a reference level
 * named by its measure, since the region sees the value in its own cell). What a rule demands over
 * time is what the structure file says ({@code overTime}), so the text and the verdict agree.
 */
public final class RuleText {

    private RuleText() {}

    /** With reference levels resolved from {@code reference}, e.g. "minst 40 000 000 kr (plan)" or "minst plan (ej fastställd)". */
    public static String resolved(TargetRule rule, Unit unit, Map<String, BigDecimal> reference) {
        return of(rule, unit, t -> {
            BigDecimal v = reference.get(t.reference());
            return v == null ? origin(t.reference()) + " (ej fastställd)" : SwedishNumbers.format(v, unit) + " (" + origin(t.reference()) + ")";
        });
    }

    /** For the template, a reference level named by {@code referenceName}, e.g. "minst referensvärdet ”Plan utbetalda lån”". */
    public static String template(TargetRule rule, Unit unit, UnaryOperator<String> referenceName) {
        return of(rule, unit, t -> "referensvärdet ”" + referenceName.apply(t.reference()) + "”");
    }

    private interface ReferenceLevel {
        String text(Threshold byReference);
    }

    private static String of(TargetRule rule, Unit unit, ReferenceLevel ref) {
        if (rule instanceof TargetRule.AtLeast r) {
            return "minst " + level(r.level(), unit, ref);
        }
        if (rule instanceof TargetRule.AtMost r) {
            return "högst " + level(r.level(), unit, ref);
        }
        if (rule instanceof TargetRule.GreaterThan r) {
            return "högre än " + level(r.level(), unit, ref) + overTime(r.overTime());
        }
        if (rule instanceof TargetRule.Between r) {
            return "mellan " + level(r.low(), unit, ref) + " och " + level(r.high(), unit, ref);
        }
        if (rule instanceof TargetRule.EqualTo r) {
            return "exakt " + level(r.level(), unit, ref);
        }
        return ((TargetRule.NoTarget) rule).reason();
    }

    private static String overTime(TargetRule.OverTime o) {
        return switch (o) {
            case ANY -> "";
            case NO_FALL -> " och ingen försämring mot föregående period";
            case RISE -> " och förbättring mot föregående period";
        };
    }

    private static String level(Threshold t, Unit unit, ReferenceLevel ref) {
        return t.byReference() ? ref.text(t) : SwedishNumbers.format(t.constant(), unit);
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
