package goalbook.consolidation;

import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.History;
import goalbook.evaluation.Report;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consolidates one period from each region's latest version, e.g. region A with 9 of 10 customers
 * in early stages and region B with 10 of 100 give the group 19/110 = 17,3 %, not the mean of 90 %
 * and 10 %. Regions are re-evaluated with the current reference data; the group is evaluated as
 * region {@link #GROUP} from inputs aggregated by each measure's rule.
 */
public final class Consolidator {

    /** The region id of the group's report and its history key. */
    public static final String GROUP = "koncernen";

    private final RegionEvaluation regions = new RegionEvaluation();

    /**
     * @param allRegionIds            every region that should report, in display order
     * @param latest                  region id → its latest stored version (invalid ones too); absent when none
     * @param referenceByRegion       region id → its resolved reference values for this period
     * @param groupReference          the reference data's group row, resolved for this period
     * @param historyByRegionAndGroup region id, or {@link #GROUP}, → its history; absent means none
     */
    public Consolidation consolidate(GoalStructure s, Period period, List<String> allRegionIds, Map<String, RegionSubmission> latest,
                                     Map<String, Map<String, BigDecimal>> referenceByRegion, Map<String, BigDecimal> groupReference,
                                     Map<String, History> historyByRegionAndGroup) {
        Map<String, Map<String, BigDecimal>> refs = referenceByRegion == null ? Map.of() : referenceByRegion;
        Map<String, History> histories = historyByRegionAndGroup == null ? Map.of() : historyByRegionAndGroup;
        Map<String, BigDecimal> groupRef = groupReference == null ? Map.of() : groupReference;
        for (String r : latest.keySet()) {
            if (!allRegionIds.contains(r)) {
                throw new IllegalArgumentException("submission of region " + r + " which is not in the region list");
            }
        }

        Map<String, Report> reports = new LinkedHashMap<>();
        List<RegionGap> gaps = new ArrayList<>();
        for (String r : allRegionIds) {
            RegionSubmission sub = latest.get(r);
            Map<String, BigDecimal> ref = refs.getOrDefault(r, Map.of());
            History history = histories.getOrDefault(r, History.NONE);
            Report report;
            if (sub == null) {
                report = regions.absent(s, period, r, ref, history);
                gaps.add(new RegionGap(r, RegionGap.Kind.MISSING, "Ingen inrapportering för " + period + "."));
            } else {
                report = regions.submitted(s, period, sub, ref, history);
                if (!sub.valid()) {
                    gaps.add(new RegionGap(r, RegionGap.Kind.INVALID, invalidDetail(s, sub)));
                }
            }
            reports.put(r, report);
            for (GoalResult g : report.goals()) {
                if (g.status() == GoalStatus.NOT_MET && (g.comment() == null || g.comment().isBlank())) {
                    gaps.add(new RegionGap(r, RegionGap.Kind.COMMENT_MISSING,
                            "Mål " + g.number() + " " + g.name() + " är ej uppfyllt men saknar kommentar."));
                }
            }
        }

        GroupInputs in = GroupInputs.aggregate(s, period.quarter(), allRegionIds, latest, refs, groupRef);
        SubmittedInputs groupInputs = new SubmittedInputs(in.values(), Map.of(), Map.of(), Map.of(), in.problems());
        Report g = new Evaluator().evaluate(new EvaluationInput(s, period, GROUP, groupInputs, in.reference(),
                histories.getOrDefault(GROUP, History.NONE)));
        // The group writes no comments in a template; asking for them would only be noise.
        Report group = new Report(g.structure(), g.structureRevision(), g.period(), g.region(),
                g.problems().stream().filter(p -> !p.code().equals("comment_missing")).toList(), g.goals(), g.indices());
        Map<String, Map<String, BigDecimal>> judgedAgainst = new LinkedHashMap<>();
        allRegionIds.forEach(r -> judgedAgainst.put(r, refs.getOrDefault(r, Map.of())));
        judgedAgainst.put(GROUP, in.reference());
        return new Consolidation(period, s.id(), reports, group, in.coverage(), gaps, in.uncovered(), in.values(), judgedAgainst);
    }

    private static String invalidDetail(GoalStructure s, RegionSubmission sub) {
        String head = "Senaste versionen (version " + sub.version() + ") är ogiltig men används.";
        if (sub.invalidMeasures().isEmpty()) {
            return head;
        }
        List<String> labels = sub.invalidMeasures().stream().sorted().map(id -> RegionEvaluation.label(s, id)).toList();
        return head + " Räknas inte: " + String.join(", ", labels) + "; målen som behöver dem räknas som Uppgift saknas.";
    }
}
