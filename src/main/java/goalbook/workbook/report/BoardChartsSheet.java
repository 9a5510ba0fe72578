package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import static goalbook.workbook.SheetKit.cell;

import goalbook.goals.Goal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board sheet {@code Diagram}: a bar chart per goal due (per part for goals in parts), e.g.
 * goal 3 with a bar per region (blue) and the group (dark blue) against the target 80 % as a red
 * line. The group's board draws one chart a row across the page so sixteen regions keep readable
 * names; a region's board (its own bar and the group's) two a row. Below each chart a note names
 * the regions left out and the group's coverage; no chart is cut by a page break. The numbers
 * behind each chart are on {@code Diagramdata}.
 */
final class BoardChartsSheet {

    static final String NAME = "Diagram";
    static final String DATA = "Diagramdata";
    /** The sheet is this many columns of {@link #COLUMN_CHARS} characters: 675 pt, printed at 100 % on A4 landscape. */
    private static final int COLUMNS = 12;
    private static final int COLUMN_CHARS = 10;
    private static final int CHART_ROWS = 15;
    private static final float CHART_ROW_POINTS = 15f;
    /** Characters of the small note font on a line of one column. */
    private static final int NOTE_CHARS_PER_COLUMN = 11;

    private BoardChartsSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b, XSSFSheet charts) {
        int top = frame.top();
        cell(charts, top, 0, "Diagram " + SwedishDates.period(b.period()) + " – utfall mot målnivå", st.base.title);
        SheetKit.merged(charts, top + 1, 0, COLUMNS - 1, "Staplar: utfall. Röd linje: målnivå (orange: högsta målnivå). "
                + "Rött streck på en stapel: regionens egen målnivå. Regioner utan värde nämns under diagrammet. "
                + "Siffrorna finns på fliken " + DATA + ".", st.base.note, COLUMNS * NOTE_CHARS_PER_COLUMN, 12f);
        for (int c = 0; c < COLUMNS; c++) {
            charts.setColumnWidth(c, COLUMN_CHARS * 256);
        }
        XSSFSheet data = frame.sheet(DATA);
        int dataRow = frame.top();
        cell(data, dataRow++, 0, "Underlag till diagrammen", st.base.title);
        dataRow++;
        List<BoardChart> all = new ArrayList<>();
        for (Goal goal : b.goals()) {
            all.addAll(BoardCharts.of(b, goal));
        }
        int perRow = b.scope().group() ? 1 : 2;
        int width = COLUMNS / perRow;
        int row = top + 2;
        ChartPages pages = new ChartPages(charts, COLUMNS, row, false);
        for (int i = 0; i < all.size(); i += perRow) {
            List<BoardChart> line = all.subList(i, Math.min(all.size(), i + perRow));
            // a spacer above the chart, so a page break falls between the spacer and what is before it, never on the chart's frame
            charts.createRow(row).setHeightInPoints(12f);
            int chartRow = row + 1;
            // nothing to draw (no region and no group value): the title and the note only, no empty chart
            int rows = line.stream().allMatch(c -> c.labels().isEmpty()) ? 1 : CHART_ROWS;
            for (int r = chartRow; r < chartRow + rows; r++) {
                charts.createRow(r).setHeightInPoints(CHART_ROW_POINTS);
            }
            int noteRow = chartRow + rows;
            charts.createRow(noteRow).setHeightInPoints(4f);
            for (int k = 0; k < line.size(); k++) {
                BoardChart chart = line.get(k);
                int first = dataRow + 2;
                dataRow = table(st, data, dataRow, chart) + 1;
                if (chart.labels().isEmpty()) {
                    cell(charts, chartRow, k * width, chart.title() + " – inget värde att visa.", st.base.bold);
                } else {
                    draw(new Charts.Place(charts, k * width, chartRow, width, CHART_ROWS), chart, data, first);
                }
                if (chart.note() != null) {
                    SheetKit.merged(charts, noteRow, k * width, (k + 1) * width - 1, chart.note(), st.base.note,
                            width * NOTE_CHARS_PER_COLUMN, 12f);
                }
            }
            pages.block(row, noteRow);
            row = noteRow + 1;
        }
        SheetKit.widths(data, 28, 16, 16, 16, 16, 16, 16);
    }

    /** Writes the chart's table on the data sheet from {@code row}: heading, header, a row per label, then its note; returns the next free row. */
    private static int table(ReportStyles st, XSSFSheet data, int row, BoardChart chart) {
        cell(data, row++, 0, chart.title(), st.base.bold);
        cell(data, row, 0, "", st.base.header);
        for (int c = 0; c < chart.columns().size(); c++) {
            cell(data, row, 1 + c, chart.columns().get(c).title(), st.base.header);
        }
        row++;
        for (int k = 0; k < chart.labels().size(); k++) {
            cell(data, row, 0, chart.labels().get(k), st.base.text);
            for (int c = 0; c < chart.columns().size(); c++) {
                BigDecimal v = chart.columns().get(c).values().get(k);
                if (v != null) {
                    cell(data, row, 1 + c, null, st.number(chart.scale().cellFormat())).setCellValue(chart.scale().scaled(v));
                }
            }
            row++;
        }
        if (chart.note() != null) {
            cell(data, row++, 0, chart.note(), st.noteLine);
        }
        return row;
    }

    private static void draw(Charts.Place at, BoardChart chart, XSSFSheet data, int first) {
        int last = first + chart.labels().size() - 1;
        List<Charts.Series> series = new ArrayList<>();
        for (int c = 0; c < chart.columns().size(); c++) {
            BoardChart.Column col = chart.columns().get(c);
            series.add(new Charts.Series(col.title(), new CellRangeAddress(first, last, 1 + c, 1 + c), col.colour(), col.kind()));
        }
        Charts.bars(at, chart.title(), chart.scale().axis(chart.values()), data, new CellRangeAddress(first, last, 0, 0), series,
                chart.sameSlot());
    }
}
