package goalbook.evaluation;

import static goalbook.evaluation.Fixture.goal;
import static goalbook.evaluation.Fixture.part;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Över 100 och förbättring över tid": structure A goals 1–2 compared with the previous period of
 * the same kind (annual goal 1 → same quarter last year; quarterly goal 2 → previous quarter).
 */
class ImprovingAndTrendTest {

    /** Structure A 2019-Q4 with the given reference changes, as the stored report of last year. */
    private static Report lastYear(String changes) {
        Fixture f = Fixture.structureA();
        f.period = new goalbook.goals.Period(2019, 4);
        StructureBRulesTest.apply(f, changes);
        return f.evaluate();
    }

    /** Structure A 2020-Q3 with the given changes, as the stored report of the previous quarter. */
    private static Report previousQuarter(String changes) {
        Fixture f = Fixture.structureA().quarter(3);
        StructureBRulesTest.apply(f, changes);
        return f.evaluate();
    }

    private static History reports(Report previousQuarter, Report lastYear) {
        return new History(Map.of(), Map.of(), previousQuarter, lastYear);
    }

    @Test
    void evaluate_improvingGoalWithoutHistory_judgesLevelOnlyWithNoComparison() {
        Report r = Fixture.structureA().evaluate();
        assertEquals(GoalStatus.MET, goal(r, "index_tillvaxt").status());
        goal(r, "index_tillvaxt").parts().forEach(p -> assertEquals(Trend.NO_COMPARISON, p.trend(), p.id()));
    }

    @Test
    void evaluate_improvingAnnualGoalAllRoseSinceLastYear_isMetWithTrendUp() {
        Report before = lastYear("ref:kund_overlevnad=0.905;ref:kund_omsattning_forandring=0.10;ref:kund_foradlingsvarde_forandring=0.06");
        Report r = Fixture.structureA().history(reports(null, before)).evaluate();
        assertEquals(GoalStatus.MET, goal(r, "index_tillvaxt").status());
        goal(r, "index_tillvaxt").parts().forEach(p -> assertEquals(Trend.UP, p.trend(), p.id()));
        assertEquals(Trend.UP, goal(r, "index_tillvaxt").trend());
    }

    @Test
    void evaluate_improvingAnnualGoalOneSubIndexFell_isNotMetThoughAboveHundred() {
        // Last year turnover index was 100 × 1.20 / 1.05 = 114.3; now 106.7: still over 100 but fallen.
        Report before = lastYear("ref:kund_omsattning_forandring=0.20");
        Report r = Fixture.structureA().history(reports(null, before)).evaluate();
        assertEquals(Trend.DOWN, part(r, "index_tillvaxt", "omsattning").trend());
        assertEquals(GoalStatus.NOT_MET, part(r, "index_tillvaxt", "omsattning").status());
        assertEquals(GoalStatus.MET, part(r, "index_tillvaxt", "overlevnad").status());
        assertEquals(Trend.UNCHANGED, part(r, "index_tillvaxt", "overlevnad").trend());
        assertEquals(GoalStatus.NOT_MET, goal(r, "index_tillvaxt").status());
    }

    @Test
    void evaluate_improvingGoalUnchanged_isMet() {
        Report r = Fixture.structureA().history(reports(null, lastYear(""))).evaluate();
        goal(r, "index_tillvaxt").parts().forEach(p -> assertEquals(Trend.UNCHANGED, p.trend(), p.id()));
        assertEquals(Trend.UNCHANGED, goal(r, "index_tillvaxt").trend());
        assertEquals(GoalStatus.MET, goal(r, "index_tillvaxt").status());
    }

    @Test
    void evaluate_annualGoal_ignoresThePreviousQuarter() {
        // Q3 carries no Index Tillväxt (not due); even a made-up higher value there must not count.
        Report q3 = previousQuarter("ref:kund_omsattning_forandring=0.20");
        Report r = Fixture.structureA().history(reports(q3, null)).evaluate();
        assertEquals(Trend.NO_COMPARISON, part(r, "index_tillvaxt", "omsattning").trend());
        assertEquals(GoalStatus.MET, goal(r, "index_tillvaxt").status());
    }

