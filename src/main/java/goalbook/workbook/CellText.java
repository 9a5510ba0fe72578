package goalbook.workbook;

import goalbook.evaluation.Severity;
import goalbook.evaluation.SwedishFormat;
import goalbook.goals.Unit;
import java.math.BigDecimal;

/**
 * Swedish text for figures written into workbooks, e.g. 0.8 as a share → "80,0 %", 1234567 kr →
 * "1 234 567 kr", index 112.44 → "112,4". Values are rounded only for display.
 */
public final class CellText {
    public static final String NO_VALUE = goalbook.text.SwedishNumbers.NO_VALUE;

    private CellText() {}

    /** {@code value} shown in {@code unit}, as {@link SwedishFormat} writes it everywhere; "–" when there is no value. */
    public static String number(BigDecimal value, Unit unit) {
        return SwedishFormat.format(value, unit);
    }

    /** A plain decimal as written in Swedish without trailing zeros, e.g. 1.50 → "1,5". */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return NO_VALUE;
        }
        return goalbook.text.SwedishNumbers.exact(value);
    }

    public static String severity(Severity severity) {
        return severity == Severity.ERROR ? "Fel" : "Varning";
    }
}
