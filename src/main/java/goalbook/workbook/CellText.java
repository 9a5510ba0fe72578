package goalbook.workbook;

import goalbook.evaluation.Severity;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Swedish text for figures written into workbooks, e.g. 0.8 as a share → "80,0 %", 1234567 kr →
 * "1 234 567 kr", index 112.44 → "112,4". Values are rounded only for display.
 */
final class CellText {
    static final String NO_VALUE = "–";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CellText() {}

    /** {@code value} shown in {@code unit}; "–" when there is no value. */
    static String number(BigDecimal value, Unit unit) {
        if (value == null) {
            return NO_VALUE;
        }
        return switch (unit) {
            case SHARE, PERCENT -> decimals(value.multiply(HUNDRED), 1) + " %";
            case SEK -> grouped(value.setScale(0, RoundingMode.HALF_UP)) + " kr";
            case COUNT -> grouped(value.setScale(0, RoundingMode.HALF_UP));
            case INDEX -> decimals(value, 1);
        };
    }

    /** A plain decimal as written in Swedish without trailing zeros, e.g. 1.50 → "1,5". */
    static String plain(BigDecimal value) {
        if (value == null) {
            return NO_VALUE;
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }

    static String severity(Severity severity) {
        return severity == Severity.ERROR ? "Fel" : "Varning";
    }

    private static String decimals(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String whole = grouped(rounded.setScale(0, RoundingMode.DOWN));
        String fraction = rounded.abs().toPlainString();
        fraction = fraction.substring(fraction.indexOf('.') + 1);
        // -0.04 rounds to -0.0 but its whole part "0" lost the sign
        String sign = rounded.signum() < 0 && !whole.startsWith("-") ? "-" : "";
        return sign + whole + "," + fraction;
    }

    /** Whole number with a space between thousands, e.g. "-1 234 567". */
    private static String grouped(BigDecimal whole) {
        String digits = whole.abs().toPlainString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return (whole.signum() < 0 ? "-" : "") + out;
    }
}
