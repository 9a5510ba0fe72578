package goalbook.evaluation;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a Swedish reader expects them, e.g. share 0.7996 → "80,0 %", 1250 kr → "1 250 kr",
 * index 112.44 → "112,4". Decimal comma, a space between thousands, rounding half up. Only for
 * display: judgements always compare the unrounded value.
 */
public final class SwedishFormat {

    private SwedishFormat() {}

    /**
     * A value in its unit: SHARE and PERCENT (stored as fractions) as percent with one decimal,
     * SEK as whole kronor, COUNT whole, INDEX with one decimal, e.g. {@code (0.02, PERCENT)} → "2,0 %".
     */
    public static String format(BigDecimal value, Unit unit) {
        if (value == null) {
            return "–";
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
     * The exact value as written, without rounding, e.g. 12.5 → "12,5", 1200 → "1 200"; for
     * messages about a value the region typed (a count "12,5" must not show as "13").
     */
    public static String exact(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return group(v.toPlainString());
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
