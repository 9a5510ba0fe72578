package goalbook.consolidation;

import static goalbook.consolidation.Given.goal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Report;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per region: re-evaluation with current reference data, missing and invalid versions, comments, coverage. */
class RegionStatusTest {

    @Test
    void consolidate_regionWithoutSubmission_listedMissingAndEveryDueGoalMissing() {
        Given g = Given.structureB("a").absent("b").submitted("c");

        Consolidation c = g.consolidate();

        Report b = c.regionReports().get("b");
        for (GoalResult r : b.goals()) {
            assertEquals(GoalStatus.MISSING, r.status(), r.id());   // Q4: every goal due, even those on reference data
        }
        assertEquals(List.of("a", "b", "c"), List.copyOf(c.regionReports().keySet()));
        assertEquals(List.of(new RegionGap("b", RegionGap.Kind.MISSING, "Ingen inrapportering för 2024-Q4.")), c.gaps());
        assertEquals(1, b.problems().size());
        assertFalse(b.valid());
        assertEquals(2, c.coverage().get("unika_kunder"));
        assertEquals(List.of("b"), c.uncovered().get("unika_kunder"));
        assertEquals(new BigDecimal("200"), c.groupInputs().get("unika_kunder"));
    }

    @Test
    void consolidate_regionWithoutSubmissionInQ1_goalsNotDueStayNotDue() {
        Given g = Given.structureB("a").absent("b");
        Consolidation c = new Consolidator().consolidate(g.structure, new Period(2024, 1), g.regions, g.latest(), g.reference,
                g.groupReference, g.history);

        assertEquals(GoalStatus.NOT_DUE, goal(c.regionReports().get("b"), "andel_tidiga_skeden").status());
        assertEquals(GoalStatus.MISSING, goal(c.regionReports().get("b"), "utbetalda_lan").status());
        assertTrue(c.coverage().containsKey("utbetalda_lan"));
        assertFalse(c.coverage().containsKey("unika_kunder"));   // not asked for in Q1
    }

    @Test
    void consolidate_invalidVersion_touchedGoalsMissingOthersStillCount() {
        Given g = Given.structureB("a", "b").set("a", "kunder_tidiga_skeden", "120").invalid("a", "kunder_tidiga_skeden");

        Consolidation c = g.consolidate();

        Report a = c.regionReports().get("a");
        assertEquals(GoalStatus.MISSING, goal(a, "andel_tidiga_skeden").status());
        assertEquals(GoalStatus.MET, goal(a, "andel_kvinnor").status());
        assertEquals(GoalStatus.MET, goal(a, "utbetalda_lan").status());
        assertTrue(a.problems().stream().anyMatch(p -> p.code().equals("invalid_input") && p.measure().equals("kunder_tidiga_skeden")));
        RegionGap gap = c.gaps().get(0);
        assertEquals(RegionGap.Kind.INVALID, gap.kind());
        assertEquals("a", gap.region());
        assertTrue(gap.detail().contains("Unika kunder i tidiga skeden"), gap.detail());
        assertEquals(1, c.gaps().size());
    }

    @Test
    void consolidate_invalidNumerator_regionLeftOutOfWholeRatio() {
        Given g = Given.structureB("a", "b").set("a", "unika_kunder", "10").set("a", "kunder_tidiga_skeden", "9")
                .set("a", "kunder_kvinnor", "1").set("a", "kunder_utlandsk_bakgrund", "1").invalid("a", "kunder_tidiga_skeden");

        Consolidation c = g.consolidate();

        // Not 85 / 110: a's customers are out of the denominator too.
        assertEquals(0, new BigDecimal("0.85").compareTo(goal(c.group(), "andel_tidiga_skeden").value()));
        assertEquals(1, c.coverage().get("unika_kunder"));
        assertEquals(1, c.coverage().get("kunder_kvinnor"));
        assertEquals(List.of("a"), c.uncovered().get("kunder_tidiga_skeden"));
        assertEquals(2, c.coverage().get("utbetalda_lan"));
        assertEquals(2, c.coverage().get("lan_resultat_36m"));
    }

    @Test
    void consolidate_coverage_countsRegionsWithUsableValues() {
        Given g = Given.structureB("a", "b", "c").absent("d").invalid("c", "nps_kritiker");

        Consolidation c = g.consolidate();

        assertEquals(2, c.coverage().get("nps_promotorer"));
        assertEquals(2, c.coverage().get("nps_kritiker"));
        assertEquals(List.of("c", "d"), c.uncovered().get("nps_passiva"));
        assertEquals(3, c.coverage().get("unika_kunder"));
        assertEquals(List.of("d"), c.uncovered().get("unika_kunder"));
        assertEquals(15, c.coverage().size());   // every region-entered measure due in Q4
    }

    @Test
    void consolidate_planRaisedAfterSubmission_regionStatusChanges() {
        Given g = Given.structureB("a").set("a", "utbetalda_lan", "45000000");
        assertEquals(GoalStatus.MET, goal(g.consolidate().regionReports().get("a"), "utbetalda_lan").status());   // plan 40 M

        g.ref("a", "plan_utbetalda_lan", "45000001");
        assertEquals(GoalStatus.NOT_MET, goal(g.consolidate().regionReports().get("a"), "utbetalda_lan").status());

        g.ref("a", "plan_utbetalda_lan", "45000000");
        assertEquals(GoalStatus.MET, goal(g.consolidate().regionReports().get("a"), "utbetalda_lan").status());

        g.ref("a", "plan_utbetalda_lan", null);
        assertEquals(GoalStatus.NO_TARGET, goal(g.consolidate().regionReports().get("a"), "utbetalda_lan").status());
    }

    @Test
    void consolidate_notMetWithoutComment_listedCommentMissing() {
        Given g = Given.structureB("a", "b").set("a", "avslutade_insatser", "49").set("b", "avslutade_insatser", "49")
                .comment("b", "avslutade_insatser", "Två konsulter slutade under hösten.");

        Consolidation c = g.consolidate();

        assertEquals(List.of(new RegionGap("a", RegionGap.Kind.COMMENT_MISSING,
                "Mål 8 Avslutade affärsutvecklingsinsatser är ej uppfyllt men saknar kommentar.")), c.gaps());
        assertEquals("Två konsulter slutade under hösten.", goal(c.regionReports().get("b"), "avslutade_insatser").comment());
    }

    @Test
    void consolidate_gaps_inRegionOrderMissingInvalidThenComments() {
        Given g = Given.structureB("a").absent("b").submitted("c").invalid("c", "utbetalda_lan").set("c", "avslutade_insatser", "1");

        List<RegionGap> gaps = g.consolidate().gaps();

        assertEquals(List.of("b", "c", "c"), gaps.stream().map(RegionGap::region).toList());
        assertEquals(List.of(RegionGap.Kind.MISSING, RegionGap.Kind.INVALID, RegionGap.Kind.COMMENT_MISSING),
                gaps.stream().map(RegionGap::kind).toList());
    }

    @Test
    void consolidate_submissionOfUnknownRegion_isRefused() {
        Given g = Given.structureB("a");
        Map<String, RegionSubmission> latest = g.latest();

        assertThrows(IllegalArgumentException.class, () -> new Consolidator().consolidate(g.structure, g.period, List.of("b"),
                latest, g.reference, g.groupReference, g.history));
    }

    @Test
    void uniqueCustomersNote_saysSumOfRegionalCounts() {
        assertTrue(Consolidation.UNIQUE_CUSTOMERS_NOTE.contains("summan av regionernas"));
    }
}
