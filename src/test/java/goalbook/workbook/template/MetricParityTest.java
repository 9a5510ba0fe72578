package goalbook.workbook.template;

import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.template.TemplateRenderer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.goals.Formulas;
import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each part's metric text means the same in EvalEx (the server) and in the template (POI's evaluator). */
class MetricParityTest {

    /** Typical values, then the boundary cases of the target rules and some awkward fractions. */
    private static List<Map<String, Object>> casesB() {
        return List.of(
                Map.of(),
                Map.of("kunder_tidiga_skeden", 80, "kunder_kvinnor", 30, "aktiva_relationer_kyc", 49),
                Map.of("lan_resultat_36m", 600000, "nettolanestock_snitt_36m", 10000000),
                Map.of("lan_resultat_36m", 1200000, "nettolanestock_snitt_36m", 10000000),
                Map.of("lan_resultat_36m", -350001, "nettolanestock_snitt_36m", 123456789),
                Map.of("kostnader", 10000400, "insatser_totalt", 400, "utbetalda_lan", 49999999),
                Map.of("nps_promotorer", 65, "nps_passiva", 25, "nps_kritiker", 10),
                Map.of("unika_kunder", 7, "kunder_tidiga_skeden", 3, "kunder_utlandsk_bakgrund", 1, "nps_passiva", 3));
    }

    private static List<Map<String, Object>> casesA() {
        return List.of(
                Map.of(),
                Map.of("kundtid_timmar", 800, "total_tid_timmar", 1000, "brutto_lanestock", 100000000),
                Map.of("lan_resultat_36m", 1200000, "unika_kunder", 3, "kunder_kvinnor", 1, "insatser_totalt", 7),
                Map.of("nps_promotorer", 1, "nps_passiva", 0, "nps_kritiker", 2));
    }

    @Test
    void metric_structureB_sameValueInEvalExAndPoi() throws Exception {
        for (Map<String, Object> c : casesB()) {
            check(Fixtures.b(), new Period(2024, 4), Fixtures.inputsB(), c);
        }
    }

    @Test
    void metric_structureA_sameValueInEvalExAndPoi() throws Exception {
        for (Map<String, Object> c : casesA()) {
            check(Fixtures.a(), new Period(2019, 4), Fixtures.inputsA(), c);
        }
    }

    private static void check(GoalStructure s, Period p, Map<String, Object> base, Map<String, Object> changes) throws Exception {
        Map<String, Object> inputs = new HashMap<>(base);
        inputs.putAll(changes);
        Map<String, BigDecimal> refs = Fixtures.reference(s);
        Map<String, Object> all = new HashMap<>();
        inputs.forEach((k, v) -> all.put(k, new BigDecimal(v.toString())));
        all.putAll(refs);
        try (Filled f = new Filled(new TemplateRenderer().render(s, Fixtures.REGION, p, refs))) {
            s.regionInputsDueIn(p.quarter()).forEach(m -> f.set(m.id(), inputs.get(m.id())));
            f.evaluate();
            for (Goal g : s.goalsDueIn(p.quarter())) {
                for (GoalPart part : g.parts()) {
                    BigDecimal server = new com.ezylang.evalex.Expression(part.metric().text(), Formulas.CONFIG)
                            .withValues(all).evaluate().getNumberValue();
                    double excel = f.number("gb_metric_" + g.id() + "_" + part.id());
                    assertEquals(server.doubleValue(), excel, Math.abs(excel) * 1e-13 + 1e-13,
                            g.id() + "/" + part.id() + " with " + changes);
                }
            }
        }
    }
}
