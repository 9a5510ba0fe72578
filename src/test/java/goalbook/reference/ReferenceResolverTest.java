package goalbook.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import goalbook.goals.GoalStructure;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceResolverTest {

    private final GoalStructure b = TestStructures.structureB();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private ReferenceData nord(Map<String, Level> levels) {
        return new ReferenceData(b.id(), 2024, Map.of("nord", levels), Map.of());
    }

    @Test
    void resolve_annualProrateLevelInQ2_isHalfTheYear() {
        ReferenceData data = nord(Map.of("plan_utbetalda_lan", Level.annual(d("1000000"))));
        assertEquals(0, d("500000").compareTo(ReferenceResolver.resolve(b, data, "nord", 2).get("plan_utbetalda_lan")));
    }

    @Test
    void resolve_annualProrateLevelInEachQuarter_isQuarterOverFour() {
        ReferenceData data = nord(Map.of("plan_avslutade_insatser", Level.annual(d("30"))));
        String[] expected = {"7.5", "15", "22.5", "30"};
        for (int q = 1; q <= 4; q++) {
            assertEquals(0, d(expected[q - 1]).compareTo(ReferenceResolver.resolve(b, data, "nord", q).get("plan_avslutade_insatser")),
                    "Q" + q);
        }
    }

    @Test
    void resolve_quarterlyLevelGiven_winsOverProratedAnnual() {
        ReferenceData data = nord(Map.of("plan_utbetalda_lan", new Level(d("1000000"), Map.of(2, d("400000")))));
        assertEquals(d("400000"), ReferenceResolver.resolve(b, data, "nord", 2).get("plan_utbetalda_lan"));
        assertEquals(0, d("750000").compareTo(ReferenceResolver.resolve(b, data, "nord", 3).get("plan_utbetalda_lan")));
    }

    @Test
    void resolve_quarterlyLevelOnly_otherQuartersAbsent() {
        ReferenceData data = nord(Map.of("plan_utbetalda_lan", new Level(null, Map.of(1, d("200000")))));
        assertEquals(d("200000"), ReferenceResolver.resolve(b, data, "nord", 1).get("plan_utbetalda_lan"));
        assertFalse(ReferenceResolver.resolve(b, data, "nord", 2).containsKey("plan_utbetalda_lan"));
    }

    @Test
    void resolve_annualMeasureInQ1_isTheAnnualLevelItself() {
        ReferenceData data = nord(Map.of("plan_kostnad_per_insats", Level.annual(d("25000"))));
        assertEquals(d("25000"), ReferenceResolver.resolve(b, data, "nord", 1).get("plan_kostnad_per_insats"));
    }

    @Test
    void resolve_nothingSet_measureAbsent() {
        ReferenceData data = nord(Map.of("plan_kostnad_per_insats", Level.annual(d("25000"))));
        Map<String, BigDecimal> values = ReferenceResolver.resolve(b, data, "nord", 2);
        assertFalse(values.containsKey("plan_utbetalda_lan"));
        assertEquals(1, values.size());
        assertEquals(Map.of(), ReferenceResolver.resolve(b, data, "mitt", 2));
    }

    @Test
    void resolve_groupRow_usesGroupLevelsNotARegion() {
        ReferenceData data = new ReferenceData(b.id(), 2024, Map.of("nord", Map.of("engagemangsindex", Level.annual(d("80")))),
                Map.of("engagemangsindex", Level.annual(d("86")), "plan_utbetalda_lan", Level.annual(d("16000000"))));
        Map<String, BigDecimal> group = ReferenceResolver.resolve(b, data, null, 4);
        assertEquals(d("86"), group.get("engagemangsindex"));
        assertEquals(0, d("16000000").compareTo(group.get("plan_utbetalda_lan")));
    }

    @Test
    void resolve_regionEnteredMeasureInData_isIgnored() {
        ReferenceData data = nord(Map.of("unika_kunder", Level.annual(d("100"))));
        assertEquals(Map.of(), ReferenceResolver.resolve(b, data, "nord", 1));
    }

    @Test
    void resolve_quarterFive_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceResolver.resolve(b, ReferenceData.empty(b.id(), 2024), "nord", 5));
    }
}
