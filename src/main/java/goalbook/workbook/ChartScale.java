package goalbook.workbook;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * How a unit's values are written for a chart and its table, e.g. a share 0.8 → 80.0 shown "80,0 %"
 * on a "%" axis; amounts of a million kronor or more → millions ("50,0 mnkr").
 */
record ChartScale(BigDecimal factor, String axisTitle, String cellFormat) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    static ChartScale of(Unit unit, Collection<BigDecimal> values) {
        return switch (unit) {
            case SHARE, PERCENT -> new ChartScale(BigDecimal.valueOf(100), "%", "0.0\" %\"");
            case SEK -> values.stream().filter(Objects::nonNull).anyMatch(v -> v.abs().compareTo(MILLION) >= 0)
                    ? new ChartScale(BigDecimal.ONE.divide(MILLION), "miljoner kr", "#,##0.0\" mnkr\"")
                    : new ChartScale(BigDecimal.ONE, "kr", "#,##0\" kr\"");
            case COUNT -> new ChartScale(BigDecimal.ONE, "antal", "#,##0");
            case INDEX -> new ChartScale(BigDecimal.ONE, "index", "0.0");
        };
    }

    /** The value as written to the chart's cell; null stays null (a gap in the chart). */
    Double scaled(BigDecimal v) {
        return v == null ? null : v.multiply(factor).doubleValue();
    }
}
