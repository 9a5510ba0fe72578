package goalbook.evaluation;

import goalbook.goals.GoalPart;
import goalbook.goals.Period;
import goalbook.goals.TargetRule;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A goal's value set against an earlier comparable one and what the change means for the goal,
 * e.g. cost per insats 10 000 kr in 2024-Q2 against 11 000 kr in 2023-Q2: trend DOWN, direction
 * LOWER_IS_BETTER, assessment BETTER; or NOT_COMPARABLE with the reason "olika regioner: 7 av 16 i
 * 2024-Q2, 3 av 16 i 2024-Q4".
 *
 * @param earlier      the period compared with, or null when there is none
 * @param earlierValue its value, null unless compared
 * @param reason       Swedish, why not compared (or, when compared, what was compared, e.g. "samma 7 regioner"); may be empty
 */
public record Comparison(Period earlier, BigDecimal earlierValue, BigDecimal value, Trend trend, Direction direction,
                         Assessment assessment, String reason) {

    public Comparison {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(assessment, "assessment");
        trend = trend == null ? Trend.NO_COMPARISON : trend;
        reason = reason == null ? "" : reason;
    }

    /** Both values known and comparable: the change judged by the part's direction. */
    public static Comparison judge(GoalPart part, Map<String, BigDecimal> reference, Period earlier, BigDecimal earlierValue,
                                   BigDecimal value, String what) {
        Direction d = Direction.of(part);
        Trend t = RuleJudge.trend(value, earlierValue);
        return new Comparison(earlier, earlierValue, value, t, d, assess(part.target(), d, reference, earlierValue, value), what);
    }

    public static Comparison notComparable(Period earlier, Direction d, String reason) {
        return new Comparison(earlier, null, null, Trend.NO_COMPARISON, d, Assessment.NOT_COMPARABLE, reason);
    }

    public static Comparison noEarlier(Direction d, String reason) {
        return new Comparison(null, null, null, Trend.NO_COMPARISON, d, Assessment.NO_EARLIER, reason);
    }

    /**
     * For the board, e.g. "Försämring: ökat från 9 500 kr i 2023-Q2 (lägre är bättre)", "Ej jämförbar:
     * olika regioner …" or "Ingen jämförelse: inget värde för 2023-Q2".
     */
    public String text(Unit unit) {
        if (!assessment.compared()) {
            return assessment.label() + (reason.isEmpty() ? "" : ": " + reason);
        }
        String from = "från " + SwedishFormat.format(earlierValue, unit) + " i " + earlier;
        String scope = reason.isEmpty() ? "" : ", " + reason;
        return switch (assessment) {
            case UNCHANGED -> "Oförändrat mot " + earlier + " (" + SwedishFormat.format(earlierValue, unit) + scope + ")";
            case NEUTRAL -> trend.label() + " " + from + " (" + neutralWhy() + scope + ")";
            default -> assessment.label() + ": " + trend.label().toLowerCase(java.util.Locale.ROOT) + " " + from
                    + " (" + direction.label() + scope + ")";
        };
    }

    private String neutralWhy() {
        return direction == Direction.NONE ? "ingen målriktning" : "inom målintervallet";
    }

    private static Assessment assess(TargetRule rule, Direction d, Map<String, BigDecimal> reference, BigDecimal before, BigDecimal now) {
        int cmp = now.compareTo(before);
        if (cmp == 0) {
            return Assessment.UNCHANGED;
        }
        return switch (d) {
            case HIGHER_IS_BETTER -> cmp > 0 ? Assessment.BETTER : Assessment.WORSE;
            case LOWER_IS_BETTER -> cmp < 0 ? Assessment.BETTER : Assessment.WORSE;
            case NONE -> Assessment.NEUTRAL;
            case CLOSER_IS_BETTER -> closer(rule, reference, before, now);
        };
    }

    /** Distance to the target interval (0 inside it): smaller is better; both inside is neither. */
    private static Assessment closer(TargetRule rule, Map<String, BigDecimal> reference, BigDecimal before, BigDecimal now) {
        BigDecimal low;
        BigDecimal high;
        if (rule instanceof TargetRule.Between b) {
            low = TargetText.value(b.low(), reference);
            high = TargetText.value(b.high(), reference);
        } else if (rule instanceof TargetRule.EqualTo e) {
            low = TargetText.value(e.level(), reference);
            high = low;
        } else {
            return Assessment.NEUTRAL;
        }
        if (low == null || high == null) {
            return Assessment.NEUTRAL;
        }
        int cmp = distance(now, low, high).compareTo(distance(before, low, high));
        return cmp < 0 ? Assessment.BETTER : cmp > 0 ? Assessment.WORSE : Assessment.NEUTRAL;
    }

    private static BigDecimal distance(BigDecimal v, BigDecimal low, BigDecimal high) {
        return low.subtract(v).max(v.subtract(high)).max(BigDecimal.ZERO);
    }
}
