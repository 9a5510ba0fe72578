package goalbook.consolidation;

import static goalbook.consolidation.Given.goal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.evaluation.GoalStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A group plan summed from the regions' plans covers the same regions as the figure judged against it. */
class GroupPlanCoverageTest {

    @Test
    void loans_sevenOfSixteenReported_judgedAgainstTheSevenRegionsPlans() {
        // 7 × 50 M = 350 M against 7 × 40 M = 280 M; against all sixteen plans (640 M) it would fail
        Consolidation c = new Quarters("2024-Q2", Quarters.SEVEN).consolidate();
        assertEquals(GoalStatus.MET, goal(c.group(), "utbetalda_lan").status());
        assertEquals("minst 280 000 000 kr (plan)", goal(c.group(), "utbetalda_lan").target());
    }

    @Test
    void loans_justBelowTheCoveredPlan_notMet_atIt_met() {
        Consolidation below = new Quarters("2024-Q2", Quarters.SEVEN).set("utbetalda_lan", "39999999").consolidate();
        assertEquals(GoalStatus.NOT_MET, goal(below.group(), "utbetalda_lan").status());
        Consolidation at = new Quarters("2024-Q2", Quarters.SEVEN).set("utbetalda_lan", "40000000").consolidate();
        assertEquals(GoalStatus.MET, goal(at.group(), "utbetalda_lan").status());
        assertEquals(0, new BigDecimal("280000000").compareTo(at.referenceOf(Consolidator.GROUP).get("plan_utbetalda_lan")));
    }
}
