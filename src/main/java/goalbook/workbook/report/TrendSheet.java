package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import goalbook.workbook.CellText;
import goalbook.workbook.Headline;
import static goalbook.workbook.SheetKit.cell;

import goalbook.evaluation.Comparison;
import goalbook.goals.Goal;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The sheet {@code Trend}: per goal its value in the last quarters (earlier periods from the trend
 * points, the current one from the report), e.g. "7. Utbetalda lån | 41,0 mnkr | 52,3 mnkr", then
 * a line chart per goal with at least two values, two charts a row; otherwise a note says why not.
 * On the board, a row under the header says how many regions the group's value of each quarter
 * covers, and a last column whether the change against a comparable quarter is good or bad.
 */
final class TrendSheet {

    static final String NAME = "Trend";
    static final int MAX_PERIODS = 8;

    private TrendSheet() {}

    /**
     * @param current goal id → this period's value (the group's, or the region's on its own board)
     * @param whose   the series' name, e.g. "Koncernen"
     * @return the number of charts drawn
     */
    static int write(ReportFrame frame, ReportStyles st, Period period, List<Goal> goals, Function<String, BigDecimal> current,
                     List<TrendPoint> trend, String whose) {
        return write(frame, st, period, goals, current, trend, whose, Map.of(), g -> null);
    }

    /**
     * As above, with the group's coverage per period shown under the header ("7 av 16" regions; empty
     * map: no such row) and a last column saying how each goal changed against a comparable quarter.
     *
     * @param reporting period → e.g. "7 av 16"
     * @param change    goal → its headline's comparison, or null when none is known
     */
    static int write(ReportFrame frame, ReportStyles st, Period period, List<Goal> goals, Function<String, BigDecimal> current,
                     List<TrendPoint> trend, String whose, Map<Period, String> reporting, Function<Goal, Comparison> change) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Trend – " + whose + ", senaste kvartalen", st.base.title);
        cell(sheet, row++, 0, "Värdet per kvartal till och med " + SwedishDates.period(period)
                + ". Andelar i procent, belopp i miljoner kronor när de är stora. Tom ruta: inget värde det kvartalet.", st.noteLine);
        row++;
        TreeSet<Period> all = new TreeSet<>();
        Map<String, BigDecimal> values = new HashMap<>();
        for (TrendPoint p : trend) {
            if (p.period().compareTo(period) < 0) {
                all.add(p.period());
                values.put(p.goalId() + "@" + p.period(), p.groupValue());
            }
        }
        for (Goal g : goals) {
            values.put(g.id() + "@" + period, current.apply(g.id()));
        }
        all.add(period);
        List<Period> periods = new ArrayList<>(all.descendingSet().stream().limit(MAX_PERIODS).toList());
        java.util.Collections.reverse(periods);

        int header = row++;
        cell(sheet, header, 0, "Mål", st.base.header);
        for (int i = 0; i < periods.size(); i++) {
            cell(sheet, header, 1 + i, periods.get(i).toString(), st.base.header);
        }
        int changeCol = 1 + periods.size();
        boolean changes = goals.stream().anyMatch(g -> change.apply(g) != null);
        if (changes) {
            cell(sheet, header, changeCol, "Förändring mot jämförbar period", st.base.header);
        }
        if (!reporting.isEmpty()) {
            cell(sheet, row, 0, "Regioner som rapporterat", st.base.bold);
            for (int i = 0; i < periods.size(); i++) {
                cell(sheet, row, 1 + i, reporting.getOrDefault(periods.get(i), CellText.NO_VALUE), st.base.center);
            }
            row++;
        }
        List<Goal> charted = new ArrayList<>();
        List<Integer> chartedRows = new ArrayList<>();
        for (Goal g : goals) {
            List<BigDecimal> vs = periods.stream().map(p -> values.get(g.id() + "@" + p)).toList();
            ChartScale scale = ChartScale.of(Headline.unit(g), vs);
            cell(sheet, row, 0, g.number() + ". " + g.name(), st.base.wrap);
            for (int i = 0; i < vs.size(); i++) {
                if (vs.get(i) == null) {
                    // Empty, not "–": a line chart draws text as 0 but leaves a gap for an empty cell.
                    cell(sheet, row, 1 + i, null, st.base.center);
                } else {
                    cell(sheet, row, 1 + i, null, st.number(scale.cellFormat())).setCellValue(scale.scaled(vs.get(i)));
                }
            }
            Comparison c = change.apply(g);
            if (c != null) {
                String text = c.text(Headline.unit(g));
                cell(sheet, row, changeCol, text, st.wrapIndented);
                SheetKit.fitHeight(sheet, row, text, 64);
            }
            if (vs.stream().filter(v -> v != null).count() >= 2) {
                charted.add(g);
                chartedRows.add(row);
            }
            row++;
        }
        sheet.createFreezePane(1, header + 1);
        SheetKit.widths(sheet, 44, 12, 12, 12, 12, 12, 12, 12, 12, 12);
        if (changes) {
            sheet.setColumnWidth(changeCol, 50 * 256);
        }
        row++;
        if (charted.isEmpty()) {
            cell(sheet, row, 0, "Inga trenddiagram: det finns värden från färre än två kvartal.", st.base.bold);
            return 0;
        }
        List<TrendCharts.Chart> drawn = new ArrayList<>();
        for (int i = 0; i < charted.size(); i++) {
            Goal g = charted.get(i);
            List<BigDecimal> vs = periods.stream().map(p -> values.get(g.id() + "@" + p)).toList();
            drawn.add(new TrendCharts.Chart(g.number() + ". " + g.name(), ChartScale.of(Headline.unit(g), vs), vs, chartedRows.get(i)));
        }
        TrendCharts.draw(sheet, row, new CellRangeAddress(header, header, 1, periods.size()), whose, drawn);
        return charted.size();
    }
}
