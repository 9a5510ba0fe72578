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
 * Structure B, 2024-Q2, where only the first seven of the sixteen regions submitted (as in the
 * quarter issue 9 was found in); Almi Mitt's latest version is invalid in its disbursed loans, so
 * that one measure covers six regions, not seven.
 */
public final class SparseQuarter {

    public static final int SUBMITTED = 7;

    public final GoalStructure s = TestStructures.structureB();
    public final Period period = new Period(2024, 2);
    public final List<Region> regions = TestStructures.regions().all();
    public final List<SourceRow> sources = new ArrayList<>();
    public final Consolidation c;

    public SparseQuarter() {
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> reference = new HashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            reference.put(r.id(), reference());
            if (i >= SUBMITTED) {
                continue;
            }
            Set<String> invalid = r.id().equals("mitt") ? Set.of("utbetalda_lan") : Set.of();
            String sha = String.format("%064x", Math.abs((long) r.id().hashCode()));
            latest.put(r.id(), new RegionSubmission(r.id(), 1, sha, invalid.isEmpty(), inputs(), invalid, Map.of(), null));
            sources.add(new SourceRow(r.id(), r.name(), 1, sha, "2024-07-10 09:15", "kontakt@" + r.id() + ".almi.se", invalid.isEmpty()));
        }
        c = new Consolidator().consolidate(s, period, regions.stream().map(Region::id).toList(), latest, reference, reference(), Map.of());
    }

    /** The names of the regions that did not submit, in region order. */
    public List<String> absent() {
        return regions.subList(SUBMITTED, regions.size()).stream().map(Region::name).toList();
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
        String[][] v = {{"jmf_andel_kvinnor", "0.30"}, {"jmf_andel_utlandsk", "0.20"}, {"plan_utbetalda_lan", "40000000"},
                {"plan_avslutade_insatser", "50"}, {"plan_kostnad_per_insats", "12000"}};
        for (String[] kv : v) {
            ref.put(kv[0], new BigDecimal(kv[1]));
        }
        return ref;
    }
}
