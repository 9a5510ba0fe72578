package goalbook.workbook.report;

import goalbook.workbook.report.SourceRow;
import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Consolidator;
import goalbook.consolidation.RegionSubmission;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quarters as a new user worked them, consolidated with the real {@link Consolidator}: structure B
 * with the first 7 of the 16 shipped regions in 2024-Q2 and 3 in 2024-Q4 (every region 85 of 100
 * customers in early stages, loans 50 M against a plan of 40 M, 10 000 kr per insats against 12 000,
 * …, changed by {@link #set}); structure A 2019-Q4 with two regions, where Index Tillväxt fails on
 * förädlingsvärde alone (99,1) and goals 6–7 are judged in parts.
 */
final class BoardQuarters {

    static final List<Region> REGIONS = TestStructures.regions().all();
    static final List<String> ALL = REGIONS.stream().map(Region::id).toList();
    static final List<String> SEVEN = ALL.subList(0, 7);
    static final List<String> THREE = ALL.subList(0, 3);
    static final List<String> TWO = ALL.subList(0, 2);

    final GoalStructure s;
    final Period period;
    private final List<String> submitted;
    private final Map<String, String> changes = new LinkedHashMap<>();

    private BoardQuarters(GoalStructure s, String period, List<String> submitted) {
        this.s = s;
        this.period = Period.parse(period);
        this.submitted = submitted;
    }

    static BoardQuarters b(String period, List<String> submitted) {
        return new BoardQuarters(TestStructures.structureB(), period, submitted);
    }

    static BoardQuarters a2019q4() {
        return new BoardQuarters(TestStructures.structureA(), "2019-Q4", TWO);
    }

    /** Every submitting region reports {@code value} for {@code measure}. */
    BoardQuarters set(String measure, String value) {
        changes.put(measure, value);
        return this;
    }

    Consolidation consolidate() {
        boolean a = s.id().equals("almi-2019");
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> refs = new HashMap<>();
        for (String r : ALL) {
            refs.put(r, decimals(a ? REF_A : REF_B));
            if (submitted.contains(r)) {
                Map<String, BigDecimal> in = decimals(a ? INPUTS_A : INPUTS_B);
                changes.forEach((m, v) -> in.put(m, new BigDecimal(v)));
                latest.put(r, new RegionSubmission(r, 1, sha(r), true, in, Set.of(), Map.of(), null));
            }
        }
        return new Consolidator().consolidate(s, period, ALL, latest, refs, decimals(a ? GROUP_A : GROUP_B), Map.of());
    }

    List<SourceRow> sources() {
        List<SourceRow> out = new ArrayList<>();
        for (Region r : REGIONS) {
            out.add(submitted.contains(r.id())
                    ? new SourceRow(r.id(), r.name(), 1, sha(r.id()), period.year() + "-07-10 09:15", "kontakt@" + r.id() + ".almi.se", true)
                    : new SourceRow(r.id(), r.name(), null, null, null, null, false));
        }
        return out;
    }

    static String sha(String region) {
        return String.format("%064x", Math.abs((long) region.hashCode()));
    }

    private static Map<String, BigDecimal> decimals(String[][] kv) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (String[] e : kv) {
            m.put(e[0], new BigDecimal(e[1]));
        }
        return m;
    }

    private static final String[][] INPUTS_B = {{"unika_kunder", "100"}, {"kunder_tidiga_skeden", "85"}, {"kunder_kvinnor", "40"},
        {"kunder_utlandsk_bakgrund", "25"}, {"lan_resultat_36m", "900000"}, {"nettolanestock_snitt_36m", "10000000"},
        {"utbetalda_lan", "50000000"}, {"avslutade_insatser", "60"}, {"kostnader", "2000000"}, {"insatser_totalt", "200"},
        {"aktiva_relationer", "300"}, {"aktiva_relationer_kyc", "300"}, {"nps_promotorer", "70"}, {"nps_passiva", "20"},
        {"nps_kritiker", "10"}};
    private static final String[][] REF_B = {{"kund_omsattningstillvaxt", "0.08"}, {"jmf_omsattningstillvaxt", "0.05"},
        {"kund_ebitdatillvaxt", "0.10"}, {"jmf_ebitdatillvaxt", "0.06"}, {"jmf_andel_kvinnor", "0.30"}, {"jmf_andel_utlandsk", "0.20"},
        {"plan_utbetalda_lan", "40000000"}, {"plan_avslutade_insatser", "50"}, {"plan_kostnad_per_insats", "12000"},
        {"engagemangsindex", "87"}};
    private static final String[][] GROUP_B = {{"kund_omsattningstillvaxt", "0.07"}, {"jmf_omsattningstillvaxt", "0.05"},
        {"kund_ebitdatillvaxt", "0.09"}, {"jmf_ebitdatillvaxt", "0.06"}, {"jmf_andel_kvinnor", "0.30"}, {"jmf_andel_utlandsk", "0.20"},
        {"plan_kostnad_per_insats", "12000"}, {"engagemangsindex", "86"}};

    private static final String[][] INPUTS_A = {{"unika_kunder", "200"}, {"kunder_kvinnor", "80"}, {"kunder_utlandsk_bakgrund", "40"},
        {"nps_promotorer", "60"}, {"nps_passiva", "25"}, {"nps_kritiker", "15"}, {"kundtid_timmar", "8200"}, {"total_tid_timmar", "10000"},
        {"insatser_bredd", "120"}, {"insatser_ideal", "150"}, {"insatser_spets", "80"}, {"insatser_totalt", "350"},
        {"brutto_lanestock", "85000000"}, {"lan_resultat_36m", "7500000"}, {"nettolanestock_snitt_36m", "90000000"}};
    private static final String[][] REF_A = {{"lanestocksram", "100000000"}, {"andel_kvinnor_stock", "0.30"},
        {"andel_kvinnor_nyforetagande", "0.34"}, {"andel_utlandsk_stock", "0.14"}, {"andel_utlandsk_nyforetagande", "0.20"}};
    /** Överlevnad 114,3 and omsättning 106,7 pass; förädlingsvärde 100 × 1,091 / 1,101 = 99,1 does not. */
    private static final String[][] GROUP_A = {{"kund_overlevnad", "0.80"}, {"kontroll_overlevnad", "0.70"},
        {"kund_omsattning_forandring", "0.12"}, {"kontroll_omsattning_forandring", "0.05"},
        {"kund_foradlingsvarde_forandring", "0.091"}, {"kontroll_foradlingsvarde_forandring", "0.101"},
        {"andel_kvinnor_stock", "0.30"}, {"andel_kvinnor_nyforetagande", "0.34"}, {"andel_utlandsk_stock", "0.14"},
        {"andel_utlandsk_nyforetagande", "0.20"}, {"engagemang_energi", "84"}, {"engagemang_tydlighet", "88"}};
}
