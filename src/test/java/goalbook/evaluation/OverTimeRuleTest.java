package goalbook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.goals.TargetRule;
import goalbook.goals.TargetRule.OverTime;
import goalbook.goals.Threshold;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "högre än 100 och ingen försämring" (no_fall) and "… och förbättring" (rise), each at its boundary: an unchanged value. */
class OverTimeRuleTest {

    private static GoalStatus judge(OverTime o, String value, Trend trend) {
        return RuleJudge.judge(new TargetRule.GreaterThan(Threshold.of(new BigDecimal("100")), o), new BigDecimal(value), Map.of(), trend);
    }

    @Test
    void judge_noFall_unchangedPassesAFallFails() {
        assertEquals(GoalStatus.MET, judge(OverTime.NO_FALL, "101", Trend.UNCHANGED));
        assertEquals(GoalStatus.MET, judge(OverTime.NO_FALL, "101", Trend.UP));
        assertEquals(GoalStatus.NOT_MET, judge(OverTime.NO_FALL, "101", Trend.DOWN));
        assertEquals(GoalStatus.MET, judge(OverTime.NO_FALL, "101", Trend.NO_COMPARISON));
        assertEquals(GoalStatus.NOT_MET, judge(OverTime.NO_FALL, "100", Trend.UP));
    }

    @Test
    void judge_rise_unchangedFailsARisePasses() {
        assertEquals(GoalStatus.NOT_MET, judge(OverTime.RISE, "101", Trend.UNCHANGED));
        assertEquals(GoalStatus.MET, judge(OverTime.RISE, "101", Trend.UP));
        assertEquals(GoalStatus.NOT_MET, judge(OverTime.RISE, "101", Trend.DOWN));
        assertEquals(GoalStatus.MET, judge(OverTime.RISE, "101", Trend.NO_COMPARISON));
        assertEquals(GoalStatus.NOT_MET, judge(OverTime.RISE, "100", Trend.UP));
    }

    @Test
    void judge_any_trendDoesNotCount() {
        assertEquals(GoalStatus.MET, judge(OverTime.ANY, "100.0001", Trend.DOWN));
        assertEquals(GoalStatus.NOT_MET, judge(OverTime.ANY, "100", Trend.UP));
    }
}
