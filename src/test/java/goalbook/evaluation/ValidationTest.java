package goalbook.evaluation;

import static goalbook.evaluation.Fixture.goal;
import static goalbook.evaluation.Fixture.problem;
import static goalbook.evaluation.Fixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every validation problem with its code, severity, measure, cell and Swedish message. Structure B
 * cells: unika_kunder D10, kunder_tidiga_skeden D11, utbetalda_lan D16, kostnader D18,
 * aktiva_relationer D20, nps_promotorer D22, nps_kritiker D24; comment of goal n in H(10 + n).
 */
class ValidationTest {

    @Test
    void evaluate_requiredInputEmpty_isErrorOnItsCellAndGoalsNeedingItAreMissing() {
        Report r = Fixture.structureB().clear("unika_kunder").evaluate();
        Problem p = problem(r, "required");
        assertEquals(new Problem(Severity.ERROR, "required", "unika_kunder", "Inrapportering!D10",
                "Uppgift saknas: Unika kunder måste fyllas i."), p);
        assertFalse(r.valid());
        for (String id : new String[] {"andel_tidiga_skeden", "andel_kvinnor", "andel_utlandsk_bakgrund"}) {
            assertEquals(GoalStatus.MISSING, goal(r, id).status(), id);
        }
        assertEquals(GoalStatus.MET, goal(r, "utbetalda_lan").status());
    }

    @Test
    void evaluate_inputOfGoalNotDue_isNotRequired() {
        Report r = Fixture.structureB().quarter(1).clear("unika_kunder").clear("aktiva_relationer").evaluate();
        assertTrue(problems(r, "required").isEmpty(), r.problems().toString());
        assertEquals(GoalStatus.NOT_DUE, goal(r, "andel_tidiga_skeden").status());
    }

    @Test
    void evaluate_everyEmptyInput_isReportedAtOnce() {
        Report r = Fixture.structureB().clear("unika_kunder").clear("kostnader").clear("nps_kritiker").evaluate();
        assertEquals(java.util.List.of("unika_kunder", "kostnader", "nps_kritiker"),
                problems(r, "required").stream().map(Problem::measure).toList());
    }

    @Test
    void evaluate_readerProblem_comesFirstIsNotRepeatedAndMakesGoalMissing() {
        Problem notANumber = Problem.error("not_a_number", "kostnader", "Inrapportering!D18", "Kostnader hittills i år (kr): \"tolv\" är inte ett tal.");
        Report r = Fixture.structureB().clear("kostnader").clear("unika_kunder").readProblem(notANumber).evaluate();
        assertEquals(notANumber, r.problems().get(0));
        assertEquals(java.util.List.of("unika_kunder"), problems(r, "required").stream().map(Problem::measure).toList());
        assertEquals(GoalStatus.MISSING, goal(r, "kostnad_per_insats").status());
    }

    @Test
    void evaluate_countNotWhole_isErrorAndGoalMissing() {
        Report r = Fixture.structureB().set("unika_kunder", "100.5").evaluate();
        assertEquals(new Problem(Severity.ERROR, "not_whole", "unika_kunder", "Inrapportering!D10",
                "Unika kunder ska vara ett heltal, inte 100,5."), problem(r, "not_whole"));
        assertEquals(GoalStatus.MISSING, goal(r, "andel_tidiga_skeden").status());
    }

    @Test
    void evaluate_countNegative_isError() {
        Report r = Fixture.structureB().set("nps_kritiker", "-1").evaluate();
        assertEquals(new Problem(Severity.ERROR, "negative", "nps_kritiker", "Inrapportering!D24",
                "NPS: kritiker (0–6) kan inte vara negativt (-1)."), problem(r, "negative"));
        assertTrue(problems(r, "below_min").isEmpty());
        assertEquals(GoalStatus.MISSING, goal(r, "nps").status());
    }

    @Test
    void evaluate_amountBelowMin_isError() {
        Report r = Fixture.structureB().set("utbetalda_lan", "-5000").evaluate();
        assertEquals(new Problem(Severity.ERROR, "below_min", "utbetalda_lan", "Inrapportering!D16",
                "Utbetalda nya lån hittills i år (kr) får inte vara mindre än 0 (ifyllt: -5 000)."), problem(r, "below_min"));
        assertEquals(GoalStatus.MISSING, goal(r, "utbetalda_lan").status());
    }

