package goalbook.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins the facts of the two seed documents. */
class SeedStructureTest {

    @Test
    void structureA_hasThreeAreasSevenGoalsAndThreeGroupGoals() {
        GoalStructure a = TestStructures.structureA();
        assertEquals(3, a.areas().size());
        assertEquals(7, a.goals().size());
        assertEquals(List.of("Uppdraget", "Företagskultur", "Effektivitet"), a.areas().stream().map(GoalArea::name).toList());
        assertEquals(List.of("Hållbar tillväxt i kundföretagen", "God affärsetik", "Attraktiv arbetsgivare"), a.groupGoals());
    }

    @Test
    void structureB_hasSevenAreasAndTwelveGoalsInSeedOrder() {
        GoalStructure b = TestStructures.structureB();
        assertEquals(7, b.areas().size());
        assertEquals(12, b.goals().size());
        for (int i = 0; i < 12; i++) {
            assertEquals(i + 1, b.goals().get(i).number());
        }
    }

    @Test
    void structureB_goalTypesAndBoardQuartersAreThoseOfTheSeed() {
        Map<Integer, String> types = Map.ofEntries(Map.entry(1, "Å"), Map.entry(2, "Å"), Map.entry(3, "Å"), Map.entry(4, "Å"),
                Map.entry(5, "Å"), Map.entry(6, "Å"), Map.entry(7, "S"), Map.entry(8, "S"), Map.entry(9, "S"), Map.entry(10, "S"),
                Map.entry(11, "Å"), Map.entry(12, "S"));
        Map<Integer, Set<Integer>> quarters = Map.ofEntries(Map.entry(1, Set.of(4)), Map.entry(2, Set.of(4)),
                Map.entry(3, Set.of(2, 4)), Map.entry(4, Set.of(2, 4)), Map.entry(5, Set.of(2, 4)), Map.entry(6, Set.of(1, 2, 3, 4)),
                Map.entry(7, Set.of(1, 2, 3, 4)), Map.entry(8, Set.of(1, 2, 3, 4)), Map.entry(9, Set.of(1, 2, 3, 4)),
                Map.entry(10, Set.of(4)), Map.entry(11, Set.of(2, 4)), Map.entry(12, Set.of(2, 4)));
        for (Goal g : TestStructures.structureB().goals()) {
            assertEquals(types.get(g.number()), g.type(), "type of goal " + g.number());
            assertEquals(quarters.get(g.number()), g.boardQuarters(), "quarters of goal " + g.number());
        }
    }

    @Test
    void structureB_quarterOneAsksForGoalsSixToNineOnly() {
        assertEquals(List.of(6, 7, 8, 9), TestStructures.structureB().goalsDueIn(1).stream().map(Goal::number).toList());
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 11, 12), TestStructures.structureB().goalsDueIn(2).stream().map(Goal::number).toList());
        assertEquals(12, TestStructures.structureB().goalsDueIn(4).size());
    }

    @Test
    void structureB_targetLevelsAreThoseOfTheSeed() {
        GoalStructure b = TestStructures.structureB();
        assertEquals(new TargetRule.GreaterThan(Threshold.ref("jmf_omsattningstillvaxt"), TargetRule.OverTime.ANY), rule(b, 1));
        assertEquals(new TargetRule.GreaterThan(Threshold.ref("jmf_ebitdatillvaxt"), TargetRule.OverTime.ANY), rule(b, 2));
        assertLevel(new BigDecimal("0.80"), (TargetRule.AtLeast) rule(b, 3));
        assertEquals(new TargetRule.GreaterThan(Threshold.ref("jmf_andel_kvinnor"), TargetRule.OverTime.ANY), rule(b, 4));
        assertEquals(new TargetRule.GreaterThan(Threshold.ref("jmf_andel_utlandsk"), TargetRule.OverTime.ANY), rule(b, 5));
        TargetRule.Between r6 = (TargetRule.Between) rule(b, 6);
        assertEquals(0, r6.low().constant().compareTo(new BigDecimal("0.02")));
        assertEquals(0, r6.high().constant().compareTo(new BigDecimal("0.04")));
        assertEquals(new TargetRule.AtLeast(Threshold.ref("plan_utbetalda_lan")), rule(b, 7));
        assertEquals(new TargetRule.AtLeast(Threshold.ref("plan_avslutade_insatser")), rule(b, 8));
        assertEquals(new TargetRule.AtMost(Threshold.ref("plan_kostnad_per_insats")), rule(b, 9));
        assertLevel(new BigDecimal("85"), (TargetRule.AtLeast) rule(b, 10));
        assertEquals(0, ((TargetRule.EqualTo) rule(b, 11)).level().constant().compareTo(BigDecimal.ONE));
        assertLevel(new BigDecimal("55"), (TargetRule.AtLeast) rule(b, 12));
    }

    @Test
    void structureA_targetLevelsAreThoseOfTheSeed() {
        GoalStructure a = TestStructures.structureA();
        for (int n : new int[] {1, 2}) {
            Goal g = goal(a, n);
            assertTrue(g.parts().size() >= 3, "sub-indices and composite of goal " + n);
            g.parts().forEach(p -> assertEquals(new TargetRule.GreaterThan(Threshold.of(new BigDecimal("100")), TargetRule.OverTime.NO_FALL), p.target()));
        }
        assertLevel(new BigDecimal("85"), (TargetRule.AtLeast) rule(a, 3));
        assertInstanceOf(TargetRule.NoTarget.class, rule(a, 4));
        assertLevel(new BigDecimal("0.80"), (TargetRule.AtLeast) rule(a, 5));
        goal(a, 6).parts().forEach(p -> assertInstanceOf(TargetRule.NoTarget.class, p.target()));
        List<GoalPart> seven = goal(a, 7).parts();
        assertEquals(2, seven.size());
        assertEquals(0, ((TargetRule.AtMost) seven.get(0).target()).level().constant().compareTo(BigDecimal.ONE));
        TargetRule.Between ret = (TargetRule.Between) seven.get(1).target();
        assertEquals(0, ret.low().constant().compareTo(new BigDecimal("0.02")));
        assertEquals(0, ret.high().constant().compareTo(new BigDecimal("0.04")));
    }

    @Test
    void catalog_mapsYearsToStructures() {
        StructureCatalog c = TestStructures.catalog();
        assertEquals("almi-2019", c.forYear(2019).orElseThrow().id());
        assertEquals("almi-2019", c.forYear(2020).orElseThrow().id());
        assertEquals("almi-2021", c.forYear(2021).orElseThrow().id());
        assertEquals("almi-2021", c.forYear(2030).orElseThrow().id());
        assertTrue(c.forYear(2018).isEmpty());
    }

    @Test
    void regions_sixteenWithUniqueIds() {
        assertEquals(16, TestStructures.regions().all().size());
        assertEquals("Almi Gävle Dala", TestStructures.regions().byId("gavle-dala").orElseThrow().name());
    }

    private static Goal goal(GoalStructure s, int number) {
        return s.goals().stream().filter(g -> g.number() == number).findFirst().orElseThrow();
    }

    private static TargetRule rule(GoalStructure s, int number) {
        return goal(s, number).parts().get(0).target();
    }

    private static void assertLevel(BigDecimal expected, TargetRule.AtLeast rule) {
        assertEquals(0, expected.compareTo(rule.level().constant()), "level " + rule);
    }
}
