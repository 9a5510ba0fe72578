package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.Headline;
import goalbook.workbook.SheetKit;
import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Coverage;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.Unit;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board sheet {@code Mål}: a row per goal due (Nr, Mål, Målnivå, Utfall, Status, Förändring,
 * Underlag), e.g. "3 | Andel unika kunder i tidiga skeden | minst 80,0 % | 82,5 % | Uppfyllt |
 * Förbättring: … | 7 av 16 regioner", with a line per part or sub-index; a region's board has the
 * group's value instead of Underlag; the group's board then breaks every goal down per region, a
 * region without a submission marked "Ej inlämnad".
 */
final class BoardGoalsSheet {

    static final String NAME = "Mål";
    static final String NOT_SUBMITTED = "Ej inlämnad";

    private BoardGoalsSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Mål " + SwedishDates.period(b.period()) + " – " + b.whose(), st.base.title);
        cell(sheet, row++, 0, "Målen som rapporteras till styrelsen detta kvartal, med delmål och delindex.", st.noteLine);
        // A region's board names no other region, so it gets the count only.
        String coverage = b.scope().group() ? "Koncernens siffror: " + BoardFrontSheet.coverage(b)
                : "Kolumnen Koncernen: " + b.reportingText().toLowerCase(java.util.Locale.ROOT)
                + (b.reporting().leftOut().isEmpty() ? "." : ", och koncernens värden omfattar bara dem.");
        SheetKit.merged(sheet, row++, 0, 6, coverage, b.reporting().leftOut().isEmpty() ? st.base.wrap : st.notice, 140);
        row++;
        int header = row++;
        GoalRows.header(sheet, st, header);
        cell(sheet, header, 6, b.scope().group() ? "Underlag" : "Koncernen", st.base.header);
        for (Goal goal : b.goals()) {
            if (b.scope().group()) {
                cell(sheet, row, 6, b.coverage(goal).text(), st.base.wrap);
            } else {
                GoalResult grp = Headline.result(b.c().group(), goal.id());
                if (grp != null && (goal.parts().size() == 1 || goal.index() != null)) {
                    GoalRows.value(sheet, st, row, 6, Headline.unit(goal), grp.status(), grp.value());
                }
            }
            row = GoalRows.write(sheet, st, b, row, goal, true);
        }
        GoalRows.widths(sheet);
        sheet.setColumnWidth(6, 18 * 256);
        sheet.createFreezePane(0, header + 1);
        if (b.scope().group()) {
            breakdown(sheet, st, b, row + 1);
        }
    }

    /** Per goal (per part for goals in listed parts) a small table: every region, then the group. */
    private static void breakdown(XSSFSheet sheet, ReportStyles st, BoardContext b, int row) {
        cell(sheet, row++, 0, "Per region", st.base.title);
        for (Goal goal : b.goals()) {
            boolean listed = goal.parts().size() > 1 && goal.index() == null;
            int parts = listed ? goal.parts().size() : 1;
            for (int i = 0; i < parts; i++) {
                String title = listed ? goal.name() + " – " + goal.parts().get(i).name() : goal.name();
                Unit unit = listed ? goal.parts().get(i).unit() : Headline.unit(goal);
                row = table(sheet, st, b, row + 1, goal, title, unit, listed ? i : -1);
            }
        }
    }

    private static int table(XSSFSheet sheet, ReportStyles st, BoardContext b, int row, Goal goal, String title, Unit unit, int part) {
        cell(sheet, row, 0, Integer.toString(goal.number()), st.base.goal);
        cell(sheet, row, 1, title, st.base.goal);
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
            boolean submitted = b.reporting().included().contains(region);
            row = line(sheet, st, row, goal, b.name(region), b.c().regionReports().get(region), false, unit, part, submitted);
        }
        Coverage cov = b.coverage(goal);
        String group = MatrixSheet.GROUP_ROW + (cov.central() ? "" : " (" + cov.text() + ")");
        return line(sheet, st, row, goal, group, b.c().group(), true, unit, part, true);
    }

    private static int line(XSSFSheet sheet, ReportStyles st, int row, Goal goal, String who, Report report, boolean bold, Unit unit,
                            int part, boolean submitted) {
        GoalResult g = Headline.result(report, goal.id());
        cell(sheet, row, 1, who, bold ? st.base.bold : st.base.text);
        if (!submitted) {
            cell(sheet, row, 4, NOT_SUBMITTED, st.base.legendOther);
        } else if (g != null) {
            PartResult p = part < 0 ? null : g.parts().get(part);
            cell(sheet, row, 2, p == null ? g.target() : p.target(), st.base.text);
            GoalRows.value(sheet, st, row, 3, unit, p == null ? g.status() : p.status(), p == null ? g.value() : p.value());
            String status = (p == null ? g.status() : p.status()).label();
            cell(sheet, row, 4, status, st.status(p == null ? g.status() : p.status()));
        }
        return row + 1;
    }

    /** A goal's headline value in its unit's format, filled by status ("–" when it could not be computed). */
    static void value(XSSFSheet sheet, ReportStyles st, int row, int col, Goal goal, GoalResult g) {
        GoalRows.value(sheet, st, row, col, Headline.unit(goal), g.status(), g.value());
    }
}
