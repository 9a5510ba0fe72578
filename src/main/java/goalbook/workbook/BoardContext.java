package goalbook.workbook;

import goalbook.consolidation.Consolidation;
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
 * headline, the group beside it for comparison and no other region.
 */
record BoardContext(GoalStructure s, Period period, Consolidation c, BoardScope scope, List<Goal> goals,
                    Report headline, Map<String, String> regionNames) {

    static BoardContext of(GoalStructure s, Period period, Consolidation c, BoardScope scope, List<SourceRow> sources) {
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
        return new BoardContext(s, period, c, scope, s.goalsDueIn(period.quarter()), headline, names);
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
}
