package goalbook.evaluation;

import static goalbook.evaluation.Fixture.goal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;

/** Status precedence NOT_DUE, MISSING, NO_TARGET, then MET / NOT_MET, alone and in goals in parts. */
class PrecedenceTest {

    @Test
    void evaluate_goalNotDueWithEmptyInputs_isNotDueWithoutProblems() {
        Report r = Fixture.structureB().quarter(1).clear("aktiva_relationer").clear("aktiva_relationer_kyc").evaluate();
        GoalResult kyc = goal(r, "kyc");
        assertEquals(GoalStatus.NOT_DUE, kyc.status());
        assertNull(kyc.value());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void evaluate_inputMissingAndPlanNotSet_isMissing() {
        Report r = Fixture.structureB().clear("utbetalda_lan").ref("plan_utbetalda_lan", null).evaluate();
        assertEquals(GoalStatus.MISSING, goal(r, "utbetalda_lan").status());
        assertEquals("minst plan (ej fastställd)", goal(r, "utbetalda_lan").target());
    }

    @Test
    void evaluate_referenceThresholdNotSet_isNoTargetWithValueShown() {
        Report r = Fixture.structureB().ref("plan_kostnad_per_insats", null).evaluate();
        GoalResult g = goal(r, "kostnad_per_insats");
        assertEquals(GoalStatus.NO_TARGET, g.status());
        assertEquals(0, new BigDecimal("10000").compareTo(g.value()));
        assertEquals("högst plan (ej fastställd)", g.target());
    }

    @Test
    void evaluate_comparisonGroupNotSet_isNoTarget() {
        Report r = Fixture.structureB().ref("jmf_andel_kvinnor", null).evaluate();
        assertEquals(GoalStatus.NO_TARGET, goal(r, "andel_kvinnor").status());
    }

    @Test
    void evaluate_referenceMetricNotSet_isNoTargetNotMissing() {
        // Goal 10's figure comes from the staff survey in the reference data; the region can do nothing.
        Report r = Fixture.structureB().ref("engagemangsindex", null).evaluate();
        assertEquals(GoalStatus.NO_TARGET, goal(r, "engagemangsindex").status());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void evaluate_everyGoalOfTheStructureHasAResultInStructureOrder() {
        Report r = Fixture.structureB().quarter(1).evaluate();
        assertEquals(12, r.goals().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), r.goals().stream().map(GoalResult::number).toList());
        assertEquals("2024-Q1", r.period());
        assertEquals("almi-2021", r.structure());
        assertEquals("gavle-dala", r.region());
        assertEquals("Fokusgrupper", goal(r, "andel_kvinnor").area());
        assertEquals("Å", goal(r, "andel_kvinnor").type());
    }

    @Test
    void combine_allMet_isMet() {
        assertEquals(GoalStatus.MET, RuleJudge.combine(List.of(GoalStatus.MET, GoalStatus.MET)));
    }

    @Test
    void combine_anyNotMet_isNotMetEvenBesideMissing() {
        assertEquals(GoalStatus.NOT_MET, RuleJudge.combine(List.of(GoalStatus.MISSING, GoalStatus.NOT_MET, GoalStatus.MET)));
    }

    @Test
    void combine_otherwiseFirstByPrecedence() {
        assertEquals(GoalStatus.MISSING, RuleJudge.combine(List.of(GoalStatus.MET, GoalStatus.NO_TARGET, GoalStatus.MISSING)));
        assertEquals(GoalStatus.NO_TARGET, RuleJudge.combine(List.of(GoalStatus.MET, GoalStatus.NO_TARGET)));
        assertEquals(GoalStatus.NOT_DUE, RuleJudge.combine(List.of(GoalStatus.NOT_DUE, GoalStatus.MISSING)));
    }

    @Test
    void judge_greaterThanEqual_isNotMetAndBetweenIncludesEnds() {
        TargetRule gt = new TargetRule.GreaterThan(Threshold.ref("jmf"), TargetRule.OverTime.ANY);
        assertEquals(GoalStatus.NOT_MET, RuleJudge.judge(gt, new BigDecimal("0.3"), Map.of("jmf", new BigDecimal("0.30")), Trend.NO_COMPARISON));
        TargetRule between = new TargetRule.Between(Threshold.of(new BigDecimal("0.02")), Threshold.of(new BigDecimal("0.04")));
        assertEquals(GoalStatus.MET, RuleJudge.judge(between, new BigDecimal("0.020"), Map.of(), Trend.NO_COMPARISON));
        assertEquals(GoalStatus.MET, RuleJudge.judge(between, new BigDecimal("0.04"), Map.of(), Trend.NO_COMPARISON));
    }

    @Test
    void judge_noTargetRule_isNoTargetWhateverTheValue() {
        assertEquals(GoalStatus.NO_TARGET, RuleJudge.judge(new TargetRule.NoTarget("Nollmätning"), BigDecimal.TEN, Map.of(), Trend.UP));
    }

    @Test
    void judge_equalTo_needsExactlyTheLevel() {
        TargetRule eq = new TargetRule.EqualTo(Threshold.of(BigDecimal.ONE));
        assertEquals(GoalStatus.MET, RuleJudge.judge(eq, new BigDecimal("1.000"), Map.of(), Trend.NO_COMPARISON));
        assertEquals(GoalStatus.NOT_MET, RuleJudge.judge(eq, new BigDecimal("0.9999999999"), Map.of(), Trend.NO_COMPARISON));
        assertEquals(GoalStatus.NOT_MET, RuleJudge.judge(eq, new BigDecimal("1.0000000001"), Map.of(), Trend.NO_COMPARISON));
    }
}
