package goalbook.workbook.report;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * How a unit's values are written for a chart and its table, e.g. a share 0.8 → 80.0 shown "80,0 %"
 * on a "%" axis; amounts of a million kronor or more → millions ("50,0 mnkr").
 *
 * @param ceiling the largest value the unit normally takes (a share's 1 = 100 %), or null
 */
record ChartScale(BigDecimal factor, String axisTitle, String cellFormat, BigDecimal ceiling) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    static ChartScale of(Unit unit, Collection<BigDecimal> values) {
        return switch (unit) {
            case SHARE -> new ChartScale(BigDecimal.valueOf(100), "%", "0.0\" %\"", BigDecimal.ONE);
            case PERCENT -> new ChartScale(BigDecimal.valueOf(100), "%", "0.0\" %\"", null);
            case SEK -> values.stream().filter(Objects::nonNull).anyMatch(v -> v.abs().compareTo(MILLION) >= 0)
                    ? new ChartScale(BigDecimal.ONE.divide(MILLION), "miljoner kr", "#,##0.0\" mnkr\"", null)
                    : new ChartScale(BigDecimal.ONE, "kr", "#,##0\" kr\"", null);
            case COUNT -> new ChartScale(BigDecimal.ONE, "antal", "#,##0", null);
            case INDEX -> new ChartScale(BigDecimal.ONE, "index", "0.0", null);
        };
    }

    /**
     * The value axis over {@code values} (unscaled): from zero, so a bar's height is its value and a
     * difference of 80 against 84 % is not drawn as a bar twice the other's. Zero is the minimum when
     * no value is negative, the maximum when none is positive; across zero the application chooses.
     * A share's axis ends at 100 % when no value is above it (not at 150 % for a bar at 99,7 %).
     */
    Charts.Axis axis(Collection<BigDecimal> values) {
        boolean negative = values.stream().filter(Objects::nonNull).anyMatch(v -> v.signum() < 0);
        boolean positive = values.stream().filter(Objects::nonNull).anyMatch(v -> v.signum() > 0);
        if (negative && positive) {
            return new Charts.Axis(axisTitle, cellFormat, null, null);
        }
        if (negative) {
            return new Charts.Axis(axisTitle, cellFormat, null, 0.0);
        }
        boolean capped = ceiling != null && values.stream().filter(Objects::nonNull).allMatch(v -> v.compareTo(ceiling) <= 0);
        return new Charts.Axis(axisTitle, cellFormat, 0.0, capped ? scaled(ceiling) : null);
    }

    /** The value as written to the chart's cell; null stays null (a gap in the chart). */
    Double scaled(BigDecimal v) {
        return v == null ? null : v.multiply(factor).doubleValue();
    }
}
