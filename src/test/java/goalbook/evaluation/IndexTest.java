package goalbook.evaluation;

import static goalbook.evaluation.Fixture.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Composite indices: Index Fokusgrupper and Index Tillväxt (weighted), Måluppfyllelse (attainment). */
class IndexTest {

    private static final MathContext MC = MathContext.DECIMAL128;

    @Test
    void evaluate_structureBIndexFokusgrupper_isMeanOfTwoSubIndices() {
        // women 40 % vs 30 % → 133.33…; foreign 25 % vs 20 % → 125; mean 129.166…
        IndexResult i = index(Fixture.structureB().evaluate(), "index_fokusgrupper");
        BigDecimal women = new BigDecimal("40").divide(new BigDecimal("0.30"), MC);
        BigDecimal expected = women.add(new BigDecimal("125")).divide(new BigDecimal("2"), MC);
        assertTrue(expected.subtract(i.value()).abs().compareTo(new BigDecimal("1E-30")) < 0, i.value().toString());
        assertEquals("129,2", SwedishFormat.format(i.value(), Unit.INDEX));
        assertEquals(List.of("kvinnor", "utlandsk"), i.components().stream().map(IndexResult.Component::id).toList());
        assertEquals(0, new BigDecimal("125").compareTo(i.components().get(1).value()));
        assertEquals(BigDecimal.ONE, i.components().get(0).weight());
        assertEquals("100 * (kunder_kvinnor / unika_kunder) / jmf_andel_kvinnor", i.components().get(0).formula());
        assertNull(i.note());
    }

    @Test
    void evaluate_indexComponentMissing_valueNullWithNote() {
        IndexResult i = index(Fixture.structureB().ref("jmf_andel_utlandsk", null).evaluate(), "index_fokusgrupper");
        assertNull(i.value());
        assertNull(i.components().get(1).value());
        assertEquals("Kan inte beräknas: uppgift saknas för Delindex utländsk bakgrund.", i.note());
    }

    @Test
    void evaluate_structureAIndexFokusgrupper_usesMeanOfStockAndNewBusinessShares() {
        // women 45 % vs (30 % + 40 %) / 2 → 128.571…; foreign 25 % vs (15 % + 25 %) / 2 → 125
        Report r = Fixture.structureA().evaluate();
        IndexResult i = index(r, "index_fokusgrupper");
        assertEquals("128,6", SwedishFormat.format(i.components().get(0).value(), Unit.INDEX));
        assertEquals("126,8", SwedishFormat.format(i.value(), Unit.INDEX));
        BigDecimal goalComposite = Fixture.part(r, "index_fokusgrupper", "sammanvagt").value();
        assertTrue(goalComposite.subtract(i.value()).abs().compareTo(new BigDecimal("1E-30")) < 0, goalComposite + " vs " + i.value());
    }

    @Test
    void evaluate_structureAIndexTillvaxt_threeEqualWeights() {
        // 100 × 0.91 / 0.90 = 101.11…, 100 × 1.12 / 1.05 = 106.67, 100 × 1.08 / 1.04 = 103.85
        IndexResult i = index(Fixture.structureA().evaluate(), "index_tillvaxt");
        assertEquals(List.of("101,1", "106,7", "103,8"), i.components().stream().map(c -> SwedishFormat.format(c.value(), Unit.INDEX)).toList());
        assertEquals("103,9", SwedishFormat.format(i.value(), Unit.INDEX));
    }

    @Test
    void evaluate_structureBAllMet_attainmentIsHundredPerAreaAndOverall() {
        Report r = Fixture.structureB().evaluate();
        assertEquals(0, new BigDecimal("100").compareTo(index(r, "maluppfyllelse").value()));
        assertEquals("12 av 12 bedömda mål uppfyllda.", index(r, "maluppfyllelse").note());
        assertEquals(0, new BigDecimal("100").compareTo(index(r, "maluppfyllelse:Fokusgrupper").value()));
        assertEquals("Måluppfyllelse – Fokusgrupper", index(r, "maluppfyllelse:Fokusgrupper").name());
        assertEquals(7 + 1 + 1, r.indices().size(), "seven areas, overall, Index Fokusgrupper");
    }

    @Test
    void evaluate_attainment_countsMetOverMetOrNotMetAndSaysHowManyLeftOut() {
        // Fokusgrupper: goal 3 NOT_MET, goal 4 MET, goal 5 MISSING (input empty); goal 7 NO_TARGET (plan not set).
        Report r = Fixture.structureB().set("kunder_tidiga_skeden", "50").clear("kunder_utlandsk_bakgrund")
                .ref("plan_utbetalda_lan", null).evaluate();
        IndexResult area = index(r, "maluppfyllelse:Fokusgrupper");
        assertEquals(0, new BigDecimal("50").compareTo(area.value()));
        assertEquals("1 av 2 bedömda mål uppfyllda; 1 mål med annan status (t.ex. Uppgift saknas eller Målnivå saknas) räknas inte.", area.note());
        assertEquals(List.of("Ej uppfyllt", "Uppfyllt", "Uppgift saknas"), area.components().stream().map(IndexResult.Component::formula).toList());
        assertNull(area.components().get(2).value());
        IndexResult all = index(r, "maluppfyllelse");
        // 12 goals: 2 left out (5 MISSING, 7 NO_TARGET), 9 MET of 10 judged
        assertEquals(0, new BigDecimal("90").compareTo(all.value()));
        assertEquals("9 av 10 bedömda mål uppfyllda; 2 mål med annan status (t.ex. Uppgift saknas eller Målnivå saknas) räknas inte.", all.note());
        // Affärsvolym: goal 7 NO_TARGET is left out, goal 8 MET
        assertEquals(0, new BigDecimal("100").compareTo(index(r, "maluppfyllelse:Affärsvolym").value()));
    }

    @Test
    void evaluate_attainmentInQuarterOne_countsOnlyGoalsDue() {
        Report r = Fixture.structureB().quarter(1).set("avslutade_insatser", "10").comment("avslutade_insatser", "Sen start.").evaluate();
        IndexResult all = index(r, "maluppfyllelse");
        assertEquals(4, all.components().size(), "goals 6–9 are due in Q1");
        assertEquals(0, new BigDecimal("75").compareTo(all.value()));
        IndexResult focus = index(r, "maluppfyllelse:Fokusgrupper");
        assertNull(focus.value());
        assertEquals("Inga mål rapporteras detta kvartal.", focus.note());
    }

    @Test
    void evaluate_attainmentWithNoGoalJudged_isNull() {
        Report r = Fixture.structureB().quarter(1).ref("plan_utbetalda_lan", null).ref("plan_avslutade_insatser", null)
                .ref("plan_kostnad_per_insats", null).clear("lan_resultat_36m").evaluate();
        IndexResult all = index(r, "maluppfyllelse");
        assertNull(all.value());
        assertEquals("0 av 0 bedömda mål uppfyllda; 4 mål med annan status (t.ex. Uppgift saknas eller Målnivå saknas) räknas inte.", all.note());
    }
}