    @Test
    void evaluate_quarterlyImprovingGoalFellSincePreviousQuarter_isNotMet() {
        // Q3: 50 of 100 women-led → sub-index 142.9; Q4: 45 of 100 → 128.6, still over 100.
        Report q3 = previousQuarter("kunder_kvinnor=50");
        Report r = Fixture.structureA().history(reports(q3, null)).evaluate();
        assertEquals(Trend.DOWN, part(r, "index_fokusgrupper", "kvinnor").trend());
        assertEquals(GoalStatus.NOT_MET, part(r, "index_fokusgrupper", "kvinnor").status());
        assertEquals(Trend.DOWN, part(r, "index_fokusgrupper", "sammanvagt").trend());
        assertEquals(GoalStatus.NOT_MET, goal(r, "index_fokusgrupper").status());
    }

    @Test
    void evaluate_quarterlyImprovingGoalRoseSincePreviousQuarter_isMet() {
        Report q3 = previousQuarter("kunder_kvinnor=40;kunder_utlandsk_bakgrund=22");
        Report r = Fixture.structureA().history(reports(q3, lastYear("kunder_kvinnor=90"))).evaluate();
        assertEquals(Trend.UP, part(r, "index_fokusgrupper", "kvinnor").trend());
        assertEquals(GoalStatus.MET, goal(r, "index_fokusgrupper").status());
    }

    @Test
    void evaluate_improvingGoalBelowHundredButRising_isNotMet() {
        Report q3 = previousQuarter("kunder_kvinnor=30");
        Report r = Fixture.structureA().set("kunder_kvinnor", "34").history(reports(q3, null)).evaluate();
        assertEquals(Trend.UP, part(r, "index_fokusgrupper", "kvinnor").trend());
        assertEquals(GoalStatus.NOT_MET, part(r, "index_fokusgrupper", "kvinnor").status());
    }

    @Test
    void evaluate_nonImprovingGoal_fallDoesNotFailItButTrendIsRawDirection() {
        // Structure B goal 9, cost per insats judged "at most": a rise is reported as UP (value grew).
        Fixture q3 = Fixture.structureB().quarter(3).set("kostnader", "1800000");
        Report before = q3.evaluate();
        Report r = Fixture.structureB().history(new History(Map.of(), Map.of(), before, null)).evaluate();
        assertEquals(Trend.UP, goal(r, "kostnad_per_insats").trend());
        assertEquals(GoalStatus.MET, goal(r, "kostnad_per_insats").status());
        assertEquals(Trend.UNCHANGED, goal(r, "utbetalda_lan").trend());
    }

    @Test
    void evaluate_structureBAnnualGoal_comparesWithSameQuarterLastYear() {
        Fixture lastYear = Fixture.structureB().ref("kund_omsattningstillvaxt", "0.09");
        lastYear.period = new goalbook.goals.Period(2023, 4);
        Report r = Fixture.structureB().history(new History(Map.of(), Map.of(), null, lastYear.evaluate())).evaluate();
        assertEquals(Trend.DOWN, goal(r, "nettoomsattningstillvaxt").trend());
        assertEquals(GoalStatus.MET, goal(r, "nettoomsattningstillvaxt").status());
    }

    @Test
    void evaluate_goalReportedInQ2AndQ4_comparesQ4WithQ2NotWithQ3() {
        Fixture q2 = Fixture.structureB().quarter(2).set("kunder_tidiga_skeden", "80");
        Report q2Report = q2.evaluate();
        Report q3Report = Fixture.structureB().quarter(3).evaluate();
        assertEquals(GoalStatus.NOT_DUE, goal(q3Report, "andel_tidiga_skeden").status());
        History h = new History(Map.of(), Map.of(), q3Report, null, java.util.List.of(q3Report, q2Report));
        Report q4 = Fixture.structureB().set("kunder_tidiga_skeden", "85").history(h).evaluate();
        assertEquals(Trend.UP, goal(q4, "andel_tidiga_skeden").trend());
        Report q4Lower = Fixture.structureB().set("kunder_tidiga_skeden", "75").history(h).evaluate();
        assertEquals(Trend.DOWN, goal(q4Lower, "andel_tidiga_skeden").trend());
    }
}
