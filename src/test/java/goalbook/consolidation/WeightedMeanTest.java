package goalbook.consolidation;

import static goalbook.consolidation.Given.goal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.evaluation.GoalStatus;
import goalbook.goals.Aggregation;
import goalbook.goals.Formulas;
import goalbook.goals.Goal;
import goalbook.goals.GoalArea;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import goalbook.goals.QuarterLevel;
import goalbook.goals.Source;
import goalbook.goals.TargetRule;
import goalbook.goals.Timing;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rate entered as a percentage with a natural weight: the group takes Σ rate × weight / Σ weight. */
class WeightedMeanTest {

    /** One goal, "ranta" (entered rate, weighted by "stock") at least 2 %, due every quarter. */
    private static final GoalStructure S = structure();

    private static GoalStructure structure() {
        Map<String, Measure> m = new LinkedHashMap<>();
        m.put("ranta", new Measure("ranta", "Ränta", "", Unit.PERCENT, Source.REGION, Aggregation.WEIGHTED_MEAN, "stock",
                Timing.POINT_IN_TIME, QuarterLevel.ANNUAL, null, null));
        m.put("stock", new Measure("stock", "Stock", "", Unit.SEK, Source.REGION, Aggregation.SUM, null,
                Timing.POINT_IN_TIME, QuarterLevel.ANNUAL, BigDecimal.ZERO, null));
        GoalPart part = new GoalPart("ranta", "Ränta", Formulas.parse("ranta"), Unit.PERCENT, TargetRule.atLeast(new BigDecimal("0.02")));
        Goal goal = new Goal("ranta", 1, "Ränta", "", "", null, Set.of(1, 2, 3, 4), List.of(part), null);
        return new GoalStructure("viktad", "Viktad", 2024, null, "r1", Map.of(), List.of(new GoalArea("Område", "", List.of(goal))),
                m, List.of(), List.of(), List.of(), new BigDecimal(3));
    }

    private static RegionSubmission sub(String region, String rate, String stock, String... invalid) {
        return new RegionSubmission(region, 1, "sha", invalid.length == 0,
                Map.of("ranta", new BigDecimal(rate), "stock", new BigDecimal(stock)), Set.of(invalid), Map.of(), null);
    }

    private static Consolidation consolidate(RegionSubmission... subs) {
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        for (RegionSubmission s : subs) {
            latest.put(s.region(), s);
        }
        return new Consolidator().consolidate(S, new Period(2024, 2), List.copyOf(latest.keySet()), latest, Map.of(), Map.of(), Map.of());
    }

    @Test
    void consolidate_weightedMeanMeasure_weighsByOwnWeightMeasure() {
        Consolidation c = consolidate(sub("a", "0.03", "10"), sub("b", "0.01", "30"));

        // (0,3 + 0,3) / 40 = 1,5 %; the plain mean 2 % would be MET.
        assertEquals(0, new BigDecimal("0.015").compareTo(goal(c.group(), "ranta").value()));
        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "ranta").status());
        assertEquals(0, new BigDecimal("40").compareTo(c.groupInputs().get("stock")));
    }

    @Test
    void consolidate_weightInvalid_regionLeftOutOfWeightedMean() {
        Consolidation c = consolidate(sub("a", "0.03", "10"), sub("b", "0.01", "30", "stock"));

        assertEquals(0, new BigDecimal("0.03").compareTo(goal(c.group(), "ranta").value()));
        assertEquals(1, c.coverage().get("ranta"));
        assertEquals(List.of("b"), c.uncovered().get("ranta"));
    }

    @Test
    void consolidate_weightsSumToZero_groupGoalMissing() {
        Consolidation c = consolidate(sub("a", "0.03", "0"), sub("b", "0.01", "0"));

        assertEquals(GoalStatus.MISSING, goal(c.group(), "ranta").status());
        assertEquals("Koncernens värde för Ränta kan inte beräknas: summan av vikterna är 0.",
                c.group().problems().stream().filter(p -> p.code().equals("no_coverage")).findFirst().orElseThrow().message());
    }
}
