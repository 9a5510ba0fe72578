package goalbook.consolidation;

import static goalbook.consolidation.Given.goal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.IndexResult;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The group's figures: sums, ratios of sums, the loan return, the group row and the group's plan levels. */
class GroupAggregationTest {

    private static final MathContext MC = MathContext.DECIMAL128;

    @Test
    void consolidate_sharesOfDifferentSize_groupShareIsRatioOfSums() {
        Given g = Given.structureB("a", "b");
        g.set("a", "unika_kunder", "10").set("a", "kunder_tidiga_skeden", "9").set("a", "kunder_kvinnor", "4").set("a", "kunder_utlandsk_bakgrund", "3");
        g.set("b", "unika_kunder", "100").set("b", "kunder_tidiga_skeden", "10");

        Consolidation c = g.consolidate();

        BigDecimal expected = new BigDecimal(19).divide(new BigDecimal(110), MC);
        BigDecimal share = goal(c.group(), "andel_tidiga_skeden").value();
        assertEquals(0, expected.compareTo(share), () -> "group share " + share);
        assertEquals(expected, share.round(MC));
        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "andel_tidiga_skeden").status());
        assertEquals(GoalStatus.MET, goal(c.regionReports().get("a"), "andel_tidiga_skeden").status());
        assertEquals(new BigDecimal("110"), c.groupInputs().get("unika_kunder"));
        assertEquals(new BigDecimal("19"), c.groupInputs().get("kunder_tidiga_skeden"));
    }

    @Test
    void consolidate_npsOfDifferentSize_groupNpsFromSummedCounts() {
        Given g = Given.structureB("a", "b");
        g.set("a", "nps_promotorer", "70").set("a", "nps_passiva", "20").set("a", "nps_kritiker", "10");  // NPS 60 of 100 answers
        g.set("b", "nps_promotorer", "5").set("b", "nps_passiva", "15").set("b", "nps_kritiker", "30");   // NPS -50 of 50 answers

        Consolidation c = g.consolidate();

        BigDecimal expected = new BigDecimal(100).multiply(new BigDecimal(75 - 40)).divide(new BigDecimal(150), MC);
        assertEquals(0, expected.compareTo(goal(c.group(), "nps").value()));
        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "nps").status());
    }

    @Test
    void consolidate_loanReturns_equalStockWeightedMeanOfRegionReturns() {
        Given g = Given.structureB("a", "b", "c");
        g.set("a", "lan_resultat_36m", "900000").set("a", "nettolanestock_snitt_36m", "10000000");    // 3 %
        g.set("b", "lan_resultat_36m", "300000").set("b", "nettolanestock_snitt_36m", "50000000");    // 0,2 %
        g.set("c", "lan_resultat_36m", "-200000").set("c", "nettolanestock_snitt_36m", "7000000");    // negative

        Consolidation c = g.consolidate();

        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal stock = BigDecimal.ZERO;
        for (String r : g.regions) {
            BigDecimal s = g.inputs.get(r).get("nettolanestock_snitt_36m");
            weighted = weighted.add(goal(c.regionReports().get(r), "avkastning_lan").value().multiply(s, MC), MC);
            stock = stock.add(s);
        }
        BigDecimal mean = weighted.divide(stock, MC);
        BigDecimal group = goal(c.group(), "avkastning_lan").value();
        assertTrue(group.subtract(mean).abs().compareTo(new BigDecimal("1E-30")) < 0, () -> group + " vs " + mean);
        BigDecimal exact = new BigDecimal(1000000).divide(new BigDecimal(3), MC).divide(new BigDecimal(67000000), MC);
        assertEquals(0, exact.compareTo(group));
    }

    @Test
    void consolidate_groupRowMeasure_takenFromGroupRowNotRegions() {
        Given g = Given.structureB("a", "b").ref("a", "engagemangsindex", "90").ref("b", "engagemangsindex", "88")
                .group("engagemangsindex", "84");

        Consolidation c = g.consolidate();

        assertEquals(0, new BigDecimal("84").compareTo(goal(c.group(), "engagemangsindex").value()));
        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "engagemangsindex").status());
        assertEquals(GoalStatus.MET, goal(c.regionReports().get("a"), "engagemangsindex").status());
        assertEquals(0, new BigDecimal("0.07").compareTo(goal(c.group(), "nettoomsattningstillvaxt").value()));
    }

    @Test
    void consolidate_groupRowValueNotSet_groupGoalHasNoTarget() {
        Given g = Given.structureB("a", "b").group("engagemangsindex", null).group("jmf_andel_kvinnor", null);

        Consolidation c = g.consolidate();

        assertEquals(GoalStatus.NO_TARGET, goal(c.group(), "engagemangsindex").status());
        assertEquals(GoalStatus.NO_TARGET, goal(c.group(), "andel_kvinnor").status());
        assertEquals(GoalStatus.MET, goal(c.regionReports().get("b"), "andel_kvinnor").status());
    }

    @Test
    void consolidate_planOnlyPerRegion_groupPlanIsSumOfRegionPlans() {
        Given g = Given.structureB("a", "b").ref("b", "plan_utbetalda_lan", "70000000");
        g.set("a", "utbetalda_lan", "50000000").set("b", "utbetalda_lan", "59999999");   // 109 999 999 against 110 M

        Consolidation c = g.consolidate();

        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "utbetalda_lan").status());
        assertEquals(GoalStatus.MET, goal(c.regionReports().get("a"), "utbetalda_lan").status());
        g.set("b", "utbetalda_lan", "60000000");
        assertEquals(GoalStatus.MET, goal(g.consolidate().group(), "utbetalda_lan").status());
    }

    @Test
    void consolidate_groupRowPlanSet_groupRowWinsOverSum() {
        Given g = Given.structureB("a", "b").group("plan_utbetalda_lan", "120000000");

        Consolidation c = g.consolidate();

        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "utbetalda_lan").status());   // 100 M against 120 M
    }

    @Test
    void consolidate_oneRegionWithoutPlan_groupPlanNotSet() {
        Given g = Given.structureB("a", "b").ref("b", "plan_avslutade_insatser", null);

        Consolidation c = g.consolidate();

        assertEquals(GoalStatus.NO_TARGET, goal(c.group(), "avslutade_insatser").status());
        assertEquals(GoalStatus.NO_TARGET, goal(c.regionReports().get("b"), "avslutade_insatser").status());
        assertEquals(GoalStatus.MET, goal(c.regionReports().get("a"), "avslutade_insatser").status());
    }

    @Test
    void consolidate_costPerInsats_fromSummedCostsAndInsatser() {
        Given g = Given.structureB("a", "b");
        g.set("a", "kostnader", "1000000").set("a", "insatser_totalt", "200");     // 5 000 kr
        g.set("b", "kostnader", "5000000").set("b", "insatser_totalt", "300");     // 16 667 kr; mean 10 833, ratio 12 000

        Consolidation c = g.consolidate();

        assertEquals(0, new BigDecimal("12000").compareTo(goal(c.group(), "kostnad_per_insats").value()));
        assertEquals(GoalStatus.MET, goal(c.group(), "kostnad_per_insats").status());
        assertEquals(GoalStatus.NOT_MET, goal(c.regionReports().get("b"), "kostnad_per_insats").status());
    }

    @Test
    void consolidate_fokusgrupperIndex_computedFromGroupInputs() {
        Given g = Given.structureB("a", "b");
        g.set("a", "unika_kunder", "10").set("a", "kunder_tidiga_skeden", "9").set("a", "kunder_kvinnor", "6").set("a", "kunder_utlandsk_bakgrund", "1");
        g.set("b", "unika_kunder", "100").set("b", "kunder_kvinnor", "27").set("b", "kunder_utlandsk_bakgrund", "21");

        Consolidation c = g.consolidate();

        IndexResult index = c.group().indices().stream().filter(i -> i.id().equals("index_fokusgrupper")).findFirst().orElseThrow();
        // 100 × (33/110) / 0,30 = 100 and 100 × (22/110) / 0,20 = 100
        assertEquals(0, new BigDecimal(100).compareTo(index.value()));
    }

    @Test
    void consolidate_noRegionSubmitted_groupGoalsMissingWithNoCoverageProblem() {
        Given g = Given.structureB().absent("a").absent("b");

        Consolidation c = g.consolidate();

        assertEquals(GoalStatus.MISSING, goal(c.group(), "andel_tidiga_skeden").status());
        assertEquals(GoalStatus.MET, goal(c.group(), "engagemangsindex").status());   // measured centrally
        assertTrue(c.group().problems().stream().anyMatch(p -> p.code().equals("no_coverage") && p.measure().equals("unika_kunder")));
        assertEquals(0, c.coverage().get("unika_kunder"));
        assertNull(c.groupInputs().get("unika_kunder"));
    }

    @Test
    void consolidate_groupNotMet_noCommentProblemForGroup() {
        Given g = Given.structureB("a").group("engagemangsindex", "80");

        Consolidation c = g.consolidate();

        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "engagemangsindex").status());
        assertTrue(c.group().problems().stream().noneMatch(p -> p.code().equals("comment_missing")));
        assertEquals(Consolidator.GROUP, c.group().region());
    }
}
