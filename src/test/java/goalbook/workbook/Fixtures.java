package goalbook.workbook;

import goalbook.workbook.template.TemplateRenderer;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Reference values and typical inputs for rendering the shipped structures in tests. */
public final class Fixtures {

    public static final Region REGION = new Region("gavle-dala", "Almi Gävle Dala");

    private Fixtures() {}

    public static GoalStructure a() {
        return TestStructures.structureA();
    }

    public static GoalStructure b() {
        return TestStructures.structureB();
    }

    public static byte[] render(GoalStructure s, int year, int quarter) {
        return new TemplateRenderer().render(s, REGION, new Period(year, quarter), reference(s));
    }

    /** Every reference measure of the structure set to a plausible value. */
    public static Map<String, BigDecimal> reference(GoalStructure s) {
        Map<String, BigDecimal> all = new HashMap<>();
        Map<String, String> known = Map.ofEntries(
                Map.entry("kund_omsattningstillvaxt", "0.08"), Map.entry("jmf_omsattningstillvaxt", "0.05"),
                Map.entry("kund_ebitdatillvaxt", "0.03"), Map.entry("jmf_ebitdatillvaxt", "0.04"),
                Map.entry("jmf_andel_kvinnor", "0.30"), Map.entry("jmf_andel_utlandsk", "0.20"),
                Map.entry("plan_utbetalda_lan", "50000000"), Map.entry("plan_avslutade_insatser", "200"),
                Map.entry("plan_kostnad_per_insats", "25000"), Map.entry("engagemangsindex", "85"),
                Map.entry("kund_overlevnad", "0.9"), Map.entry("kontroll_overlevnad", "0.8"),
                Map.entry("kund_omsattning_forandring", "0.10"), Map.entry("kontroll_omsattning_forandring", "0.05"),
                Map.entry("kund_foradlingsvarde_forandring", "0.07"), Map.entry("kontroll_foradlingsvarde_forandring", "0.02"),
                Map.entry("andel_kvinnor_stock", "0.25"), Map.entry("andel_kvinnor_nyforetagande", "0.35"),
                Map.entry("andel_utlandsk_stock", "0.15"), Map.entry("andel_utlandsk_nyforetagande", "0.25"),
                Map.entry("engagemang_energi", "84"), Map.entry("engagemang_tydlighet", "86"),
                Map.entry("lanestocksram", "100000000"));
        s.measures().values().stream().filter(m -> !m.enteredByRegion())
                .forEach(m -> all.put(m.id(), new BigDecimal(known.getOrDefault(m.id(), "1"))));
        return all;
    }

    /** Inputs for structure B that meet every goal (given {@link #reference}). */
    public static Map<String, Object> inputsB() {
        Map<String, Object> v = new HashMap<>();
        v.put("unika_kunder", 100);
        v.put("kunder_tidiga_skeden", 85);
        v.put("kunder_kvinnor", 35);
        v.put("kunder_utlandsk_bakgrund", 25);
        v.put("lan_resultat_36m", 900000);
        v.put("nettolanestock_snitt_36m", 10000000);
        v.put("utbetalda_lan", 60000000);
        v.put("avslutade_insatser", 210);
        v.put("kostnader", 9000000);
        v.put("insatser_totalt", 400);
        v.put("aktiva_relationer", 50);
        v.put("aktiva_relationer_kyc", 50);
        v.put("nps_promotorer", 70);
        v.put("nps_passiva", 20);
        v.put("nps_kritiker", 10);
        return v;
    }

    /** Inputs for structure A. */
    public static Map<String, Object> inputsA() {
        Map<String, Object> v = new HashMap<>();
        v.put("unika_kunder", 100);
        v.put("kunder_kvinnor", 40);
        v.put("kunder_utlandsk_bakgrund", 25);
        v.put("nps_promotorer", 70);
        v.put("nps_passiva", 20);
        v.put("nps_kritiker", 10);
        v.put("kundtid_timmar", 800);
        v.put("total_tid_timmar", 1000);
        v.put("insatser_bredd", 50);
        v.put("insatser_ideal", 30);
        v.put("insatser_spets", 20);
        v.put("insatser_totalt", 120);
        v.put("brutto_lanestock", 90000000);
        v.put("lan_resultat_36m", 600000);
        v.put("nettolanestock_snitt_36m", 10000000);
        return v;
    }
}
