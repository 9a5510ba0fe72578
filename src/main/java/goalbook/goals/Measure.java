package goalbook.goals;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure a goal needs, e.g. {@code unika_kunder} (count, entered by the region, summed for the
 * group, year to date).
 *
 * @param weight the measure whose value weighs this one in a weighted mean, or null
 * @param min    smallest allowed value, or null; counts and amounts default to 0
 * @param max    largest allowed value, or null; shares default to 1 (100 %)
 */
public record Measure(
        String id,
        String label,
        String help,
        Unit unit,
        Source source,
        Aggregation aggregation,
        String weight,
        Timing timing,
        QuarterLevel quarterLevel,
        BigDecimal min,
        BigDecimal max) {

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, () -> "unit of measure " + id);
        Objects.requireNonNull(source, () -> "source of measure " + id);
        if (aggregation == Aggregation.WEIGHTED_MEAN && weight == null) {
            throw new IllegalArgumentException("measure " + id + " aggregates as a weighted mean but names no weight");
        }
    }

    public boolean enteredByRegion() {
        return source == Source.REGION;
    }

    /** Counts must be whole numbers. */
    public boolean mustBeWhole() {
        return unit == Unit.COUNT;
    }
}
