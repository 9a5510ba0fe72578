package goalbook.text;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a Swedish reader expects them, one convention everywhere: decimal comma, a plain space
 * between thousands and before the unit, a hyphen-minus (Excel and the add-in read it back; U+2212
 * is not typed by anyone), rounding half up, never "-0,0". Only for display: judgements compare the
 * unrounded value. E.g. share 0.7996 → "80,0 %", 1250 kr → "1 250 kr", index 112.44 → "112,4".
 */
public final class SwedishNumbers {

    /** Shown where there is no value. */
    public static final String NO_VALUE = "–";

    private SwedishNumbers() {}

    /**
     * A value in its unit: SHARE and PERCENT (stored as fractions) as percent with one decimal, SEK as
     * whole kronor, COUNT whole, INDEX with one decimal, e.g. {@code (0.02, PERCENT)} → "2,0 %".
     */
    public static String format(BigDecimal value, Unit unit) {
        if (value == null) {
            return NO_VALUE;
        }
        return switch (unit) {
            case SHARE, PERCENT -> percent(value);
            case SEK -> number(value, 0) + " kr";
            case COUNT -> number(value, 0);
            case INDEX -> number(value, 1);
        };
    }

    /** A fraction as percent with one decimal, e.g. 0.345 → "34,5 %". */
    public static String percent(BigDecimal fraction) {
        return number(fraction.movePointRight(2), 1) + " %";
    }

    /** Rounded half up to {@code decimals} places, e.g. (1234567.891, 1) → "1 234 567,9"; -0,0 becomes "0,0". */
    public static String number(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return group(rounded.toPlainString());
    }

    /**
     * The exact value as written, without rounding or trailing zeros, e.g. 12.5 → "12,5", 1200 →
     * "1 200", 1.50 → "1,5"; for a value the region typed (a count "12,5" must not show as "13") and
     * for weights.
     */
    public static String exact(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return group(v.toPlainString());
    }

    /**
     * A value as someone typed it, exact, shares and percentages (stored as fractions) in percent,
     * e.g. share 1.2 → "120 %", index -1.5 → "-1,5", 8 as a share → "800 %"; for messages about a typed value.
     */
    public static String typed(BigDecimal value, Unit unit) {
        boolean percent = unit == Unit.SHARE || unit == Unit.PERCENT;
        return exact(percent ? value.movePointRight(2) : value) + (percent ? " %" : "");
    }

    private static String group(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + digits.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(' ');
            }
            sb.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + sb + fraction;
    }
}
