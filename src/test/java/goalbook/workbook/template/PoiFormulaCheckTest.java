package goalbook.workbook.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.GoalStructure;
import goalbook.goals.StructureLoader;
import goalbook.goals.TestStructures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoiFormulaCheckTest {

    private final PoiFormulaCheck check = new PoiFormulaCheck();

    @Test
    void problemWith_expressionsOfTheShippedStructures_none() {
        for (String e : List.of("kunder_tidiga_skeden / unika_kunder", "(lan_resultat_36m / 3) / nettolanestock_snitt_36m",
                "100 * (nps_promotorer - nps_kritiker) / (nps_promotorer + nps_passiva + nps_kritiker)",
                "MIN(alfa, beta) + MAX(gamma, 2.5) + IF(delta > 1, alfa, 0)", "engagemangsindex")) {
            assertEquals(Optional.empty(), check.problemWith(e), e);
        }
    }

    @Test
    void problemWith_unbalancedParenthesis_givesPoisReason() {
        assertTrue(check.problemWith("kostnader / (insatser_totalt").isPresent());
        assertTrue(check.problemWith("kostnader /").isPresent());
        assertTrue(check.problemWith(" ").isPresent());
        assertTrue(check.problemWith("kostnader / c").isPresent(), "'c' is a column in R1C1 notation, not a name");
    }

    @Test
    void problemWith_functionCalls_onlyIdentifiersBecomeNames() {
        assertEquals(Optional.empty(), check.problemWith("MIN(alfa, 1) + IF(beta > 0, 1.5, 0)"));
        assertEquals(java.util.Set.of("alfa", "beta"), PoiFormulaCheck.identifiers("MIN(alfa, 1) + IF(beta > 0, 1.5, 0)"));
        assertEquals(java.util.Set.of("alfa"), PoiFormulaCheck.identifiers("alfa * TRUE + FALSE"));
    }

    @Test
    void loader_withPoiCheck_acceptsBothStructures() {
        List<GoalStructure> all = new StructureLoader(check).loadAll(TestStructures.templatesDir().resolve("structures"));
        assertEquals(2, all.size());
    }
}
