package goalbook.evaluation;

import static goalbook.evaluation.Fixture.goal;
import static goalbook.evaluation.Fixture.part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every target rule of structure A (goals 1–7), its parts, and the level half of the improving rule. */
class StructureARulesTest {

    static Report evaluateWith(String changes) {
        Fixture f = Fixture.structureA();
        StructureBRulesTest.apply(f, changes);
        return f.evaluate();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            goal 1 survival sub-index exactly 100 is not met     | index_tillvaxt | overlevnad      | ref:kund_overlevnad=0.90                   | NOT_MET | NOT_MET
            goal 1 survival sub-index just above 100 is met      | index_tillvaxt | overlevnad      | ref:kund_overlevnad=0.9000009              | MET     | MET
            goal 1 survival sub-index just below 100 is not met  | index_tillvaxt | overlevnad      | ref:kund_overlevnad=0.8999991              | NOT_MET | NOT_MET
            goal 1 turnover sub-index exactly 100 is not met     | index_tillvaxt | omsattning      | ref:kund_omsattning_forandring=0.05        | NOT_MET | NOT_MET
            goal 1 turnover sub-index just above 100 is met      | index_tillvaxt | omsattning      | ref:kund_omsattning_forandring=0.0500001   | MET     | MET
            goal 1 value-added sub-index exactly 100 is not met  | index_tillvaxt | foradlingsvarde | ref:kund_foradlingsvarde_forandring=0.04   | NOT_MET | NOT_MET
            goal 1 value-added sub-index just below 100 not met  | index_tillvaxt | foradlingsvarde | ref:kund_foradlingsvarde_forandring=0.0399999 | NOT_MET | NOT_MET
            goal 1 composite exactly 100 is not met              | index_tillvaxt | sammanvagt      | ref:kund_overlevnad=0.891;ref:kund_omsattning_forandring=0.0605;ref:kund_foradlingsvarde_forandring=0.04 | NOT_MET | NOT_MET
            goal 1 composite just above 100, a sub-index below   | index_tillvaxt | sammanvagt      | ref:kund_overlevnad=0.891;ref:kund_omsattning_forandring=0.0605;ref:kund_foradlingsvarde_forandring=0.0400104 | MET | NOT_MET
            goal 2 women sub-index exactly 100 is not met        | index_fokusgrupper | kvinnor     | kunder_kvinnor=35                          | NOT_MET | NOT_MET
            goal 2 women sub-index just above 100 is met         | index_fokusgrupper | kvinnor     | unika_kunder=1000;kunder_kvinnor=351;kunder_utlandsk_bakgrund=250 | MET | MET
            goal 2 women sub-index just below 100 is not met     | index_fokusgrupper | kvinnor     | unika_kunder=1000;kunder_kvinnor=349;kunder_utlandsk_bakgrund=250 | NOT_MET | NOT_MET
            goal 2 foreign sub-index exactly 100 is not met      | index_fokusgrupper | utlandsk    | kunder_utlandsk_bakgrund=20                | NOT_MET | NOT_MET
            goal 2 foreign sub-index just above 100 is met       | index_fokusgrupper | utlandsk    | unika_kunder=1000;kunder_kvinnor=450;kunder_utlandsk_bakgrund=201 | MET | MET
            goal 3 engagement exactly 85 is met                  | engagemangsindex | engagemangsindex | ref:engagemang_energi=84;ref:engagemang_tydlighet=86    | MET | MET
            goal 3 engagement 84.99 is not met                   | engagemangsindex | engagemangsindex | ref:engagemang_energi=84;ref:engagemang_tydlighet=85.98 | NOT_MET | NOT_MET
            goal 3 engagement 85.01 is met                       | engagemangsindex | engagemangsindex | ref:engagemang_energi=84;ref:engagemang_tydlighet=86.02 | MET | MET
            goal 5 customer time exactly 80 % is met             | andel_kundtid  | andel_kundtid   | kundtid_timmar=8000                        | MET     | MET
            goal 5 customer time 79.99 % is not met              | andel_kundtid  | andel_kundtid   | kundtid_timmar=7999                        | NOT_MET | NOT_MET
            goal 5 customer time 79.96 % is not met              | andel_kundtid  | andel_kundtid   | kundtid_timmar=7996                        | NOT_MET | NOT_MET
            goal 5 customer time 80.01 % is met                  | andel_kundtid  | andel_kundtid   | kundtid_timmar=8001                        | MET     | MET
            goal 7a utilisation exactly 100 % is met             | lanevolym_avkastning | utnyttjandegrad | brutto_lanestock=100000000          | MET     | MET
            goal 7a utilisation one krona over the frame not met | lanevolym_avkastning | utnyttjandegrad | brutto_lanestock=100000001          | NOT_MET | NOT_MET
            goal 7a utilisation one krona under the frame is met | lanevolym_avkastning | utnyttjandegrad | brutto_lanestock=99999999           | MET     | MET
            goal 7b return exactly 2 % is met                    | lanevolym_avkastning | avkastning | lan_resultat_36m=600000                  | MET     | MET
            goal 7b return just below 2 % is not met             | lanevolym_avkastning | avkastning | lan_resultat_36m=599997                  | NOT_MET | NOT_MET
            goal 7b return exactly 4 % is met                    | lanevolym_avkastning | avkastning | lan_resultat_36m=1200000                 | MET     | MET
            goal 7b return just above 4 % is not met             | lanevolym_avkastning | avkastning | lan_resultat_36m=1200003                 | NOT_MET | NOT_MET
            """)
    void evaluate_structureABoundary(String description, String goalId, String partId, String changes,
                                     GoalStatus partStatus, GoalStatus goalStatus) {
        Report r = evaluateWith(changes);
        assertEquals(partStatus, part(r, goalId, partId).status(), description + "; problems " + r.problems());
        assertEquals(goalStatus, goal(r, goalId).status(), description);
    }

    @Test
    void evaluate_allMetFixture_everyJudgedGoalOfStructureAIsMet() {
        Report r = Fixture.structureA().evaluate();
        for (String id : new String[] {"index_tillvaxt", "index_fokusgrupper", "engagemangsindex", "andel_kundtid", "lanevolym_avkastning"}) {
            assertEquals(GoalStatus.MET, goal(r, id).status(), id);
        }
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void evaluate_npsInBaselineYear_isNoTargetButShowsItsValue() {
        Report r = evaluateWith("nps_promotorer=50;nps_passiva=30;nps_kritiker=20");
        GoalResult nps = goal(r, "nps");
        assertEquals(GoalStatus.NO_TARGET, nps.status());
        assertEquals(0, new BigDecimal("30").compareTo(nps.value()));
        assertEquals("Nollmätning: målnivå sätts när nollmätningen är gjord.", nps.target(), "the structure file's reason, as the template shows it");
    }

    @Test
    void evaluate_insatserPerTargetGroup_noTargetForEveryPartWithShares() {
        Report r = Fixture.structureA().evaluate();
        GoalResult g = goal(r, "insatser_malgrupp");
        assertEquals(GoalStatus.NO_TARGET, g.status());
        assertEquals(3, g.parts().size());
        assertEquals(0, new BigDecimal("50").divide(new BigDecimal("120"), java.math.MathContext.DECIMAL128).compareTo(part(r, "insatser_malgrupp", "bredd").value()));
        g.parts().forEach(p -> assertEquals(GoalStatus.NO_TARGET, p.status()));
    }

    @Test
    void evaluate_goalInPartsOneMissingOtherMet_isMissing() {
        Fixture f = Fixture.structureA().clear("brutto_lanestock");
        Report r = f.evaluate();
        assertEquals(GoalStatus.MISSING, part(r, "lanevolym_avkastning", "utnyttjandegrad").status());
        assertEquals(GoalStatus.MET, part(r, "lanevolym_avkastning", "avkastning").status());
        assertEquals(GoalStatus.MISSING, goal(r, "lanevolym_avkastning").status());
    }

    @Test
    void evaluate_goalInPartsOneMissingOtherNotMet_isNotMet() {
        Fixture f = Fixture.structureA().clear("brutto_lanestock").set("lan_resultat_36m", "1500000");
        assertEquals(GoalStatus.NOT_MET, goal(f.evaluate(), "lanevolym_avkastning").status());
    }

    @Test
    void evaluate_loanFrameNotSet_partIsNoTargetAndGoalNoTarget() {
        Report r = Fixture.structureA().ref("lanestocksram", null).evaluate();
        assertEquals(GoalStatus.NO_TARGET, part(r, "lanevolym_avkastning", "utnyttjandegrad").status());
        assertEquals(GoalStatus.NO_TARGET, goal(r, "lanevolym_avkastning").status());
    }

    @Test
    void evaluate_goalInListedParts_headlineValueIsNullAndTargetListsEveryPart() {
        GoalResult g = goal(Fixture.structureA().evaluate(), "lanevolym_avkastning");
        assertNull(g.value());
        assertEquals("Utnyttjandegrad av lånestocksram: högst 100,0 %; Avkastning rullande 36 mån: mellan 2,0 % och 4,0 %", g.target());
        assertEquals(Trend.NO_COMPARISON, g.trend());
    }

    @Test
    void evaluate_indexGoal_headlineIsTheCompositeWithImprovingTarget() {
        Report r = Fixture.structureA().evaluate();
        GoalResult g = goal(r, "index_fokusgrupper");
        assertEquals(part(r, "index_fokusgrupper", "sammanvagt").value(), g.value());
        assertEquals("högre än 100,0 och ingen försämring mot föregående period", g.target());
        // (100 × 0.45 / 0.35 + 100 × 0.25 / 0.20) / 2 = (128.571… + 125) / 2
        assertEquals("126,8", SwedishFormat.format(g.value(), goalbook.goals.Unit.INDEX));
    }

    @Test
    void evaluate_annualGoalsInQuarterOne_areNotDue() {
        Report r = Fixture.structureA().quarter(1).evaluate();
        assertEquals(GoalStatus.NOT_DUE, goal(r, "index_tillvaxt").status());
        assertEquals(GoalStatus.NOT_DUE, goal(r, "engagemangsindex").status());
        goal(r, "index_tillvaxt").parts().forEach(p -> assertEquals(GoalStatus.NOT_DUE, p.status()));
        assertEquals(GoalStatus.MET, goal(r, "index_fokusgrupper").status());
        assertEquals(7, r.goals().size());
    }
}
