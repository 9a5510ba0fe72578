package goalbook.consolidation;

import goalbook.evaluation.Report;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One period consolidated, e.g. almi-2021 2024-Q4: sixteen re-evaluated region reports, the group's
 * report (region {@code koncernen}) and {@code coverage {unika_kunder=15, ...}} with the regions
 * missing, invalid or lacking comments in {@code gaps}.
 *
 * @param regionReports region id → its report re-evaluated with the current reference data, in the
 *                      order of the region list (regions without a submission included, their due goals MISSING)
 * @param group         the group's report, evaluated from {@code groupInputs}
 * @param coverage      region-entered measure due this period → number of regions whose value is in the group figure
 * @param gaps          in region order; MISSING, INVALID, then COMMENT_MISSING per goal
 * @param uncovered     the same measures → the regions left out of the group figure, in region order
 * @param groupInputs   the group's aggregated region-entered values (sums, weighted means, group row)
 * @param references    region id, or {@link Consolidator#GROUP}, → the reference values it was judged
 *                      against (plan levels, comparison groups), e.g. for target lines in charts
 */
public record Consolidation(
        Period period,
        String structure,
        Map<String, Report> regionReports,
        Report group,
        Map<String, Integer> coverage,
        List<RegionGap> gaps,
        Map<String, List<String>> uncovered,
        Map<String, BigDecimal> groupInputs,
        Map<String, Map<String, BigDecimal>> references) {

    /** The consolidated workbook's note on the group's unique customers (DOMAIN.md). */
    public static final String UNIQUE_CUSTOMERS_NOTE = "Koncernens antal unika kunder är summan av regionernas antal. "
            + "En kund som har fått insatser från två regioner räknas av båda, så talet är inte antalet olika företag.";

    public Consolidation {
        regionReports = ordered(regionReports);
        coverage = ordered(coverage);
        gaps = List.copyOf(gaps);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        uncovered.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        uncovered = Collections.unmodifiableMap(lists);
        groupInputs = ordered(groupInputs);
        Map<String, Map<String, BigDecimal>> refs = new LinkedHashMap<>();
        (references == null ? Map.<String, Map<String, BigDecimal>>of() : references).forEach((k, v) -> refs.put(k, ordered(v)));
        references = Collections.unmodifiableMap(refs);
    }

    /** The reference values {@code regionOrGroup} was judged against; empty when none were set. */
    public Map<String, BigDecimal> referenceOf(String regionOrGroup) {
        return references.getOrDefault(regionOrGroup, Map.of());
    }

    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
