package goalbook.evaluation;

import goalbook.goals.Unit;
import goalbook.text.SwedishNumbers;
import java.math.BigDecimal;

/** Kept for its callers: every number is written by {@link SwedishNumbers}, the one convention. */
public final class SwedishFormat {

    private SwedishFormat() {}

    /** See {@link SwedishNumbers#format}, e.g. {@code (0.02, PERCENT)} → "2,0 %". */
    public static String format(BigDecimal value, Unit unit) {
        return SwedishNumbers.format(value, unit);
    }

    /** See {@link SwedishNumbers#percent}, e.g. 0.345 → "34,5 %". */
    public static String percent(BigDecimal fraction) {
        return SwedishNumbers.percent(fraction);
    }

    /** See {@link SwedishNumbers#number}, e.g. (1234567.891, 1) → "1 234 567,9". */
    public static String number(BigDecimal value, int decimals) {
        return SwedishNumbers.number(value, decimals);
    }

    /** See {@link SwedishNumbers#exact}, e.g. 12.5 → "12,5". */
    public static String exact(BigDecimal value) {
        return SwedishNumbers.exact(value);
    }
}
