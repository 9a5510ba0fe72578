package goalbook.periods;

import goalbook.storage.StoredVersion;
import goalbook.storage.ReviewState;
import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Consolidator;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quarter's results as rows, from the same {@link QuarterData} and {@link Consolidation} the
 * consolidated workbook's Matris is written from: one row per region and goal due, then the group's,
 * and the composite indices likewise. Regions in the order of the region list.
 */
public final class QuarterResults {
    /** The region id the group's rows carry. */
    public static final String GROUP = Consolidator.GROUP;

    private final PeriodService periods;
    private final Regions regions;

    public QuarterResults(PeriodService periods, Regions regions) {
        this.periods = periods;
        this.regions = regions;
    }

    /**
     * One goal of one region (or the group) this quarter; value null when it could not be computed.
     *
     * @param review the region's {@link ReviewState} (null for the group, and in quarters approved before reviews existed)
     */
    public record GoalRow(String structure, String period, String region, String regionName, int goalNumber, String goalId,
                          String goalName, BigDecimal value, String target, String status, String statusText, String trend,
                          Integer version, String sha256, String review) {}

    /** One composite index of one region (or the group). */
    public record IndexRow(String structure, String period, String region, String regionName, String indexId, String indexName,
                           BigDecimal value, String note, Integer version, String sha256, String review) {}

    /** @param approved whether the numbers are the approval's frozen snapshot */
    public record Results(String structure, String period, boolean approved, List<GoalRow> goals, List<IndexRow> indices) {

        /** Only {@code region}'s rows. */
        public Results only(String region) {
            return new Results(structure, period, approved, goals.stream().filter(r -> r.region().equals(region)).toList(),
                    indices.stream().filter(r -> r.region().equals(region)).toList());
        }
    }

    public Results of(Period p) {
        QuarterData q = periods.data(p);
        Consolidation c = periods.consolidate(q);
        List<Goal> due = q.structure().goalsDueIn(p.quarter());
        List<GoalRow> goals = new ArrayList<>();
        List<IndexRow> indices = new ArrayList<>();
        Map<String, ReviewState> reviews = periods.reviewStates(q);
        for (Region r : regions.all()) {
            ReviewState state = reviews.get(r.id());
            add(goals, indices, c, due, c.regionReports().get(r.id()), r.id(), r.name(), q.versions().get(r.id()),
                    state == null ? null : state.name());
        }
        add(goals, indices, c, due, c.group(), GROUP, "Koncernen", null, null);
        return new Results(c.structure(), p.toString(), q.approved(), goals, indices);
    }

    private static void add(List<GoalRow> goals, List<IndexRow> indices, Consolidation c, List<Goal> due, Report report,
                            String region, String name, StoredVersion v, String review) {
        if (report == null) {
            return;
        }
        Integer version = v == null ? null : v.version();
        String sha = v == null ? null : v.sha256();
        for (Goal goal : due) {
            GoalResult g = report.goals().stream().filter(x -> x.id().equals(goal.id())).findFirst().orElse(null);
            if (g == null) {
                continue;
            }
            goals.add(new GoalRow(c.structure(), c.period().toString(), region, name, goal.number(), goal.id(), goal.name(),
                    g.value(), g.target(), g.status().name(), g.status().label(), g.trend() == null ? null : g.trend().name(),
                    version, sha, review));
        }
        for (IndexResult i : report.indices()) {
            indices.add(new IndexRow(c.structure(), c.period().toString(), region, name, i.id(), i.name(), i.value(), i.note(),
                    version, sha, review));
        }
    }
}
