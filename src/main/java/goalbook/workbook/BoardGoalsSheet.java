package goalbook.workbook;

import static goalbook.workbook.SheetKit.cell;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board sheet {@code Mål}: a row per goal due (Nr, Mål, Målnivå, Utfall, Status, Trend), e.g.
 * "3 | Andel unika kunder i tidiga skeden | minst 80,0 % | 82,5 % | Uppfyllt | Ökat"; a region's
 * board adds the group's value; the group's board then breaks every goal down per region.
 */
final class BoardGoalsSheet {

    static final String NAME = "Mål";

    private BoardGoalsSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Mål " + ReportFrame.periodText(b.period()) + " – " + b.whose(), st.base.title);
        cell(sheet, row++, 0, "Målen som rapporteras till styrelsen detta kvartal. Trend = förändring mot föregående jämförbara period.",
                st.noteLine);
        row++;
        int header = row++;
        String[] heads = b.scope().group()
                ? new String[] {"Nr", "Mål", "Målnivå", "Utfall", "Status", "Trend"}
                : new String[] {"Nr", "Mål", "Målnivå", "Utfall", "Status", "Trend", "Koncernen"};
        for (int i = 0; i < heads.length; i++) {
            cell(sheet, header, i, heads[i], st.base.header);
        }
        for (Goal goal : b.goals()) {
            GoalResult g = Headline.result(b.headline(), goal.id());
            cell(sheet, row, 0, Integer.toString(goal.number()), st.base.center);
            cell(sheet, row, 1, goal.name(), st.base.wrap);
            if (g != null) {
                cell(sheet, row, 2, g.target(), st.base.wrap);
                value(sheet, st, row, 3, goal, g);
                cell(sheet, row, 4, g.status().label(), st.status(g.status()));
                cell(sheet, row, 5, ResultSheet.trend(g.trend()), st.base.text);
            }
            if (!b.scope().group()) {
                GoalResult grp = Headline.result(b.c().group(), goal.id());
                if (grp != null) {
                    value(sheet, st, row, 6, goal, grp);
                }
            }
            SheetKit.fitHeight(sheet, row, goal.name(), 44);
            row++;
        }
        SheetKit.widths(sheet, 5, 46, 30, 16, 16, 16, 16);
        sheet.createFreezePane(0, header + 1);
        if (b.scope().group()) {
            breakdown(sheet, st, b, row + 1);
        }
    }

    /** Per goal a small table: every region, then the group. */
    private static void breakdown(XSSFSheet sheet, ReportStyles st, BoardContext b, int row) {
        cell(sheet, row++, 0, "Per region", st.base.title);
        for (Goal goal : b.goals()) {
            row++;
            cell(sheet, row, 0, Integer.toString(goal.number()), st.base.goal);
            cell(sheet, row, 1, goal.name(), st.base.goal);
            for (int col = 2; col <= 4; col++) {
                cell(sheet, row, col, null, st.base.goal);
            }
            row++;
            String[] heads = {"", "Region", "Målnivå", "Utfall", "Status"};
            for (int i = 1; i < heads.length; i++) {
                cell(sheet, row, i, heads[i], st.base.header);
            }
            row++;
            for (String region : b.regions()) {
                row = line(sheet, st, row, goal, b.name(region), b.c().regionReports().get(region), false);
            }
            row = line(sheet, st, row, goal, MatrixSheet.GROUP_ROW, b.c().group(), true);
        }
    }

    private static int line(XSSFSheet sheet, ReportStyles st, int row, Goal goal, String who, Report report, boolean bold) {
        GoalResult g = Headline.result(report, goal.id());
        cell(sheet, row, 1, who, bold ? st.base.bold : st.base.text);
        if (g != null) {
            cell(sheet, row, 2, g.target(), st.base.text);
            value(sheet, st, row, 3, goal, g);
            cell(sheet, row, 4, g.status().label(), st.status(g.status()));
        }
        return row + 1;
    }

    static void value(XSSFSheet sheet, ReportStyles st, int row, int col, Goal goal, GoalResult g) {
        XSSFCell cell = cell(sheet, row, col, null, st.value(Headline.unit(goal), g.status()));
        if (g.value() == null) {
            cell.setCellValue(CellText.NO_VALUE);
        } else {
            cell.setCellValue(g.value().doubleValue());
        }
    }
}