    @Test
    void evaluate_loanResultMayBeNegative() {
        Report r = Fixture.structureB().set("lan_resultat_36m", "-300000").evaluate();
        assertTrue(r.problems().stream().noneMatch(p -> "lan_resultat_36m".equals(p.measure())), r.problems().toString());
    }

    @Test
    void validate_valueAboveMax_isError() {
        SubmittedInputs in = SmallStructure.inputs(Map.of("andel_x", "0.5", "antal_y", "11"));
        Problem p = new Validator().validate(SmallStructure.STRUCTURE, 1, in, History.NONE).get(0);
        assertEquals(new Problem(Severity.ERROR, "above_max", "antal_y", "Blad!B2", "Antal Y får inte vara större än 10 (ifyllt: 11)."), p);
    }

    @Test
    void validate_shareOutsideZeroToHundredPercent_isErrorInPercent() {
        SubmittedInputs above = SmallStructure.inputs(Map.of("andel_x", "1.2", "antal_y", "5"));
        assertEquals(new Problem(Severity.ERROR, "share_out_of_range", "andel_x", "Blad!B1",
                        "Andel X ska vara en andel mellan 0,0 % och 100,0 %, inte 120,0 %."),
                new Validator().validate(SmallStructure.STRUCTURE, 1, above, History.NONE).get(0));
        SubmittedInputs below = SmallStructure.inputs(Map.of("andel_x", "-0.001", "antal_y", "5"));
        assertEquals("share_out_of_range", new Validator().validate(SmallStructure.STRUCTURE, 1, below, History.NONE).get(0).code());
        SubmittedInputs atEnds = SmallStructure.inputs(Map.of("andel_x", "1", "antal_y", "10"));
        assertTrue(new Validator().validate(SmallStructure.STRUCTURE, 1, atEnds, History.NONE).isEmpty());
    }

    @Test
    void evaluate_partExceedsWhole_isErrorOnThePartsCell() {
        Report r = Fixture.structureB().set("kunder_tidiga_skeden", "120").evaluate();
        assertEquals(new Problem(Severity.ERROR, "part_exceeds_whole", "kunder_tidiga_skeden", "Inrapportering!D11",
                "Unika kunder i tidiga skeden (120) är fler än Unika kunder (100)."), problem(r, "part_exceeds_whole"));
        assertEquals(GoalStatus.MISSING, goal(r, "andel_tidiga_skeden").status());
        assertEquals(GoalStatus.MET, goal(r, "andel_kvinnor").status());
    }

    @Test
    void evaluate_partEqualToWhole_isConsistent() {
        Report r = Fixture.structureB().set("kunder_tidiga_skeden", "100").evaluate();
        assertTrue(problems(r, "part_exceeds_whole").isEmpty());
    }

    @Test
    void evaluate_sumOfPartsExceedsWhole_namesEveryPartAndTheSum() {
        Report r = Fixture.structureA().set("insatser_bredd", "60").set("insatser_ideal", "40").set("insatser_spets", "30").evaluate();
        assertEquals(new Problem(Severity.ERROR, "part_exceeds_whole", "insatser_bredd", "Inrapportering!D18",
                "Insatser till målgrupp Bredd, Insatser till målgrupp Ideal och Insatser till målgrupp Spets (sammanlagt 130) "
                        + "är fler än Samtliga insatser hittills i år (120)."), problem(r, "part_exceeds_whole"));
    }

    @Test
    void evaluate_zeroDenominator_goalMissingAndOneWarningNamingTheCell() {
        Report r = Fixture.structureB().set("unika_kunder", "0").set("kunder_tidiga_skeden", "0").set("kunder_kvinnor", "0")
                .set("kunder_utlandsk_bakgrund", "0").evaluate();
        assertEquals(new Problem(Severity.WARNING, "zero_denominator", "unika_kunder", "Inrapportering!D10",
                "Målet 3 Andel unika kunder i tidiga skeden kan inte beräknas: nämnaren Unika kunder är 0. "
                        + "Målet redovisas som Uppgift saknas; stämmer inte 0, rätta cellen."), problem(r, "zero_denominator"));
        assertEquals(GoalStatus.MISSING, goal(r, "andel_tidiga_skeden").status());
        assertEquals(GoalStatus.MISSING, goal(r, "andel_kvinnor").status());
        assertNull(Fixture.index(r, "index_fokusgrupper").value());
    }

