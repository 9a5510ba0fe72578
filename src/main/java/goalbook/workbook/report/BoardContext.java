package goalbook.workbook.report;

import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Coverage;
import goalbook.consolidation.GoalComparison;
import goalbook.consolidation.PeriodComparison;
import goalbook.evaluation.Comparison;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a board workbook shows, e.g. structure B Q2 for the group: goals 3–9, 11, 12, the group's
 * report as headline and all sixteen regions as breakdown; for a region's board its own report as
 * headline, the group beside it for comparison and no other region. It also knows which regions the
 * group's figures are made of ("7 av 16 regioner har rapporterat") and each goal's comparison with
 * an earlier comparable quarter.
 *
 * @param earlier     earlier periods of the same structure (any order), for comparisons; may be empty
 * @param comparisons goal id → the headline's comparison (the group's, or the region's on its own board)
 */
record BoardContext(GoalStructure s, Period period, Consolidation c, BoardScope scope, List<Goal> goals,
                    Report headline, Map<String, String> regionNames, List<Consolidation> earlier,
                    Map<String, GoalComparison> comparisons) {

    static BoardContext of(GoalStructure s, Period period, Consolidation c, BoardScope scope, List<SourceRow> sources) {
        return of(s, period, c, scope, sources, List.of());
    }

    static BoardContext of(GoalStructure s, Period period, Consolidation c, BoardScope scope, List<SourceRow> sources,
                           List<Consolidation> earlier) {
        Report headline = scope.group() ? c.group() : c.regionReports().get(scope.regionOrNull());
        if (headline == null) {
            throw new IllegalArgumentException("no report for region " + scope.regionOrNull() + " in the consolidation");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : c.regionReports().keySet()) {
            String name = sources.stream().filter(x -> id.equals(x.region()) && x.regionName() != null)
                    .map(SourceRow::regionName).findFirst().orElse(id);
            names.put(id, name);
        }
        List<Consolidation> before = earlier == null ? List.of() : List.copyOf(earlier);
        return new BoardContext(s, period, c, scope, s.goalsDueIn(period.quarter()), headline, names, before,
                PeriodComparison.compare(s, c, before, scope.regionOrNull()));
    }

    /** The regions shown: every region for the group's board, only its own for a region's. */
    List<String> regions() {
        return scope.group() ? new ArrayList<>(c.regionReports().keySet()) : List.of(scope.regionOrNull());
    }

    /** "Koncernen" or the region's name. */
    String whose() {
        return scope.group() ? MatrixSheet.GROUP_ROW : regionNames.getOrDefault(scope.regionOrNull(), scope.regionOrNull());
    }

    String name(String region) {
        return regionNames.getOrDefault(region, region);
    }

    /** Which regions submitted this period: the group figures are made of at most these. */
    Coverage reporting() {
        return Coverage.ofSubmissions(c);
    }

    /** The regions without a submission this period, by name in region order, e.g. ["Almi Gotland"]. */
    List<String> missingRegionNames() {
        return reporting().leftOut().stream().map(this::name).toList();
    }

    /** "7 av 16 regioner har rapporterat" (or "Alla 16 regioner har rapporterat"). */
    String reportingText() {
        Coverage r = reporting();
        return r.leftOut().isEmpty() ? "Alla " + r.total() + " regioner har rapporterat"
                : r.included().size() + " av " + r.total() + " regioner har rapporterat";
    }

    /** The regions in the group's value of {@code goal}, e.g. 6 of 16 when one reporting region's input was invalid. */
    Coverage coverage(Goal goal) {
        return Coverage.ofGoal(s, c, goal);
    }

    /** The headline's comparison with an earlier comparable quarter, or null for a goal without headline (listed parts). */
    Comparison comparison(Goal goal) {
        GoalComparison g = comparisons.get(goal.id());
        return g == null ? null : g.headline();
    }

    /** One part's comparison, or null. */
    Comparison comparison(Goal goal, String partId) {
        GoalComparison g = comparisons.get(goal.id());
        return g == null ? null : g.parts().get(partId);
    }
}
