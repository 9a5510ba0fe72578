package goalbook.workbook.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One chart of the board's {@code Diagram} sheet as the table behind it, e.g. goal 3 with the rows
 * Nord … Östergötland, Koncernen and the columns Regioner (bars), Koncernen (bar), Målnivå 80,0 %
 * (a line); regions left out of the chart are named in {@code note}.
 *
 * @param labels   the categories, one row each
 * @param sameSlot the bar columns never share a row, so they are drawn on the same slot
 * @param note     shown below the chart, or null
 */
record BoardChart(String title, ChartScale scale, List<String> labels, List<Column> columns, String note, boolean sameSlot) {

    /** One series: a value per label (null = nothing drawn for that category), unscaled. */
    record Column(String title, Charts.Kind kind, byte[] colour, List<BigDecimal> values) {}

    BoardChart {
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
    }

    /** Every value drawn, for the axis. */
    List<BigDecimal> values() {
        List<BigDecimal> all = new ArrayList<>();
        columns.forEach(c -> all.addAll(c.values()));
        return all;
    }
}
