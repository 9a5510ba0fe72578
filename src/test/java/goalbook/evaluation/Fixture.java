package goalbook.evaluation;

import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission built by hand. Region inputs sit in column D from row 10 in the structure's measure
 * order (structure B: unika_kunder D10, kunder_tidiga_skeden D11, kunder_kvinnor D12, ...), the
 * comment of goal n in H(10 + n).
 */
final class Fixture {

    final GoalStructure structure;
    Period period;
    final Map<String, BigDecimal> values = new LinkedHashMap<>();
    final Map<String, String> cells = new LinkedHashMap<>();
    final Map<String, String> comments = new HashMap<>();
    final Map<String, String> commentCells = new HashMap<>();
    final List<Problem> readProblems = new ArrayList<>();
    final Map<String, BigDecimal> reference = new HashMap<>();
    History history = History.NONE;

    private Fixture(GoalStructure structure, Period period) {
        this.structure = structure;
        this.period = period;
        int row = 10;
        for (Measure m : structure.measures().values()) {
            if (m.enteredByRegion()) {
                cells.put(m.id(), "Inrapportering!D" + row++);
            }
        }
        for (Goal g : structure.goals()) {
            commentCells.put(g.id(), "Inrapportering!H" + (10 + g.number()));
        }
    }

    /**
     * Structure B, 2024-Q4, every goal MET: 85 of 100 customers in early stages, 40 women-led
     * (comparison 30 %), 25 foreign background (20 %), return 3 %, loans 50 M (plan 40 M), 60
     * insatser completed (plan 50), 10 000 kr per insats (plan 12 000), KYC 300/300, NPS 60, growth
     * 8 % vs 5 % and 10 % vs 6 %, engagement 87.
     */
    static Fixture structureB() {
        Fixture f = new Fixture(TestStructures.structureB(), new Period(2024, 4));
        f.set("unika_kunder", "100").set("kunder_tidiga_skeden", "85").set("kunder_kvinnor", "40").set("kunder_utlandsk_bakgrund", "25")
                .set("lan_resultat_36m", "900000").set("nettolanestock_snitt_36m", "10000000")
                .set("utbetalda_lan", "50000000").set("avslutade_insatser", "60").set("kostnader", "2000000").set("insatser_totalt", "200")
                .set("aktiva_relationer", "300").set("aktiva_relationer_kyc", "300")
                .set("nps_promotorer", "70").set("nps_passiva", "20").set("nps_kritiker", "10");
        f.ref("kund_omsattningstillvaxt", "0.08").ref("jmf_omsattningstillvaxt", "0.05")
                .ref("kund_ebitdatillvaxt", "0.10").ref("jmf_ebitdatillvaxt", "0.06")
                .ref("jmf_andel_kvinnor", "0.30").ref("jmf_andel_utlandsk", "0.20")
                .ref("plan_utbetalda_lan", "40000000").ref("plan_avslutade_insatser", "50").ref("plan_kostnad_per_insats", "12000")
                .ref("engagemangsindex", "87");
        return f;
    }

    /**
     * Structure A, 2020-Q4, every judged goal MET: survival 0.91/0.90, turnover +12 % vs +5 %, value
     * added +8 % vs +4 %; 45 of 100 customers women-led (reference share 35 %), 25 foreign background
     * (20 %); engagement (86 + 88) / 2; customer time 85 %; loan stock 90 M of 100 M; return 3 %.
     */
    static Fixture structureA() {
        Fixture f = new Fixture(TestStructures.structureA(), new Period(2020, 4));
        f.set("unika_kunder", "100").set("kunder_kvinnor", "45").set("kunder_utlandsk_bakgrund", "25")
                .set("nps_promotorer", "50").set("nps_passiva", "30").set("nps_kritiker", "20")
                .set("kundtid_timmar", "8500").set("total_tid_timmar", "10000")
                .set("insatser_bredd", "50").set("insatser_ideal", "30").set("insatser_spets", "20").set("insatser_totalt", "120")
                .set("brutto_lanestock", "90000000").set("lan_resultat_36m", "900000").set("nettolanestock_snitt_36m", "10000000");
        f.ref("kund_overlevnad", "0.91").ref("kontroll_overlevnad", "0.90")
                .ref("kund_omsattning_forandring", "0.12").ref("kontroll_omsattning_forandring", "0.05")
                .ref("kund_foradlingsvarde_forandring", "0.08").ref("kontroll_foradlingsvarde_forandring", "0.04")
                .ref("andel_kvinnor_stock", "0.30").ref("andel_kvinnor_nyforetagande", "0.40")
                .ref("andel_utlandsk_stock", "0.15").ref("andel_utlandsk_nyforetagande", "0.25")
                .ref("engagemang_energi", "86").ref("engagemang_tydlighet", "88")
                .ref("lanestocksram", "100000000");
        return f;
    }

    Fixture quarter(int q) {
        period = new Period(period.year(), q);
        return this;
    }

    Fixture set(String id, String value) {
        values.put(id, new BigDecimal(value));
        return this;
    }

    Fixture clear(String id) {
        values.remove(id);
        return this;
    }

    Fixture ref(String id, String value) {
        if (value == null) {
            reference.remove(id);
        } else {
            reference.put(id, new BigDecimal(value));
        }
        return this;
    }

    Fixture comment(String goalId, String text) {
        comments.put(goalId, text);
        return this;
    }

    Fixture readProblem(Problem p) {
        readProblems.add(p);
        return this;
    }

    Fixture history(History h) {
        history = h;
        return this;
    }

    SubmittedInputs inputs() {
        return new SubmittedInputs(values, cells, comments, commentCells, readProblems);
    }

    Report evaluate() {
        return new Evaluator().evaluate(new EvaluationInput(structure, period, "gavle-dala", inputs(), reference, history));
    }

    static GoalResult goal(Report r, String id) {
        return r.goals().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no goal " + id));
    }

    static PartResult part(Report r, String goalId, String partId) {
        return goal(r, goalId).parts().stream().filter(p -> p.id().equals(partId)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + goalId + "." + partId));
    }

    static IndexResult index(Report r, String id) {
        return r.indices().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no index " + id));
    }

    static List<Problem> problems(Report r, String code) {
        return r.problems().stream().filter(p -> p.code().equals(code)).toList();
    }

    static Problem problem(Report r, String code) {
        List<Problem> found = problems(r, code);
        if (found.size() != 1) {
            throw new AssertionError("expected one problem " + code + ", got " + r.problems());
        }
        return found.get(0);
    }
}
