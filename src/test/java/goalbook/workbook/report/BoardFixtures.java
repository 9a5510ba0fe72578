package goalbook.workbook.report;

import goalbook.workbook.Headline;
import goalbook.workbook.report.SourceRow;
import goalbook.workbook.report.TrendPoint;
import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Consolidator;
import goalbook.consolidation.RegionSubmission;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A consolidation of structure B over the sixteen shipped regions, built with the real
 * {@link Consolidator}: every region meets every goal (85 of 100 customers in early stages, …) except
 * Almi Nord (60 of 100 in early stages, commented, and 400 000 kr result: return 1,2 %, not commented),
 * Almi Gotland (no submission) and Almi Kalmar (latest version invalid: its early-stage count).
 */
public final class BoardFixtures {

    public static final String NORD_COMMENT = "Två stora kunder i tidig fas flyttade ut ur länet.";
    public static final Instant GENERATED = Instant.parse("2024-07-15T12:30:00Z");

    public final GoalStructure s = TestStructures.structureB();
    public final Period period;
    public final List<Region> regions = TestStructures.regions().all();
    public final Consolidation c;
    public final List<SourceRow> sources = new ArrayList<>();

    public BoardFixtures(int quarter) {
        this(quarter, NORD_COMMENT);
    }

    /** With Almi Nord's comment on its early-stage goal, e.g. a stored text longer than a cell holds. */
    public BoardFixtures(int quarter, String nordComment) {
        period = new Period(2024, quarter);
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> reference = new HashMap<>();
        for (Region r : regions) {
            reference.put(r.id(), reference());
            if (r.id().equals("gotland")) {
                sources.add(new SourceRow(r.id(), r.name(), null, null, null, null, false));
                continue;
            }
            Map<String, BigDecimal> in = inputs();
            Map<String, String> comments = new HashMap<>();
            Set<String> invalid = Set.of();
            if (r.id().equals("nord")) {
                in.put("kunder_tidiga_skeden", new BigDecimal("60"));
                in.put("lan_resultat_36m", new BigDecimal("360000"));
                comments.put("andel_tidiga_skeden", nordComment);
            }
            if (r.id().equals("kalmar")) {
                invalid = Set.of("kunder_tidiga_skeden");
            }
            String sha = String.format("%064x", Math.abs((long) r.id().hashCode()));
            int version = r.id().equals("kalmar") ? 3 : 1;
            latest.put(r.id(), new RegionSubmission(r.id(), version, sha, invalid.isEmpty(), in, invalid, comments, null));
            sources.add(new SourceRow(r.id(), r.name(), version, sha, "2024-07-1" + (version) + " 09:15", "kontakt@" + r.id() + ".almi.se",
                    invalid.isEmpty()));
        }
        Map<String, BigDecimal> group = new HashMap<>();
        group.put("kund_omsattningstillvaxt", new BigDecimal("0.07"));
        group.put("jmf_omsattningstillvaxt", new BigDecimal("0.05"));
        group.put("kund_ebitdatillvaxt", new BigDecimal("0.09"));
        group.put("jmf_ebitdatillvaxt", new BigDecimal("0.06"));
        group.put("jmf_andel_kvinnor", new BigDecimal("0.30"));
        group.put("jmf_andel_utlandsk", new BigDecimal("0.20"));
        group.put("plan_kostnad_per_insats", new BigDecimal("12000"));
        group.put("engagemangsindex", new BigDecimal("86"));
        c = new Consolidator().consolidate(s, period, regions.stream().map(Region::id).toList(), latest, reference, group, Map.of());
    }

    /** The group's values in the two quarters before, for every goal due now. */
    public List<TrendPoint> trend() {
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

    private static Map<String, BigDecimal> inputs() {
        Map<String, BigDecimal> in = new HashMap<>();
        String[][] v = {{"unika_kunder", "100"}, {"kunder_tidiga_skeden", "85"}, {"kunder_kvinnor", "40"},
                {"kunder_utlandsk_bakgrund", "25"}, {"lan_resultat_36m", "900000"}, {"nettolanestock_snitt_36m", "10000000"},
                {"utbetalda_lan", "50000000"}, {"avslutade_insatser", "60"}, {"kostnader", "2000000"}, {"insatser_totalt", "200"},
                {"aktiva_relationer", "300"}, {"aktiva_relationer_kyc", "300"}, {"nps_promotorer", "70"}, {"nps_passiva", "20"},
                {"nps_kritiker", "10"}};
        for (String[] kv : v) {
            in.put(kv[0], new BigDecimal(kv[1]));
        }
        return in;
    }

    private static Map<String, BigDecimal> reference() {
        Map<String, BigDecimal> ref = new HashMap<>();
        String[][] v = {{"kund_omsattningstillvaxt", "0.08"}, {"jmf_omsattningstillvaxt", "0.05"}, {"kund_ebitdatillvaxt", "0.10"},
                {"jmf_ebitdatillvaxt", "0.06"}, {"jmf_andel_kvinnor", "0.30"}, {"jmf_andel_utlandsk", "0.20"},
                {"plan_utbetalda_lan", "40000000"}, {"plan_avslutade_insatser", "50"}, {"plan_kostnad_per_insats", "12000"},
                {"engagemangsindex", "87"}};
        for (String[] kv : v) {
            ref.put(kv[0], new BigDecimal(kv[1]));
        }
        return ref;
    }
}
