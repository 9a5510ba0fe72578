package goalbook.workbook;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number typed as text the Swedish way: "1 200" (also with no-break or narrow no-break
 * spaces) → 1200, "12,5" → 12.5, "12,5 %" → 0.125 for shares, "−3" → -3. "1,200" and "1.200"
 * could be either 1.2 or 1200 and are refused as ambiguous.
 */
public final class SwedishNumber {

    /** A value, or the problem code {@code not_a_number} / {@code ambiguous_number}; both null for blank text. */
    public record Parsed(BigDecimal value, String problem) {
        static final Parsed BLANK = new Parsed(null, null);
    }

    public static final String NOT_A_NUMBER = "not_a_number";
    public static final String AMBIGUOUS= "ambiguous_number";

    private static final String SPACE = "[ \\u00A0\\u202F\\u2009]";
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(" + SPACE + "\\d{3})+([,.]\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d*([,.]\\d+)?");
    /** one to three digits (not a lone 0), a separator, exactly three digits, repeated: thousands or decimals? */
    private static final Pattern THOUSANDS_LIKE = Pattern.compile("[1-9]\\d{0,2}([,.]\\d{3})+");

    private SwedishNumber() {}

    public static Parsed parse(String raw, Unit unit) {
        String t = raw == null ? "" : raw.strip().replace('\u2212', '-');
        t = t.replaceAll("^" + SPACE + "+|" + SPACE + "+$", "");
        if (t.isEmpty()) {
            return Parsed.BLANK;
        }
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).replaceAll(SPACE + "+$", "");
        }
        if (unit == Unit.SEK && t.toLowerCase(Locale.ROOT).endsWith("kr")) {
            t = t.substring(0, t.length() - 2).replaceAll(SPACE + "+$", "");
        }
        boolean negative = t.startsWith("-");
        if (negative || t.startsWith("+")) {
            t = t.substring(1).stripLeading();
        }
        if (t.isEmpty() || percent && unit != Unit.SHARE && unit != Unit.PERCENT) {
            return new Parsed(null, NOT_A_NUMBER);
        }
        String digits;
        if (GROUPED.matcher(t).matches()) {
            digits = t.replaceAll(SPACE, "");
        } else if (THOUSANDS_LIKE.matcher(t).matches() || t.contains(",") && t.contains(".")) {
            return new Parsed(null, AMBIGUOUS);
        } else if (PLAIN.matcher(t).matches() && t.chars().anyMatch(Character::isDigit)) {
            digits = t;
        } else {
            return new Parsed(null, NOT_A_NUMBER);
        }
        BigDecimal v = new BigDecimal(digits.replace(',', '.'));
        if (negative) {
            v = v.negate();
        }
        return new Parsed(percent ? v.movePointLeft(2) : v, null);
    }
}
