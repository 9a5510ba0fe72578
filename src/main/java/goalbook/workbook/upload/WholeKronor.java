package goalbook.workbook.upload;

import goalbook.evaluation.Problem;
import goalbook.evaluation.SwedishFormat;
import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
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

    /**
     * A double carries 15 reliable significant digits; beyond them is binary noise (70000000.4 stored
     * as 70000000.40000001, 0.1 × 12000 as 1200.0000000000002), not öre anyone typed.
     */
    private static final MathContext DOUBLE_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private WholeKronor() {}

    static CellReading.Outcome round(CellReading.Outcome read, Measure m, String address) {
        BigDecimal v = read.value();
        if (m.unit() != Unit.SEK || v == null || read.problem() != null || v.stripTrailingZeros().scale() <= 0) {
            return read;
        }
        BigDecimal typed = v.round(DOUBLE_DIGITS).stripTrailingZeros();
        BigDecimal whole = typed.setScale(0, RoundingMode.HALF_UP);
        if (typed.scale() <= 0) {
            return new CellReading.Outcome(whole, null);
        }
        String message = CellReading.prefix(m, address) + SwedishFormat.exact(typed) + " kr har avrundats till "
                + SwedishFormat.exact(whole) + " kr. Belopp anges i hela kronor.";
        return new CellReading.Outcome(whole, Problem.warning(CODE, m.id(), address, message));
    }
}