    @Test
    void evaluate_zeroDenominatorOfSeveralInputs_namesThemAllAndTheFirstCell() {
        Report r = Fixture.structureB().set("nps_promotorer", "0").set("nps_passiva", "0").set("nps_kritiker", "0").evaluate();
        Problem p = problem(r, "zero_denominator");
        assertEquals("Inrapportering!D22", p.cell());
        assertEquals("Målet 12 NPS Kundföretag kan inte beräknas: nämnaren (NPS: promotorer (9–10) + NPS: passiva (7–8) + NPS: kritiker (0–6)) är 0. "
                        + "Målet redovisas som Uppgift saknas; stämmer inte 0, rätta cellen.",
                p.message());
        assertEquals(GoalStatus.MISSING, goal(r, "nps").status());
    }

    @Test
    void evaluate_zeroReferenceDenominator_isWarningWithoutCell() {
        Report r = Fixture.structureA().ref("kontroll_overlevnad", "0").evaluate();
        Problem p = problem(r, "zero_denominator");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("kontroll_overlevnad", p.measure());
        assertNull(p.cell());
        assertTrue(p.message().contains("Kontrollgruppens överlevnadsgrad"), p.message());
        assertEquals(GoalStatus.MISSING, goal(r, "index_tillvaxt").status());
    }

    @Test
    void evaluate_goalNotMetWithoutComment_isWarningOnTheCommentCell() {
        Report r = Fixture.structureB().set("kunder_utlandsk_bakgrund", "15").evaluate();
        assertEquals(new Problem(Severity.WARNING, "comment_missing", null, "Inrapportering!H15",
                        "Målet 5 Andel utländsk bakgrund av unika kunder är inte uppfyllt. Skriv en kommentar om orsaken och vad som görs."),
                problem(r, "comment_missing"));
        assertTrue(r.valid(), "a warning does not make the submission invalid");
    }

    @Test
    void evaluate_goalNotMetWithComment_noWarningAndCommentInResult() {
        Report r = Fixture.structureB().set("kunder_utlandsk_bakgrund", "15").comment("andel_utlandsk_bakgrund", "Färre nyanlända företagare i år.").evaluate();
        assertTrue(problems(r, "comment_missing").isEmpty());
        assertEquals("Färre nyanlända företagare i år.", goal(r, "andel_utlandsk_bakgrund").comment());
    }

    @Test
    void evaluate_yearToDateValueFarAboveSameQuarterLastYear_isImplausibleWarning() {
        History h = new History(Map.of(), Map.of("unika_kunder", new BigDecimal("30")), null, null);
        Report r = Fixture.structureB().history(h).evaluate();
        assertEquals(new Problem(Severity.WARNING, "implausible", "unika_kunder", "Inrapportering!D10",
                "Unika kunder (100) är mer än 3 gånger så stort som samma kvartal förra året (30). Kontrollera värdet."), problem(r, "implausible"));
        assertEquals(GoalStatus.MET, goal(r, "andel_tidiga_skeden").status(), "a warning does not make a goal missing");
    }

    @Test
    void evaluate_yearToDateValue_isNotComparedWithPreviousQuarter() {
        History h = new History(Map.of("unika_kunder", new BigDecimal("30")), Map.of(), null, null);
        assertTrue(problems(Fixture.structureB().history(h).evaluate(), "implausible").isEmpty());
    }

    @Test
    void evaluate_pointInTimeValueFarBelowPreviousQuarter_isImplausibleWarning() {
        History h = new History(Map.of("aktiva_relationer", new BigDecimal("1000")), Map.of("aktiva_relationer", new BigDecimal("300")), null, null);
        Report r = Fixture.structureB().history(h).evaluate();
        assertEquals(new Problem(Severity.WARNING, "implausible", "aktiva_relationer", "Inrapportering!D20",
                "Aktiva affärsrelationer (300) är mindre än 1/3 av föregående kvartal (1 000). Kontrollera värdet."), problem(r, "implausible"));
    }

    @Test
    void evaluate_valueExactlyFactorFromHistory_isPlausible() {
        History h = new History(Map.of("aktiva_relationer", new BigDecimal("900")), Map.of("unika_kunder", new BigDecimal("300")), null, null);
        assertTrue(problems(Fixture.structureB().history(h).evaluate(), "implausible").isEmpty());
    }

    @Test
    void evaluate_historyValueZero_isSkipped() {
        History h = new History(Map.of(), Map.of("unika_kunder", BigDecimal.ZERO), null, null);
        assertTrue(problems(Fixture.structureB().history(h).evaluate(), "implausible").isEmpty());
    }
}
