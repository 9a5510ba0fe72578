package goalbook.evaluation;

import static goalbook.evaluation.Fixture.goal;
import static goalbook.evaluation.Fixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Decision (issue 9, point 6a): a count that can honestly be zero (no NPS answers yet, no active
 * relationships, no insatser) is a valid figure. Its goal cannot be computed, so it is MISSING
 * ("Uppgift saknas") with a WARNING on the cell; the version stays valid and every other goal is judged.
 */
class ZeroCountTest {

    @Test
    void evaluate_noNpsAnswersYet_npsMissingWithWarningAndVersionValid() {
        Report r = Fixture.structureB().set("nps_promotorer", "0").set("nps_passiva", "0").set("nps_kritiker", "0").evaluate();

        Problem p = problem(r, "zero_denominator");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("nps_promotorer", p.measure());
        assertEquals("Inrapportering!D22", p.cell());
        assertEquals("Målet 12 NPS Kundföretag kan inte beräknas: nämnaren (NPS: promotorer (9–10) + NPS: passiva (7–8) + "
                + "NPS: kritiker (0–6)) är 0. Målet redovisas som Uppgift saknas; stämmer inte 0, rätta cellen.", p.message());
        assertEquals(GoalStatus.MISSING, goal(r, "nps").status());
        assertTrue(r.valid(), () -> "a zero count must not make the version invalid: " + r.problems());
        assertEquals(GoalStatus.MET, goal(r, "kyc").status());
    }

    @Test
    void evaluate_noActiveRelationships_kycMissingWithWarningOthersJudged() {
        Report r = Fixture.structureB().set("aktiva_relationer", "0").set("aktiva_relationer_kyc", "0").evaluate();

        Problem p = problem(r, "zero_denominator");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("aktiva_relationer", p.measure());
        assertEquals(GoalStatus.MISSING, goal(r, "kyc").status());
        assertEquals(GoalStatus.MET, goal(r, "nps").status());
        assertTrue(r.valid(), () -> r.problems().toString());
    }

    @Test
    void evaluate_oneAnswerAboveZero_npsJudged() {
        // Just above the boundary: one answer is enough to compute NPS (100 × (1 − 0) / 1 = 100).
        Report r = Fixture.structureB().set("nps_promotorer", "1").set("nps_passiva", "0").set("nps_kritiker", "0").evaluate();

        assertTrue(Fixture.problems(r, "zero_denominator").isEmpty());
        assertEquals(GoalStatus.MET, goal(r, "nps").status());
        assertEquals(0, new java.math.BigDecimal(100).compareTo(goal(r, "nps").value()));
    }

    @Test
    void evaluate_zeroInsatser_costPerInsatsMissingWithWarning() {
        Report r = Fixture.structureB().set("insatser_totalt", "0").set("avslutade_insatser", "0").evaluate();

        assertEquals(Severity.WARNING, problem(r, "zero_denominator").severity());
        assertEquals(GoalStatus.MISSING, goal(r, "kostnad_per_insats").status());
        assertTrue(r.valid(), () -> r.problems().toString());
    }
}
