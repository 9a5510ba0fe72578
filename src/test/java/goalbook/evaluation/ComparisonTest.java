package goalbook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.goals.Better;
import goalbook.goals.Formulas;
import goalbook.goals.GoalPart;
import goalbook.goals.Period;
import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Whether a change is good or bad for the goal, from its target rule alone, on plain records. */
class ComparisonTest {

    private static final Period BEFORE = new Period(2023, 2);

    private static GoalPart part(TargetRule rule, Better better) {
        return new GoalPart("x", "X", Formulas.parse("x"), Unit.SHARE, rule, better);
    }

    private static Assessment judge(TargetRule rule, String before, String now) {
        return Comparison.judge(part(rule, null), Map.of("plan_x", new BigDecimal("12000")), BEFORE, new BigDecimal(before),
                new BigDecimal(now), "").assessment();
    }

    @Test
    void direction_fromEachRule_andThePartsOverride() {
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.of(TargetRule.atLeast(new BigDecimal("0.8"))));
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.of(new TargetRule.GreaterThan(Threshold.of(BigDecimal.TEN), TargetRule.OverTime.NO_FALL)));
        assertEquals(Direction.LOWER_IS_BETTER, Direction.of(new TargetRule.AtMost(Threshold.ref("plan_x"))));
        assertEquals(Direction.CLOSER_IS_BETTER, Direction.of(new TargetRule.EqualTo(Threshold.of(BigDecimal.ONE))));
        assertEquals(Direction.NONE, Direction.of(new TargetRule.NoTarget("nollmätning")));
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.of(part(new TargetRule.AtMost(Threshold.of(BigDecimal.ONE)), Better.HIGHER)));
    }

    @ParameterizedTest(name = "at least: {0} → {1} is {2}")
    @CsvSource({"0.80, 0.81, BETTER", "0.80, 0.80, UNCHANGED", "0.80, 0.79, WORSE"})
    void atLeast_higherIsBetter(String before, String now, Assessment expected) {
        assertEquals(expected, judge(TargetRule.atLeast(new BigDecimal("0.8")), before, now));
    }

    @ParameterizedTest(name = "cost per insats at most plan: {0} → {1} is {2}")
    @CsvSource({"11000, 10999, BETTER", "11000, 11000, UNCHANGED", "11000, 11001, WORSE"})
    void atMost_lowerIsBetter(String before, String now, Assessment expected) {
        assertEquals(expected, judge(new TargetRule.AtMost(Threshold.ref("plan_x")), before, now));
    }

    @ParameterizedTest(name = "between 2 and 4 %: {0} → {1} is {2}")
    @CsvSource({
        "0.015, 0.0199, BETTER", "0.015, 0.02, BETTER", "0.03, 0.04, NEUTRAL", "0.03, 0.0401, WORSE",
        "0.045, 0.0401, BETTER", "0.045, 0.0399, BETTER", "0.02, 0.0199, WORSE", "0.025, 0.035, NEUTRAL"})
    void between_closerToTheIntervalIsBetter_insideIsNeither(String before, String now, Assessment expected) {
        assertEquals(expected, judge(new TargetRule.Between(Threshold.of(new BigDecimal("0.02")), Threshold.of(new BigDecimal("0.04"))),
                before, now));
    }

    @ParameterizedTest(name = "= 100 %: {0} → {1} is {2}")
    @CsvSource({"0.95, 0.999, BETTER", "0.95, 1, BETTER", "1, 0.999, WORSE"})
    void equalTo_closerIsBetter(String before, String now, Assessment expected) {
        assertEquals(expected, judge(new TargetRule.EqualTo(Threshold.of(BigDecimal.ONE)), before, now));
    }

    @Test
    void noTarget_changeHasNoDirection() {
        assertEquals(Assessment.NEUTRAL, judge(new TargetRule.NoTarget("nollmätning"), "0.3", "0.4"));
    }

    @Test
    void text_saysChangeAndWhetherGood() {
        Comparison c = Comparison.judge(part(new TargetRule.AtMost(Threshold.ref("plan_x")), null), Map.of(), BEFORE,
                new BigDecimal("9500"), new BigDecimal("10000"), "");
        assertEquals("Försämring: ökat från 9 500 kr i 2023-Q2 (lägre är bättre)", c.text(Unit.SEK));
        assertEquals("Ej jämförbar: olika regioner", Comparison.notComparable(BEFORE, Direction.NONE, "olika regioner").text(Unit.SEK));
        Comparison inside = Comparison.judge(part(new TargetRule.Between(Threshold.of(new BigDecimal("0.02")),
                Threshold.of(new BigDecimal("0.04"))), null), Map.of(), BEFORE, new BigDecimal("0.025"), new BigDecimal("0.03"), "");
        assertEquals("Ökat från 2,5 % i 2023-Q2 (inom målintervallet)", inside.text(Unit.PERCENT));
    }
}
