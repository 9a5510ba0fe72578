package goalbook.reference;

import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.QuarterLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives a quarter's reference values, e.g. Q2 of an annual plan of 1 000 000 kr for a cumulative
 * goal gives 500 000 kr.
 */
public final class ReferenceResolver {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private ReferenceResolver() {}

    /**
     * The value of each reference measure of {@code s} in {@code quarter}: the quarterly level when
     * one is given; else the annual level, × quarter / 4 for {@link QuarterLevel#PRORATE} measures
     * and as is for {@link QuarterLevel#ANNUAL} ones; a measure with neither is absent, so the goal
     * gets "no target set" rather than a guess.
     *
     * @param regionOrNullForGroup a region id, or null for the group row
     */
    public static Map<String, BigDecimal> resolve(GoalStructure s, ReferenceData d, String regionOrNullForGroup, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
        }
        Map<String, Level> levels = d.levelsOf(regionOrNullForGroup);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Measure m : s.measures().values()) {
            Level level = m.enteredByRegion() ? null : levels.get(m.id());
            if (level == null) {
                continue;
            }
            BigDecimal quarterly = level.quarters().get(quarter);
            if (quarterly != null) {
                values.put(m.id(), quarterly);
            } else if (level.year() != null) {
                values.put(m.id(), m.quarterLevel() == QuarterLevel.PRORATE ? prorate(level.year(), quarter) : level.year());
            }
        }
        return values;
    }

    private static BigDecimal prorate(BigDecimal annual, int quarter) {
        return annual.multiply(BigDecimal.valueOf(quarter), MathContext.DECIMAL128).divide(FOUR, MathContext.DECIMAL128);
    }
}
