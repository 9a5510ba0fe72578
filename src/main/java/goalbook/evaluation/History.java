package goalbook.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The region's own earlier figures, used for plausibility warnings and trends, e.g. last year's Q2
 * inputs {@code {unika_kunder=412}} and the stored Q1 report.
 *
 * @param previousQuarterInputs     inputs of the previous quarter (compared with POINT_IN_TIME measures)
 * @param sameQuarterLastYearInputs inputs of the same quarter last year (compared with YEAR_TO_DATE measures)
 * @param previousQuarter           the stored report of the previous quarter for this region, or null
 * @param sameQuarterLastYear       the stored report of the same quarter last year for this region, or null
 */
public record History(
        Map<String, BigDecimal> previousQuarterInputs,
        Map<String, BigDecimal> sameQuarterLastYearInputs,
        Report previousQuarter,
        Report sameQuarterLastYear) {

    /** No history at all: no plausibility warnings, every trend NO_COMPARISON. */
    public static final History NONE = new History(Map.of(), Map.of(), null, null);

    public History {
        previousQuarterInputs = previousQuarterInputs == null ? Map.of() : Map.copyOf(previousQuarterInputs);
        sameQuarterLastYearInputs = sameQuarterLastYearInputs == null ? Map.of() : Map.copyOf(sameQuarterLastYearInputs);
    }
}
