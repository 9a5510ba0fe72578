package goalbook.consolidation;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.History;
import goalbook.evaluation.Report;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A consolidation built by hand over structure B, 2024-Q4. Every region starts from the same all-MET
 * figures (85 of 100 customers in early stages, 40 women-led, 25 foreign background, return 3 %,
 * loans 50 M against a plan of 40 M, 60 insatser against 50, 10 000 kr per insats against 12 000,
 * KYC 300/300, NPS 60) and the group row holds the centrally measured values.
 */
final class Given {

    final GoalStructure structure;
    final Period period;
    final List<String> regions = new ArrayList<>();
    final Map<String, Map<String, BigDecimal>> inputs = new LinkedHashMap<>();
    final Map<String, Set<String>> invalid = new HashMap<>();
    final Map<String, Map<String, String>> comments = new HashMap<>();
    final Map<String, Map<String, BigDecimal>> reference = new HashMap<>();
    final Map<String, BigDecimal> groupReference = new HashMap<>();
    final Map<String, History> history = new HashMap<>();

    private Given(GoalStructure structure, Period period) {
        this.structure = structure;
        this.period = period;
    }

    /** Structure B, 2024-Q4, with the named regions all submitted and every goal MET. */
    static Given structureB(String... regionIds) {
        Given g = new Given(TestStructures.structureB(), new Period(2024, 4));
        for (String r : regionIds) {
            g.submitted(r);
        }
        g.group("kund_omsattningstillvaxt", "0.07").group("jmf_omsattningstillvaxt", "0.05")
                .group("kund_ebitdatillvaxt", "0.09").group("jmf_ebitdatillvaxt", "0.06")
                .group("jmf_andel_kvinnor", "0.30").group("jmf_andel_utlandsk", "0.20")
                .group("plan_kostnad_per_insats", "12000").group("engagemangsindex", "86");
        return g;
    }

    /** A region that submitted the all-MET figures, with its reference values. */
    Given submitted(String region) {
        regions.add(region);
        inputs.put(region, new LinkedHashMap<>());
        reference.put(region, new HashMap<>());
        set(region, "unika_kunder", "100").set(region, "kunder_tidiga_skeden", "85").set(region, "kunder_kvinnor", "40")
                .set(region, "kunder_utlandsk_bakgrund", "25").set(region, "lan_resultat_36m", "900000")
                .set(region, "nettolanestock_snitt_36m", "10000000").set(region, "utbetalda_lan", "50000000")
                .set(region, "avslutade_insatser", "60").set(region, "kostnader", "2000000").set(region, "insatser_totalt", "200")
                .set(region, "aktiva_relationer", "300").set(region, "aktiva_relationer_kyc", "300")
                .set(region, "nps_promotorer", "70").set(region, "nps_passiva", "20").set(region, "nps_kritiker", "10");
        ref(region, "kund_omsattningstillvaxt", "0.08").ref(region, "jmf_omsattningstillvaxt", "0.05")
                .ref(region, "kund_ebitdatillvaxt", "0.10").ref(region, "jmf_ebitdatillvaxt", "0.06")
                .ref(region, "jmf_andel_kvinnor", "0.30").ref(region, "jmf_andel_utlandsk", "0.20")
                .ref(region, "plan_utbetalda_lan", "40000000").ref(region, "plan_avslutade_insatser", "50")
                .ref(region, "plan_kostnad_per_insats", "12000").ref(region, "engagemangsindex", "87");
        return this;
    }

    /** A region in the list that has not submitted (its reference values are set). */
    Given absent(String region) {
        submitted(region);
        inputs.remove(region);
        return this;
    }

    Given set(String region, String measure, String value) {
        inputs.get(region).put(measure, new BigDecimal(value));
        return this;
    }

    Given invalid(String region, String... measures) {
        invalid.computeIfAbsent(region, r -> new HashSet<>()).addAll(List.of(measures));
        return this;
    }

    Given comment(String region, String goal, String text) {
        comments.computeIfAbsent(region, r -> new HashMap<>()).put(goal, text);
        return this;
    }

    Given ref(String region, String measure, String value) {
        if (value == null) {
            reference.get(region).remove(measure);
        } else {
            reference.get(region).put(measure, new BigDecimal(value));
        }
        return this;
    }

    Given group(String measure, String value) {
        if (value == null) {
            groupReference.remove(measure);
        } else {
            groupReference.put(measure, new BigDecimal(value));
        }
        return this;
    }

    Map<String, RegionSubmission> latest() {
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        inputs.forEach((r, values) -> {
            Set<String> bad = invalid.getOrDefault(r, Set.of());
            latest.put(r, new RegionSubmission(r, 2, "sha-" + r, bad.isEmpty(), values, bad, comments.getOrDefault(r, Map.of()), null));
        });
        return latest;
    }

    Consolidation consolidate() {
        return new Consolidator().consolidate(structure, period, regions, latest(), reference, groupReference, history);
    }

    static GoalResult goal(Report r, String id) {
        return r.goals().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no goal " + id));
    }
}
