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
 * @param earlierQuarters           stored reports of the quarters before, most recent first (the previous
 *                                  quarter first; a missing one is null), so a goal reported in Q2 and Q4
 *                                  compares Q4 with Q2
 */
public record History(
        Map<String, BigDecimal> previousQuarterInputs,
        Map<String, BigDecimal> sameQuarterLastYearInputs,
        Report previousQuarter,
        Report sameQuarterLastYear,
        java.util.List<Report> earlierQuarters) {

    /** No history at all: no plausibility warnings, every trend NO_COMPARISON. */
    public static final History NONE = new History(Map.of(), Map.of(), null, null);

    public History {
        previousQuarterInputs = previousQuarterInputs == null ? Map.of() : Map.copyOf(previousQuarterInputs);
        sameQuarterLastYearInputs = sameQuarterLastYearInputs == null ? Map.of() : Map.copyOf(sameQuarterLastYearInputs);
        earlierQuarters = earlierQuarters == null ? java.util.List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(earlierQuarters));
    }

    /** Only the previous quarter and the same quarter last year are known. */
    public History(Map<String, BigDecimal> previousQuarterInputs, Map<String, BigDecimal> sameQuarterLastYearInputs,
                   Report previousQuarter, Report sameQuarterLastYear) {
        this(previousQuarterInputs, sameQuarterLastYearInputs, previousQuarter, sameQuarterLastYear,
                previousQuarter == null ? java.util.List.of() : java.util.List.of(previousQuarter));
    }
}
