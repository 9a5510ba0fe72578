package goalbook.periods;

import goalbook.storage.StoredReportJson;
import goalbook.storage.StoredVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Consolidator;
import goalbook.consolidation.RegionGap;
import goalbook.consolidation.RegionSubmission;
import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.History;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decisions of issue 9 point 6 through the whole chain (evaluate, store the report, read the
 * latest version back, consolidate, as the status and the consolidated workbook do).
 */
class DecisionsConsolidationTest {
    private static final GoalStructure B = TestStructures.structureB();
    private static final Period Q4 = new Period(2024, 4);

    /** A zero count: the version is valid, its zeros are in the group's sums, the group's NPS comes from all answers. */
    @Test
    void consolidate_regionWithNoNpsAnswers_countedInGroupSumAndGroupNpsFromOthersAnswers() {
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        latest.put("nord", stored("nord", figures("70", "20", "10")));     // NPS 60 of 100 answers
        latest.put("mitt", stored("mitt", figures("0", "0", "0")));        // no answers yet

        assertTrue(latest.get("mitt").valid(), "zero answers is an honest figure, not an error");
        assertTrue(latest.get("mitt").invalidMeasures().isEmpty(), latest.get("mitt").invalidMeasures().toString());

        Consolidation c = new Consolidator().consolidate(B, Q4, List.of("nord", "mitt"), latest,
                Map.of("nord", reference(), "mitt", reference()), reference(), Map.of());

        assertEquals(GoalStatus.MISSING, goal(c.regionReports().get("mitt"), "nps").status());
        assertEquals(2, c.coverage().get("nps_promotorer"), "both regions are in the group's NPS figures");
        assertEquals(0, new BigDecimal("70").compareTo(c.groupInputs().get("nps_promotorer")));
        assertEquals(0, new BigDecimal(60).compareTo(goal(c.group(), "nps").value().round(MathContext.DECIMAL64)));
        assertEquals(GoalStatus.MET, goal(c.group(), "nps").status());
        assertTrue(c.gaps().stream().noneMatch(g -> g.kind() == RegionGap.Kind.INVALID), c.gaps().toString());
    }

    /** An amount rounded at upload: re-evaluating the stored (rounded) inputs keeps the reader's warning. */
    @Test
    void consolidate_amountRoundedAtUpload_warningKeptInReEvaluatedReport() {
        Problem rounded = Problem.warning("rounded_to_whole_kronor", "kostnader", "Inrapportering!C40",
                "Cell Inrapportering!C40 (Kostnader hittills i år (kr)): 2 000 000,4 kr har avrundats till 2 000 000 kr. "
                        + "Belopp anges i hela kronor.");
        Map<String, RegionSubmission> latest = Map.of("nord", stored("nord", figures("70", "20", "10"), List.of(rounded)));

        Consolidation c = new Consolidator().consolidate(B, Q4, List.of("nord"), latest, Map.of("nord", reference()), reference(), Map.of());

        assertTrue(latest.get("nord").valid());
        assertEquals(List.of(rounded), c.regionReports().get("nord").problems());
    }

    private static RegionSubmission stored(String region, Map<String, BigDecimal> values) {
        return stored(region, values, List.of());
    }

    private static RegionSubmission stored(String region, Map<String, BigDecimal> values, List<Problem> readProblems) {
        Map<String, String> cells = new HashMap<>();
        values.keySet().forEach(id -> cells.put(id, "Inrapportering!D1"));
        Report r = new Evaluator().evaluate(new EvaluationInput(B, Q4, region,
                new SubmittedInputs(values, cells, Map.of(), Map.of(), readProblems), reference(), History.NONE));
        StoredVersion v = new StoredVersion(1, Q4.toString(), region, 1, Instant.parse("2025-01-10T08:00:00Z"), "demo-" + region,
                "sha-" + region, r.valid(), B.id(), B.revision(), StoredReportJson.write(r, values), true);
        return PeriodService.regionSubmission(v);
    }

    private static Map<String, BigDecimal> figures(String promotors, String passives, String detractors) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        String[][] all = {{"unika_kunder", "100"}, {"kunder_tidiga_skeden", "85"}, {"kunder_kvinnor", "40"},
                {"kunder_utlandsk_bakgrund", "25"}, {"lan_resultat_36m", "900000"}, {"nettolanestock_snitt_36m", "10000000"},
                {"utbetalda_lan", "50000000"}, {"avslutade_insatser", "60"}, {"kostnader", "2000000"}, {"insatser_totalt", "200"},
                {"aktiva_relationer", "300"}, {"aktiva_relationer_kyc", "300"},
                {"nps_promotorer", promotors}, {"nps_passiva", passives}, {"nps_kritiker", detractors}};
        for (String[] e : all) {
            v.put(e[0], new BigDecimal(e[1]));
        }
        return v;
    }

    private static Map<String, BigDecimal> reference() {
        Map<String, BigDecimal> r = new HashMap<>();
        String[][] all = {{"kund_omsattningstillvaxt", "0.08"}, {"jmf_omsattningstillvaxt", "0.05"}, {"kund_ebitdatillvaxt", "0.10"},
                {"jmf_ebitdatillvaxt", "0.06"}, {"jmf_andel_kvinnor", "0.30"}, {"jmf_andel_utlandsk", "0.20"},
                {"plan_utbetalda_lan", "40000000"}, {"plan_avslutade_insatser", "50"}, {"plan_kostnad_per_insats", "12000"},
                {"engagemangsindex", "87"}};
        for (String[] e : all) {
            r.put(e[0], new BigDecimal(e[1]));
        }
        return r;
    }

    private static GoalResult goal(Report r, String id) {
        return r.goals().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }
}
