package goalbook.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.Assessment;
import goalbook.evaluation.Comparison;
import goalbook.evaluation.Direction;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.TestStructures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Like with like: the same regions in both periods, year-to-date figures against the same quarter last year. */
class PeriodComparisonTest {

    private static final GoalStructure S = TestStructures.structureB();

    private static Comparison group(Consolidation now, List<Consolidation> earlier, String goal) {
        return PeriodComparison.compare(S, now, earlier, null).get(goal).headline();
    }

    @Test
    void ytdLoans_q4ThreeRegionsAfterQ2Seven_notComparableInsteadOfAFall() {
        Consolidation q2 = new Quarters("2024-Q2", Quarters.SEVEN).consolidate();
        Consolidation q4 = new Quarters("2024-Q4", Quarters.THREE).consolidate();
        Comparison c = group(q4, List.of(q2), "utbetalda_lan");
        assertEquals(Assessment.NOT_COMPARABLE, c.assessment());
        assertTrue(c.reason().contains("2023-Q4"), c.reason());
    }

    @Test
    void ytdLoans_sameQuarterLastYearSameRegions_judgedAgainstIt() {
        Consolidation q2 = new Quarters("2024-Q2", Quarters.SEVEN).consolidate();
        Consolidation lastYear = new Quarters("2023-Q2", Quarters.SEVEN).set("utbetalda_lan", "40000000").consolidate();
        Consolidation q1 = new Quarters("2024-Q1", Quarters.SEVEN).set("utbetalda_lan", "90000000").consolidate();
        Comparison c = group(q2, List.of(q1, lastYear), "utbetalda_lan");
        assertEquals(new Period(2023, 2), c.earlier());
        assertEquals(Assessment.BETTER, c.assessment());
        assertEquals("samma 7 regioner", c.reason());
        assertEquals("Förbättring: ökat från 280 000 000 kr i 2023-Q2 (högre är bättre, samma 7 regioner)",
                c.text(goalbook.goals.Unit.SEK));
    }

    @Test
    void ytdLoans_sameQuarterLastYearOtherRegions_notComparableSayingWhich() {
        Consolidation q2 = new Quarters("2024-Q2", Quarters.SEVEN).consolidate();
        Consolidation lastYear = new Quarters("2023-Q2", Quarters.THREE).consolidate();
        Comparison c = group(q2, List.of(lastYear), "utbetalda_lan");
        assertEquals(Assessment.NOT_COMPARABLE, c.assessment());
        assertEquals("olika regioner – 3 av 16 i 2023-Q2, 7 av 16 i 2024-Q2", c.reason());
    }

    @Test
    void costPerInsats_lower_isBetter_higher_isWorse() {
        Consolidation lastYear = new Quarters("2023-Q2", Quarters.SEVEN).set("kostnader", "2200000").consolidate(); // 11 000 kr
        Comparison lower = group(new Quarters("2024-Q2", Quarters.SEVEN).consolidate(), List.of(lastYear), "kostnad_per_insats");
        assertEquals(Direction.LOWER_IS_BETTER, lower.direction());
        assertEquals(Assessment.BETTER, lower.assessment());
        Comparison higher = group(new Quarters("2024-Q2", Quarters.SEVEN).set("kostnader", "2400000").consolidate(), List.of(lastYear),
                "kostnad_per_insats");
        assertEquals(Assessment.WORSE, higher.assessment());
        assertTrue(higher.text(goalbook.goals.Unit.SEK).startsWith("Försämring: ökat från 11 000 kr i 2023-Q2 (lägre är bättre"),
                higher.text(goalbook.goals.Unit.SEK));
    }

    @Test
    void ytdRatio_noLastYear_comparedWithTheLatestReportedQuarterOfTheSameRegions() {
        Consolidation q2 = new Quarters("2024-Q2", Quarters.THREE).set("kunder_tidiga_skeden", "80").consolidate();
        Consolidation q4 = new Quarters("2024-Q4", Quarters.THREE).consolidate();
        Comparison c = group(q4, List.of(q2), "andel_tidiga_skeden");
        assertEquals(new Period(2024, 2), c.earlier());
        assertEquals(Assessment.BETTER, c.assessment());
        assertEquals("båda hittills i år, samma 3 regioner", c.reason());
    }

    @Test
    void pointInTime_kycAgainstPreviousReportedQuarter_closerToHundredIsBetter() {
        Consolidation q2 = new Quarters("2024-Q2", Quarters.THREE).set("aktiva_relationer_kyc", "290").consolidate();
        Consolidation q3 = new Quarters("2024-Q3", Quarters.THREE).consolidate(); // KYC is not reported in Q3
        Consolidation q4 = new Quarters("2024-Q4", Quarters.THREE).consolidate();
        Comparison c = group(q4, List.of(q2, q3), "kyc");
        assertEquals(new Period(2024, 2), c.earlier());
        assertEquals(Direction.CLOSER_IS_BETTER, c.direction());
        assertEquals(Assessment.BETTER, c.assessment());
    }

    @Test
    void onceAYearGoal_noLastYear_noComparison() {
        Consolidation q4 = new Quarters("2024-Q4", Quarters.THREE).consolidate();
        Comparison c = group(q4, List.of(new Quarters("2024-Q2", Quarters.THREE).consolidate()), "engagemangsindex");
        assertEquals(Assessment.NO_EARLIER, c.assessment());
        assertNull(c.earlier());
    }

    @Test
    void regionScope_ownFiguresOnly_noRegionCountInTheText() {
        Consolidation lastYear = new Quarters("2023-Q2", Quarters.THREE).set("kostnader", "2200000").consolidate();
        Consolidation q2 = new Quarters("2024-Q2", Quarters.SEVEN).consolidate();
        Map<String, GoalComparison> nord = PeriodComparison.compare(S, q2, List.of(lastYear), "nord");
        assertEquals(Assessment.BETTER, nord.get("kostnad_per_insats").headline().assessment());
        assertEquals("", nord.get("kostnad_per_insats").headline().reason());
        Map<String, GoalComparison> halland = PeriodComparison.compare(S, q2, List.of(lastYear), "malardalen");
        assertEquals(Assessment.NO_EARLIER, halland.get("kostnad_per_insats").headline().assessment());
    }

    @Test
    void coverage_sevenOfSixteen() {
        Consolidation q2 = new Quarters("2024-Q2", Quarters.SEVEN).consolidate();
        Coverage c = Coverage.ofSubmissions(q2);
        assertEquals("7 av 16 regioner", c.text());
        assertEquals(Quarters.ALL.subList(7, 16), c.leftOut());
        assertEquals("mäts centralt", Coverage.ofGoal(S, q2, S.goal("nettoomsattningstillvaxt").orElseThrow()).text());
    }
}
