package goalbook.workbook.report;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The line charts below the {@code Trend} table, two a row, e.g. "7. Utbetalda lån" through
 * 2023-Q4 … 2024-Q2. The value axis starts at zero, so a rise of 5 % is not drawn as a doubling,
 * and each row of charts is kept on one printed page; the charts start on a page of their own.
 */
final class TrendCharts {

    private static final int CHART_ROWS = 16;
    private static final float ROW_POINTS = 15f;
    /** The sheet's columns printed: the goal column, eight quarters and room for the right-hand chart. */
    private static final int COLUMNS = 9;

    /** One goal's chart: its values per period (unscaled, null = no value) drawn from the table row {@code row}. */
    record Chart(String title, ChartScale scale, List<BigDecimal> values, int row) {}

    private TrendCharts() {}

    /**
     * Draws the charts from row {@code first} down; {@code periods} is the table's header range of the
     * quarters. The values are drawn from hidden rows below the charts holding numbers only: the
     * table shows "–" for a quarter without a value, and Excel draws a text cell as a drop to zero.
     */
    static void draw(XSSFSheet sheet, int first, CellRangeAddress periods, String whose, List<Chart> charts) {
        ChartPages pages = new ChartPages(sheet, COLUMNS, first, true);
        int blocks = (charts.size() + 1) / 2;
        int hidden = first + blocks * (CHART_ROWS + 1);
        int row = first;
        for (int i = 0; i < charts.size(); i += 2) {
            // the spacer row goes first, so a page break above it never runs along a chart's frame
            for (int r = row; r <= row + CHART_ROWS; r++) {
                (sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r)).setHeightInPoints(ROW_POINTS);
            }
            for (int k = i; k < Math.min(charts.size(), i + 2); k++) {
                Chart c = charts.get(k);
                int top = row + 1;
                Charts.Place at = k % 2 == 0 ? new Charts.Place(sheet, 0, top, 2, CHART_ROWS) : new Charts.Place(sheet, 2, top, 5, CHART_ROWS);
                int valueRow = numbers(sheet, hidden + k, periods.getFirstColumn(), c);
                CellRangeAddress values = new CellRangeAddress(valueRow, valueRow, periods.getFirstColumn(), periods.getLastColumn());
                Charts.lines(at, c.title(), c.scale().axis(c.values()), sheet, periods,
                        List.of(new Charts.Series(whose, values, Charts.GROUP, Charts.Kind.POINTS)));
            }
            pages.block(row, row + CHART_ROWS);
            row += CHART_ROWS + 1;
        }
    }

    /** The chart's values as numbers in a hidden row (blank where there is none); returns the row. */
    private static int numbers(XSSFSheet sheet, int row, int firstCol, Chart c) {
        XSSFRow r = sheet.createRow(row);
        r.setZeroHeight(true);
        r.createCell(0).setCellValue("Diagramvärden: " + c.title());
        for (int i = 0; i < c.values().size(); i++) {
            Double v = c.scale().scaled(c.values().get(i));
            if (v != null) {
                r.createCell(firstCol + i).setCellValue(v);
            }
        }
        return row;
    }
}
