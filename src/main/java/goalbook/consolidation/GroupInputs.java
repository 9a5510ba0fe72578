package goalbook.consolidation;

import goalbook.evaluation.Problem;
import goalbook.goals.Aggregation;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The group's figures for one quarter, e.g. region A 9 of 10 customers in early stages and region B
 * 10 of 100 give the group {@code kunder_tidiga_skeden=19, unika_kunder=110} (coverage 2 each), from
 * which the structure's own expression computes 19/110.
 *
 * @param values    region-entered measures due this quarter (and their weights): SUM, WEIGHTED_MEAN or the group row
 * @param reference reference measures: the group row's value, else the aggregation of every region's level
 * @param coverage  aggregated region-entered measure → regions whose value is in the group figure
 * @param uncovered the same measures → regions left out
 * @param problems  one ERROR per due measure with no group value, so its goals are MISSING
 */
record GroupInputs(
        Map<String, BigDecimal> values,
        Map<String, BigDecimal> reference,
        Map<String, Integer> coverage,
        Map<String, List<String>> uncovered,
        List<Problem> problems) {

    private static final MathContext MC = MathContext.DECIMAL128;

    static GroupInputs aggregate(GoalStructure s, int quarter, List<String> regions, Map<String, RegionSubmission> latest,
                                 Map<String, Map<String, BigDecimal>> referenceByRegion, Map<String, BigDecimal> groupReference) {
        RegionValues rv = new RegionValues(s, latest, referenceByRegion);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Integer> coverage = new LinkedHashMap<>();
        Map<String, List<String>> uncovered = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();

        List<String> due = s.regionInputsDueIn(quarter).stream().map(Measure::id).toList();
        // A weighted mean's weight joins the group row even when no due goal uses it on its own.
        Set<String> ids = new LinkedHashSet<>();
        for (String id : due) {
            Measure m = s.measure(id);
            if (m.aggregation() != Aggregation.GROUP_ROW) {
                ids.add(id);
                if (m.weight() != null && s.measure(m.weight()).enteredByRegion()) {
                    ids.add(m.weight());
                }
            }
        }
        List<String> aggregated = List.copyOf(ids);
        for (Set<String> together : ComputedTogether.of(s, quarter, aggregated)) {
            List<String> contributing = regions.stream().filter(r -> together.stream().allMatch(m -> rv.of(r, m) != null)).toList();
            for (String m : together) {
                List<String> used = new ArrayList<>();
                BigDecimal v = aggregate(s.measure(m), contributing, rv, used);
                coverage.put(m, used.size());
                uncovered.put(m, regions.stream().filter(r -> !used.contains(r)).toList());
                if (v != null) {
                    values.put(m, v);
                }
            }
        }
        for (String m : due) {
            if (s.measure(m).aggregation() == Aggregation.GROUP_ROW && groupReference.get(m) != null) {
                values.put(m, groupReference.get(m));
            }
            if (!values.containsKey(m)) {
                String why = coverage.getOrDefault(m, 0) > 0 ? "summan av vikterna är 0" : "ingen region har lämnat ett användbart värde";
                problems.add(Problem.error("no_coverage", m, null, "Koncernens värde för " + s.measure(m).label()
                        + " kan inte beräknas: " + why + "."));
            }
        }

        Map<String, BigDecimal> reference = new LinkedHashMap<>();
        for (Measure m : s.measures().values()) {
            if (m.enteredByRegion()) {
                continue;
            }
            BigDecimal v = groupReference.get(m.id());
            List<String> over = sameRegions(s, quarter, m.id(), regions, uncovered);
            if (v == null && m.aggregation() == Aggregation.SUM && !over.isEmpty() && over.stream().allMatch(r -> rv.of(r, m.id()) != null)) {
                v = aggregate(m, over, rv, new ArrayList<>()); // a plan for the group: every counted region's level, or none
            } else if (v == null && m.aggregation() == Aggregation.WEIGHTED_MEAN) {
                v = aggregate(m, regions, rv, new ArrayList<>());
            }
            if (v != null) {
                reference.put(m.id(), v);
            }
        }
        return new GroupInputs(values, reference, coverage, uncovered, problems);
    }

    /**
     * The regions a summed reference level (a plan, a loan frame) must cover: those in the group's
     * figure it is set against, e.g. the 7 regions that reported loans, not all 16, so 7 regions'
     * loans are never judged against 16 regions' plans. Every region when no due goal pairs it with
     * a region-entered figure.
     */
    private static List<String> sameRegions(GoalStructure s, int quarter, String reference, List<String> regions,
                                            Map<String, List<String>> uncovered) {
        for (var goal : s.goalsDueIn(quarter)) {
            for (var part : goal.parts()) {
                if (!part.metric().measures().contains(reference) && !part.target().references().contains(reference)) {
                    continue;
                }
                Set<String> left = new LinkedHashSet<>();
                boolean paired = false;
                for (String m : part.metric().measures()) {
                    if (s.measure(m).enteredByRegion()) {
                        paired = true;
                        left.addAll(uncovered.getOrDefault(m, regions));
                    }
                }
                if (paired) {
                    return regions.stream().filter(r -> !left.contains(r)).toList();
                }
            }
        }
        return regions;
    }

    /**
     * SUM: Σ value; WEIGHTED_MEAN: Σ value × weight / Σ weight over the regions having both (null when
     * Σ weight is 0). Adds the regions actually used to {@code used}; null when none.
     */
    private static BigDecimal aggregate(Measure m, List<String> regions, RegionValues rv, List<String> used) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (String r : regions) {
            BigDecimal v = rv.of(r, m.id());
            BigDecimal w = m.aggregation() == Aggregation.WEIGHTED_MEAN ? rv.of(r, m.weight()) : BigDecimal.ONE;
            if (v == null || w == null) {
                continue;
            }
            used.add(r);
            sum = sum.add(v.multiply(w, MC), MC);
            weights = weights.add(w, MC);
        }
        if (used.isEmpty()) {
            return null;
        }
        if (m.aggregation() != Aggregation.WEIGHTED_MEAN) {
            return sum;
        }
        return weights.signum() == 0 ? null : sum.divide(weights, MC);
    }

    /** A region's usable value of a measure: its valid input, or its reference level. */
    private record RegionValues(GoalStructure s, Map<String, RegionSubmission> latest,
                                Map<String, Map<String, BigDecimal>> referenceByRegion) {
        BigDecimal of(String region, String measure) {
            if (s.measure(measure).enteredByRegion()) {
                RegionSubmission sub = latest.get(region);
                return sub == null ? null : sub.usable(measure);
            }
            return referenceByRegion.getOrDefault(region, Map.of()).get(measure);
        }
    }
}
