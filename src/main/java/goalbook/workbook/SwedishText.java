package goalbook.workbook;

import goalbook.goals.GoalStructure;
import goalbook.goals.Threshold;
import goalbook.goals.TargetRule;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Swedish renderings of numbers and target rules, e.g. 0.80 as a share → "80 %", AtLeast(0.80) → "minst 80 %". */
final class SwedishText {

    private static final char NBSP = '\u00A0';

    private SwedishText() {}

    /** {@code 0.125} (share) → "12,5 %", {@code 2500000} (kr) → "2 500 000 kr", {@code 85} (index) → "85". */
    static String number(BigDecimal value, Unit unit) {
        return switch (unit) {
            case SHARE, PERCENT -> plain(value.movePointRight(2)) + NBSP + "%";
            case SEK -> plain(value.setScale(0, RoundingMode.HALF_UP)) + NBSP + "kr";
            case COUNT, INDEX -> plain(value);
        };
    }

    /** The level in words, e.g. "mellan 2 % och 4 % (gränserna ingår)". */
    static String rule(TargetRule rule, Unit unit, GoalStructure s) {
        if (rule instanceof TargetRule.AtLeast r) {
            return "minst " + level(r.level(), unit, s);
        }
        if (rule instanceof TargetRule.AtMost r) {
            return "högst " + level(r.level(), unit, s);
        }
        if (rule instanceof TargetRule.GreaterThan r) {
            return "högre än " + level(r.level(), unit, s) + (r.improving() ? " och förbättring mot föregående period" : "");
        }
        if (rule instanceof TargetRule.Between r) {
            return "mellan " + level(r.low(), unit, s) + " och " + level(r.high(), unit, s) + " (gränserna ingår)";
        }
        if (rule instanceof TargetRule.EqualTo r) {
            return "exakt " + level(r.level(), unit, s);
        }
        return ((TargetRule.NoTarget) rule).reason();
    }

    private static String level(Threshold t, Unit unit, GoalStructure s) {
        return t.byReference() ? "referensvärdet ”" + s.measure(t.reference()).label() + "”" : number(t.constant(), unit);
    }

    /** Digits grouped by three with no-break spaces and a decimal comma: "1 234,5". */
    private static String plain(BigDecimal v) {
        String digits = v.stripTrailingZeros().toPlainString();
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + digits.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "−" : "") + grouped + fraction;
    }
}
