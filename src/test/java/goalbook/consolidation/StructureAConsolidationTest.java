package goalbook.consolidation;

import static goalbook.consolidation.Given.goal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.PartResult;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Structure A consolidates by the same rules: Index Fokusgrupper from summed counts, the loan goal from summed amounts. */
class StructureAConsolidationTest {
    private static final MathContext MC = MathContext.DECIMAL128;

    private static Map<String, BigDecimal> inputs(int unika, int kvinnor, int utlandsk, long resultat, long stock, long brutto) {
        return Map.ofEntries(Map.entry("unika_kunder", BigDecimal.valueOf(unika)), Map.entry("kunder_kvinnor", BigDecimal.valueOf(kvinnor)),
                Map.entry("kunder_utlandsk_bakgrund", BigDecimal.valueOf(utlandsk)), Map.entry("lan_resultat_36m", BigDecimal.valueOf(resultat)),
                Map.entry("nettolanestock_snitt_36m", BigDecimal.valueOf(stock)), Map.entry("brutto_lanestock", BigDecimal.valueOf(brutto)),
                Map.entry("nps_promotorer", BigDecimal.TEN), Map.entry("nps_passiva", BigDecimal.ONE), Map.entry("nps_kritiker", BigDecimal.ONE),
                Map.entry("kundtid_timmar", BigDecimal.valueOf(80)), Map.entry("total_tid_timmar", BigDecimal.valueOf(100)),
                Map.entry("insatser_bredd", BigDecimal.ONE), Map.entry("insatser_ideal", BigDecimal.ONE),
                Map.entry("insatser_spets", BigDecimal.ONE), Map.entry("insatser_totalt", BigDecimal.TEN));
    }

    @Test
    void consolidate_structureA_groupIndexAndLoanGoalFromSums() {
        GoalStructure a = TestStructures.structureA();
        Map<String, RegionSubmission> latest = Map.of(
                "a", new RegionSubmission("a", 1, "x", true, inputs(10, 6, 2, 3_000_000, 50_000_000, 50_000_000), Set.of(), Map.of(), null),
                "b", new RegionSubmission("b", 1, "y", true, inputs(90, 24, 8, 9_000_000, 150_000_000, 150_000_000), Set.of(), Map.of(), null));
        Map<String, BigDecimal> shares = Map.of("andel_kvinnor_stock", new BigDecimal("0.30"), "andel_kvinnor_nyforetagande", new BigDecimal("0.40"),
                "andel_utlandsk_stock", new BigDecimal("0.10"), "andel_utlandsk_nyforetagande", new BigDecimal("0.20"));
        Map<String, Map<String, BigDecimal>> refs = Map.of(
                "a", merge(shares, "lanestocksram", "100000000"), "b", merge(shares, "lanestocksram", "300000000"));

        Consolidation c = new Consolidator().consolidate(a, new Period(2020, 1), List.of("a", "b"), latest, refs, shares, Map.of());

        // women 30 of 100 against (0.30 + 0.40) / 2; foreign background 10 of 100 against (0.10 + 0.20) / 2
        BigDecimal women = new BigDecimal(100).multiply(new BigDecimal("0.3")).divide(new BigDecimal("0.35"), MC);
        BigDecimal foreign = new BigDecimal(100).multiply(new BigDecimal("0.1")).divide(new BigDecimal("0.15"), MC);
        BigDecimal composite = women.add(foreign).divide(new BigDecimal(2), MC);
        BigDecimal actual = goal(c.group(), "index_fokusgrupper").value();
        assertTrue(composite.subtract(actual).abs().compareTo(new BigDecimal("1E-25")) < 0, "group index " + actual + " vs " + composite);
        assertEquals(GoalStatus.NOT_MET, goal(c.group(), "index_fokusgrupper").status());

        // loan return (12 M / 3) / 200 M = 2 % exactly: the lower bound is met; utilisation 200 M / (100 M + 300 M) = 50 %
        List<PartResult> loan = goal(c.group(), "lanevolym_avkastning").parts();
        assertEquals(0, new BigDecimal("0.02").compareTo(loan.get(1).value()), loan.toString());
        assertEquals(GoalStatus.MET, loan.get(1).status());
        assertEquals(0, new BigDecimal("0.5").compareTo(loan.get(0).value()), loan.toString());
        assertEquals(GoalStatus.MET, goal(c.group(), "lanevolym_avkastning").status());
    }

    private static Map<String, BigDecimal> merge(Map<String, BigDecimal> base, String id, String value) {
        Map<String, BigDecimal> m = new java.util.HashMap<>(base);
        m.put(id, new BigDecimal(value));
        return m;
    }
}
