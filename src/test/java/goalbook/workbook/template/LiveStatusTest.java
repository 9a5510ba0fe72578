package goalbook.workbook.template;

import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.template.TemplateRenderer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The template's live metric and status formulas, filled with POI and computed by POI's evaluator. */
class LiveStatusTest {

    private static final String MET = "Uppfyllt";
    private static final String NOT_MET = "Ej uppfyllt";
    private static final String NO_TARGET = "Målnivå saknas";
    private static final String MISSING = "Uppgift saknas";

    private static Filled filledB(int quarter, Map<String, Object> changes) {
        Map<String, Object> v = new HashMap<>(Fixtures.inputsB());
        v.putAll(changes);
        Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, quarter));
        GoalStructure s = Fixtures.b();
        s.regionInputsDueIn(quarter).forEach(m -> f.set(m.id(), v.get(m.id())));
        return f.evaluate();
    }

    private static Filled filledA(Map<String, Object> changes) {
        Map<String, Object> v = new HashMap<>(Fixtures.inputsA());
        v.putAll(changes);
        Filled f = new Filled(Fixtures.render(Fixtures.a(), 2019, 4));
        Fixtures.a().regionInputsDueIn(4).forEach(m -> f.set(m.id(), v.get(m.id())));
        return f.evaluate();
    }

    @Test
    void status_typicalStructureBInputs_everyGoalRowJudged() throws Exception {
        try (Filled f = filledB(4, Map.of())) {
            Map<String, String> expected = new HashMap<>();
            Fixtures.b().goals().forEach(g -> expected.put(g.id(), MET));
            expected.put("ebitdatillvaxt", NOT_MET); // customers 3 % against the comparison group's 4 %
            for (Goal g : Fixtures.b().goals()) {
                assertEquals(expected.get(g.id()), f.text("gb_status_" + g.id()), g.id());
            }
            assertEquals(0.85, f.number("gb_metric_andel_tidiga_skeden_andel_tidiga_skeden"), 1e-15);
            assertEquals(0.03, f.number("gb_metric_avkastning_lan_avkastning_lan"), 1e-15);
            assertEquals(22500, f.number("gb_metric_kostnad_per_insats_kostnad_per_insats"), 1e-9);
            assertEquals(60, f.number("gb_metric_nps_nps"), 1e-12);
        }
    }

    @Test
    void status_emptyTemplate_missingOrNoTargetNeverJudged() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 4)).evaluate()) {
            for (Goal g : Fixtures.b().goals()) {
                boolean referenceOnly = Fixtures.b().measuresOf(java.util.List.of(g)).stream().noneMatch(m -> m.enteredByRegion());
                if (!referenceOnly) {
                    assertEquals(MISSING, f.text("gb_status_" + g.id()), g.id());
                }
            }
        }
    }

    @ParameterizedTest(name = "tidiga skeden {0}/100 → {1}")
    @CsvSource({"80, Uppfyllt", "79, Ej uppfyllt", "81, Uppfyllt"})
    void status_earlyStageShareAroundEightyPercent(int early, String expected) throws Exception {
        try (Filled f = filledB(2, Map.of("kunder_tidiga_skeden", early))) {
            assertEquals(expected, f.text("gb_status_andel_tidiga_skeden"));
        }
    }

    @ParameterizedTest(name = "avkastning resultat {0} → {1}")
    @CsvSource({"600000, Uppfyllt", "1200000, Uppfyllt", "599999, Ej uppfyllt", "1200001, Ej uppfyllt", "900000, Uppfyllt"})
    void status_returnOnLoansBetweenTwoAndFourPercentInclusive(int result, String expected) throws Exception {
        try (Filled f = filledB(1, Map.of("lan_resultat_36m", result, "nettolanestock_snitt_36m", 10000000))) {
            assertEquals(expected, f.text("gb_status_avkastning_lan"));
        }
    }

    @ParameterizedTest(name = "kvinnor {0}/100 mot 30 % → {1}")
    @CsvSource({"30, Ej uppfyllt", "31, Uppfyllt", "29, Ej uppfyllt"})
    void status_womenLedShareMustBeHigherThanComparisonGroup(int women, String expected) throws Exception {
        try (Filled f = filledB(2, Map.of("kunder_kvinnor", women))) {
            assertEquals(expected, f.text("gb_status_andel_kvinnor"));
        }
    }

    @ParameterizedTest(name = "KYC {0}/50 → {1}")
    @CsvSource({"50, Uppfyllt", "49, Ej uppfyllt"})
    void status_kycMustBeExactlyHundredPercent(int kyc, String expected) throws Exception {
        try (Filled f = filledB(2, Map.of("aktiva_relationer_kyc", kyc))) {
            assertEquals(expected, f.text("gb_status_kyc"));
        }
    }

    @ParameterizedTest(name = "kostnader {0} / 400 mot högst 25 000 → {1}")
    @CsvSource({"10000000, Uppfyllt", "10000400, Ej uppfyllt", "9999600, Uppfyllt"})
    void status_costPerInsatsAtMostPlanLevel(int costs, String expected) throws Exception {
        try (Filled f = filledB(1, Map.of("kostnader", costs, "insatser_totalt", 400))) {
            assertEquals(expected, f.text("gb_status_kostnad_per_insats"));
        }
    }

    @ParameterizedTest(name = "utbetalda lån {0} mot minst 50 000 000 → {1}")
    @CsvSource({"50000000, Uppfyllt", "49999999, Ej uppfyllt", "50000001, Uppfyllt"})
    void status_disbursedLoansAtLeastPlanLevel(int loans, String expected) throws Exception {
        try (Filled f = filledB(1, Map.of("utbetalda_lan", loans))) {
            assertEquals(expected, f.text("gb_status_utbetalda_lan"));
        }
    }

    @ParameterizedTest(name = "NPS promotorer {0}, passiva {1} → {2}")
    @CsvSource({"65, 25, Uppfyllt", "64, 26, Ej uppfyllt", "66, 24, Uppfyllt"})
    void status_npsAtLeastFiftyFive(int promoters, int passives, String expected) throws Exception {
        try (Filled f = filledB(2, Map.of("nps_promotorer", promoters, "nps_passiva", passives, "nps_kritiker", 10))) {
            assertEquals(expected, f.text("gb_status_nps"));
        }
    }

    @Test
    void status_blankTextOrZeroDenominator_isMissing() throws Exception {
        Map<String, Object> blank = new HashMap<>();
        blank.put("unika_kunder", null);
        try (Filled f = filledB(2, blank)) {
            assertEquals(MISSING, f.text("gb_status_andel_tidiga_skeden"));
        }
        try (Filled f = filledB(2, Map.of("unika_kunder", "hundra"))) {
            assertEquals(MISSING, f.text("gb_status_andel_tidiga_skeden"));
        }
        try (Filled f = filledB(1, Map.of("insatser_totalt", 0))) {
            assertEquals(MISSING, f.text("gb_status_kostnad_per_insats"));
        }
    }

    @Test
    void status_referenceValueNotSet_isNoTargetButMissingInputWins() throws Exception {
        Map<String, BigDecimal> refs = new HashMap<>(Fixtures.reference(Fixtures.b()));
        refs.remove("plan_utbetalda_lan");
        byte[] xlsx = new TemplateRenderer().render(Fixtures.b(), Fixtures.REGION, new Period(2024, 1), refs);
        try (Filled f = new Filled(xlsx)) {
            f.set("utbetalda_lan", 1000).evaluate();
            assertEquals(NO_TARGET, f.text("gb_status_utbetalda_lan"));
            f.set("utbetalda_lan", null).evaluate();
            assertEquals(MISSING, f.text("gb_status_utbetalda_lan"));
        }
    }

    @Test
    void status_structureAGoalsInPartsAndNoTarget() throws Exception {
        try (Filled f = filledA(Map.of())) {
            assertEquals(NO_TARGET, f.text("gb_status_nps"), "baseline year");
            assertEquals(NO_TARGET, f.text("gb_status_insatser_malgrupp"), "levels not set");
            assertEquals(MET, f.text("gb_status_andel_kundtid"), "800/1000 = 80 % exactly");
            assertEquals(MET, f.text("gb_status_lanevolym_avkastning"), "90 % of the frame and 2 % return");
            assertEquals(MET, f.text("gb_status_index_fokusgrupper"));
            assertEquals(MET, f.text("gb_status_index_tillvaxt"));
            assertEquals(MET, f.text("gb_status_engagemangsindex"), "(84 + 86) / 2 = 85 exactly");
        }
    }

    @ParameterizedTest(name = "engagemang tydlighet {0} → {1}")
    @CsvSource({"86, Uppfyllt", "85.9, Ej uppfyllt", "86.1, Uppfyllt"})
    void status_referenceOnlyGoalJudgedFromReferenceValues(String clarity, String expected) throws Exception {
        Map<String, BigDecimal> refs = new HashMap<>(Fixtures.reference(Fixtures.a()));
        refs.put("engagemang_tydlighet", new BigDecimal(clarity));
        byte[] xlsx = new TemplateRenderer().render(Fixtures.a(), Fixtures.REGION, new Period(2019, 4), refs);
        try (Filled f = new Filled(xlsx).evaluate()) {
            assertEquals(expected, f.text("gb_status_engagemangsindex"));
        }
    }

    @Test
    void status_partsCombine_notMetBeatsMissing() throws Exception {
        Map<String, Object> changes = new HashMap<>();
        changes.put("lan_resultat_36m", 1500000); // 5 %
        changes.put("brutto_lanestock", null);
        try (Filled f = filledA(changes)) {
            assertEquals(NOT_MET, f.text("gb_status_lanevolym_avkastning"));
        }
        changes.put("lan_resultat_36m", 600000);
        try (Filled f = filledA(changes)) {
            assertEquals(MISSING, f.text("gb_status_lanevolym_avkastning"));
        }
        try (Filled f = filledA(Map.of("brutto_lanestock", 100000001))) {
            assertEquals(NOT_MET, f.text("gb_status_lanevolym_avkastning"), "just above the frame");
        }
    }
}
