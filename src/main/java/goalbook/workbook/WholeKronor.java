package goalbook.workbook;

import goalbook.evaluation.Problem;
import goalbook.evaluation.SwedishFormat;
import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are whole kronor: a value with decimals in a kronor cell is rounded half up (the way
 * amounts are shown, 1200,5 → 1201) with a warning naming the cell, e.g. "Cell Inrapportering!C17
 * (Kostnader hittills i år (kr)): 1 200,4 kr har avrundats till 1 200 kr. Belopp anges i hela kronor."
 * Rounded rather than refused: öre come from ledgers and averages (the 36-month loan stock is one), the
 * figure is right to the krona, and a region should not have to resend for it.
 */
final class WholeKronor {

    static final String CODE = "rounded_to_whole_kronor";

    /** Below this, the difference is a double's rounding error in a formula, not öre anyone typed. */
    private static final BigDecimal NOISE = new BigDecimal("0.000001");

    private WholeKronor() {}

    static CellReading.Outcome round(CellReading.Outcome read, Measure m, String address) {
        BigDecimal v = read.value();
        if (m.unit() != Unit.SEK || v == null || read.problem() != null || v.stripTrailingZeros().scale() <= 0) {
            return read;
        }
        BigDecimal whole = v.setScale(0, RoundingMode.HALF_UP);
        if (v.subtract(whole).abs().compareTo(NOISE) < 0) {
            return new CellReading.Outcome(whole, null);
        }
        String message = CellReading.prefix(m, address) + SwedishFormat.exact(v) + " kr har avrundats till "
                + SwedishFormat.exact(whole) + " kr. Belopp anges i hela kronor.";
        return new CellReading.Outcome(whole, Problem.warning(CODE, m.id(), address, message));
    }
}
