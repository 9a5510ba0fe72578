package goalbook.workbook.report;

import goalbook.workbook.Headline;
import goalbook.workbook.report.BoardWorkbook;
import goalbook.workbook.report.BoardScope;
import goalbook.workbook.report.SourceRow;
import goalbook.workbook.report.TrendPoint;
import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Consolidator;
import goalbook.consolidation.RegionSubmission;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Board workbooks whose charts are looked at: structure B 2024-Q2 with only some of the sixteen
 * regions submitted (one, seven), and structure A 2019-Q4 with two regions. Region figures vary a
 * little per region (and one region gets its own plan) so bars and target markers can be told apart.
 */
record ChartCases(GoalStructure s, Period period, Consolidation c, List<SourceRow> sources, List<TrendPoint> trend) {

    static final BoardScope GROUP = new BoardScope(null, "Almi koncernen");

    /** The first {@code submitted} regions of the sixteen have reported 2024-Q2; the rest have not. */
    static ChartCases structureB(int submitted) {
        GoalStructure s = TestStructures.structureB();
        Period period = new Period(2024, 2);
        List<Region> regions = TestStructures.regions().all();
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> reference = new HashMap<>();
        List<SourceRow> sources = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            Map<String, BigDecimal> ref = map("kund_omsattningstillvaxt", "0.08", "jmf_omsattningstillvaxt", "0.05",
                    "kund_ebitdatillvaxt", "0.10", "jmf_ebitdatillvaxt", "0.06", "jmf_andel_kvinnor", new BigDecimal("0.26").add(BigDecimal.valueOf(i % 5, 2)).toPlainString(),
                    "jmf_andel_utlandsk", "0.20", "plan_utbetalda_lan", String.valueOf(30_000_000 + 5_000_000 * (i % 4)),
                    "plan_avslutade_insatser", String.valueOf(45 + 5 * (i % 3)), "plan_kostnad_per_insats", "12000", "engagemangsindex", "87");
            reference.put(r.id(), ref);
            if (i >= submitted) {
                sources.add(new SourceRow(r.id(), r.name(), null, null, null, null, false));
                continue;
            }
            Map<String, BigDecimal> in = map("unika_kunder", "100", "kunder_tidiga_skeden", String.valueOf(78 + 2 * (i % 6)),
                    "kunder_kvinnor", String.valueOf(24 + 3 * (i % 5)), "kunder_utlandsk_bakgrund", "25",
                    "lan_resultat_36m", String.valueOf(600_000 + 150_000 * (i % 4)), "nettolanestock_snitt_36m", "10000000",
                    "utbetalda_lan", String.valueOf(28_000_000 + 6_000_000 * (i % 5)), "avslutade_insatser", String.valueOf(44 + 4 * (i % 4)),
                    "kostnader", String.valueOf(2_200_000 + 100_000 * (i % 3)), "insatser_totalt", "200", "aktiva_relationer", "300",
                    "aktiva_relationer_kyc", i % 3 == 1 ? "297" : "300", "nps_promotorer", String.valueOf(60 + 3 * (i % 4)),
                    "nps_passiva", "20", "nps_kritiker", "10");
            String sha = String.format("%064x", Math.abs((long) r.id().hashCode()));
            latest.put(r.id(), new RegionSubmission(r.id(), 1, sha, true, in, Set.of(), Map.of(), null));
            sources.add(new SourceRow(r.id(), r.name(), 1, sha, "2024-07-10 09:15", "kontakt@" + r.id() + ".almi.se", true));
        }
        Map<String, BigDecimal> group = map("kund_omsattningstillvaxt", "0.07", "jmf_omsattningstillvaxt", "0.05",
                "kund_ebitdatillvaxt", "0.09", "jmf_ebitdatillvaxt", "0.06", "jmf_andel_kvinnor", "0.30", "jmf_andel_utlandsk", "0.20",
                "plan_kostnad_per_insats", "12000", "engagemangsindex", "86");
        Consolidation c = new Consolidator().consolidate(s, period, regions.stream().map(Region::id).toList(), latest, reference, group,
                Map.of());
        return new ChartCases(s, period, c, sources, earlier(s, period, c));
    }

    /** Structure A 2019-Q4: Nord and Mitt have reported, the other fourteen have not. */
    static ChartCases structureA() {
        GoalStructure s = TestStructures.structureA();
        Period period = new Period(2019, 4);
        List<Region> regions = TestStructures.regions().all();
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> reference = new HashMap<>();
        List<SourceRow> sources = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            reference.put(r.id(), map("andel_kvinnor_stock", "0.30", "andel_kvinnor_nyforetagande", "0.40", "andel_utlandsk_stock", "0.10",
                    "andel_utlandsk_nyforetagande", "0.20", "lanestocksram", "300000000", "kund_overlevnad", "0.90",
                    "kontroll_overlevnad", "0.85", "kund_omsattning_forandring", "0.12", "kontroll_omsattning_forandring", "0.08",
                    "kund_foradlingsvarde_forandring", "0.05", "kontroll_foradlingsvarde_forandring", "0.06"));
            if (i >= 2) {
                sources.add(new SourceRow(r.id(), r.name(), null, null, null, null, false));
                continue;
            }
            Map<String, BigDecimal> in = map("unika_kunder", "100", "kunder_kvinnor", i == 0 ? "40" : "33", "kunder_utlandsk_bakgrund", "18",
                    "lan_resultat_36m", i == 0 ? "21000000" : "15000000", "nettolanestock_snitt_36m", "250000000",
                    "brutto_lanestock", i == 0 ? "270000000" : "310000000", "nps_promotorer", "50", "nps_passiva", "30",
                    "nps_kritiker", "20", "kundtid_timmar", i == 0 ? "820" : "760", "total_tid_timmar", "1000",
                    "insatser_bredd", i == 0 ? "50" : "40", "insatser_ideal", "30", "insatser_spets", i == 0 ? "10" : "20", "insatser_totalt", "100");
            String sha = String.format("%064x", Math.abs((long) r.id().hashCode()));
            latest.put(r.id(), new RegionSubmission(r.id(), 1, sha, true, in, Set.of(), Map.of(), null));
            sources.add(new SourceRow(r.id(), r.name(), 1, sha, "2020-01-20 10:00", "kontakt@" + r.id() + ".almi.se", true));
        }
        Map<String, BigDecimal> group = map("andel_kvinnor_stock", "0.30", "andel_kvinnor_nyforetagande", "0.40", "andel_utlandsk_stock", "0.10",
                "andel_utlandsk_nyforetagande", "0.20", "kund_overlevnad", "0.90", "kontroll_overlevnad", "0.85",
                "kund_omsattning_forandring", "0.12", "kontroll_omsattning_forandring", "0.08", "kund_foradlingsvarde_forandring", "0.05",
                "kontroll_foradlingsvarde_forandring", "0.06", "engagemang_energi", "84", "engagemang_tydlighet", "88");
        Consolidation c = new Consolidator().consolidate(s, period, regions.stream().map(Region::id).toList(), latest, reference, group,
                Map.of());
        return new ChartCases(s, period, c, sources, earlier(s, period, c));
    }

    byte[] render(BoardScope scope) {
        return new BoardWorkbook().render(s, period, c, scope, false, BoardFixtures.GENERATED, sources, trend, "Godkänd 2024-07-20 av Eva Ek");
    }

    XSSFWorkbook workbook(BoardScope scope) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(render(scope)));
    }

    /** The group's values in the two quarters before, 90 % and 95 % of today's. */
    private static List<TrendPoint> earlier(GoalStructure s, Period period, Consolidation c) {
        List<TrendPoint> out = new ArrayList<>();
        Period p1 = period.previousQuarter();
        Period p2 = p1.previousQuarter();
        for (var g : s.goalsDueIn(period.quarter())) {
            var now = Headline.result(c.group(), g.id());
            if (now != null && now.value() != null) {
                out.add(new TrendPoint(p2, g.id(), now.value().multiply(new BigDecimal("0.9"))));
                out.add(new TrendPoint(p1, g.id(), now.value().multiply(new BigDecimal("0.95"))));
            }
        }
        return out;
    }

    private static Map<String, BigDecimal> map(String... kv) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new BigDecimal(kv[i + 1]));
        }
        return m;
    }
}
