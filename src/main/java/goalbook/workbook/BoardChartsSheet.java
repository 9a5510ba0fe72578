package goalbook.workbook;

import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Consolidator;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Report;
import goalbook.evaluation.SwedishFormat;
import goalbook.goals.Goal;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board sheet {@code Diagram}: a bar chart per goal due, two a row, e.g. goal 3 with a bar per
 * region (blue) and the group (dark blue) against the target 80 % as a red line; a region's board
 * shows its own bar and the group's. The numbers behind each chart are on {@code Diagramdata}.
 */
final class BoardChartsSheet {

    static final String NAME = "Diagram";
    static final String DATA = "Diagramdata";
    private static final int WIDTH = 8;
    private static final int HEIGHT = 18;
    /** A group figure more than this many times the largest region's is a sum: drawn beside the regions it would flatten them. */
    private static final BigDecimal APART = BigDecimal.valueOf(2);

    private BoardChartsSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b, XSSFSheet charts) {
        int top = frame.top();
        cell(charts, top, 0, "Diagram " + ReportFrame.periodText(b.period()) + " – utfall mot målnivå", st.base.title);
        cell(charts, top + 1, 0, "Staplar: utfall. Röd linje: målnivå (orange: övre gräns). Siffrorna finns på fliken " + DATA + ".",
                st.noteLine);
        XSSFSheet data = frame.sheet(DATA);
        int row = frame.top();
        cell(data, row++, 0, "Underlag till diagrammen", st.base.title);
        row++;
        for (int i = 0; i < b.goals().size(); i++) {
            Goal goal = b.goals().get(i);
            Charts.Place at = new Charts.Place(charts, (i % 2) * (WIDTH + 1), top + 3 + (i / 2) * (HEIGHT + 1), WIDTH, HEIGHT);
            row = chart(st, b, goal, data, row, at) + 1;
            if (i % 4 == 3) {
                charts.setRowBreak(at.row() + HEIGHT); // two rows of charts a page
            }
        }
        for (int c = 0; c < 2 * WIDTH + 1; c++) {
            charts.setColumnWidth(c, 10 * 256);
        }
        SheetKit.widths(data, 28, 16, 16, 16, 16);
    }

    /** Writes the goal's table on the data sheet from {@code row} and draws its chart; returns the next free row. */
    private static int chart(ReportStyles st, BoardContext b, Goal goal, XSSFSheet data, int row, Charts.Place at) {
        List<String> labels = new ArrayList<>();
        List<GoalResult> results = new ArrayList<>();
        List<List<BigDecimal>> levels = new ArrayList<>();
        for (String region : b.regions()) {
            labels.add(b.name(region).replaceFirst("^Almi ", ""));
            results.add(Headline.result(b.c().regionReports().get(region), goal.id()));
            levels.add(Headline.levels(goal, b.c().referenceOf(region)));
        }
        labels.add(MatrixSheet.GROUP_ROW);
        results.add(Headline.result(b.c().group(), goal.id()));
        levels.add(Headline.levels(goal, b.c().referenceOf(Consolidator.GROUP)));
        int targets = levels.stream().mapToInt(List::size).max().orElse(0);
        List<BigDecimal> all = new ArrayList<>();
        results.forEach(r -> all.add(r == null ? null : r.value()));
        levels.forEach(all::addAll);
        ChartScale scale = ChartScale.of(Headline.unit(goal), all);

        cell(data, row++, 0, goal.number() + ". " + goal.name(), st.base.bold);
        int header = row++;
        List<String> heads = new ArrayList<>(List.of("", "Regioner", MatrixSheet.GROUP_ROW));
        if (targets == 1) {
            heads.add("Målnivå");
        } else if (targets == 2) {
            heads.addAll(List.of("Lägsta målnivå", "Högsta målnivå"));
        }
        for (int i = 0; i < heads.size(); i++) {
            cell(data, header, i, heads.get(i), st.base.header);
        }
        int first = row;
        for (int k = 0; k < labels.size(); k++) {
            boolean group = k == labels.size() - 1;
            cell(data, row, 0, labels.get(k), st.base.text);
            GoalResult r = results.get(k);
            if (r != null && r.value() != null) {
                cell(data, row, group ? 2 : 1, null, st.number(scale.cellFormat())).setCellValue(scale.scaled(r.value()));
            }
            for (int t = 0; t < levels.get(k).size(); t++) {
                cell(data, row, 3 + t, null, st.number(scale.cellFormat())).setCellValue(scale.scaled(levels.get(k).get(t)));
            }
            row++;
        }
        GoalResult group = results.get(results.size() - 1);
        boolean apart = groupApart(goal, results);
        int last = apart ? row - 2 : row - 1;
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series(b.scope().group() ? "Regioner" : b.whose(), new CellRangeAddress(first, last, 1, 1), Charts.REGION, false));
        if (!apart) {
            series.add(new Charts.Series(MatrixSheet.GROUP_ROW, new CellRangeAddress(first, last, 2, 2), Charts.GROUP, false));
        }
        for (int t = 0; t < targets; t++) {
            series.add(new Charts.Series(heads.get(3 + t), new CellRangeAddress(first, last, 3 + t, 3 + t),
                    t == 0 ? Charts.TARGET : Charts.TARGET_HIGH, true));
        }
        String title = title(goal, b.headline(), b.whose());
        if (apart) {
            title += " · koncernen " + SwedishFormat.format(group.value(), Headline.unit(goal));
        }
        Charts.bars(at, title, scale.axisTitle(), data, new CellRangeAddress(first, last, 0, 0), series);
        return row;
    }

    /** A sum (kronor or a count) whose group figure dwarfs every region's is left out of the bars and named in the title. */
    private static boolean groupApart(Goal goal, List<GoalResult> results) {
        Unit unit = Headline.unit(goal);
        GoalResult group = results.get(results.size() - 1);
        if (unit != Unit.SEK && unit != Unit.COUNT || group == null || group.value() == null) {
            return false;
        }
        BigDecimal max = results.subList(0, results.size() - 1).stream().filter(r -> r != null && r.value() != null)
                .map(GoalResult::value).max(BigDecimal::compareTo).orElse(null);
        return max != null && max.signum() > 0 && group.value().compareTo(max.multiply(APART)) > 0;
    }

    private static String title(Goal goal, Report headline, String whose) {
        GoalResult g = Headline.result(headline, goal.id());
        return goal.number() + ". " + goal.name() + (g == null ? "" : " – " + whose + ": " + g.status().label());
    }
}
