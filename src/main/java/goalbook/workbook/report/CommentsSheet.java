package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import goalbook.workbook.Headline;
import static goalbook.workbook.SheetKit.cell;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board sheet {@code Kommentarer}: the regions' own words on goals not met, e.g. "Almi Nord |
 * 3. Andel unika kunder i tidiga skeden | 72,0 % | Två stora kunder flyttade …"; a region's board
 * lists only its own. A goal not met without a comment says so.
 */
final class CommentsSheet {

    static final String NAME = "Kommentarer";
    static final String NO_COMMENT = "Ingen kommentar lämnad.";

    private CommentsSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Kommentarer till mål som inte är uppfyllda – " + SwedishDates.period(b.period()), st.base.title);
        cell(sheet, row++, 0, "Regionernas egna kommentarer, oredigerade.", st.noteLine);
        row++;
        int header = row++;
        String[] heads = {"Region", "Mål", "Utfall", "Kommentar"};
        for (int i = 0; i < heads.length; i++) {
            cell(sheet, header, i, heads[i], st.base.header);
        }
        int first = row;
        for (String region : b.regions()) {
            Report report = b.c().regionReports().get(region);
            for (Goal goal : b.goals()) {
                GoalResult g = Headline.result(report, goal.id());
                if (g == null || g.status() != GoalStatus.NOT_MET) {
                    continue;
                }
                boolean has = g.comment() != null && !g.comment().isBlank();
                cell(sheet, row, 0, b.name(region), st.base.wrap);
                cell(sheet, row, 1, goal.number() + ". " + goal.name(), st.base.wrap);
                BoardGoalsSheet.value(sheet, st, row, 2, goal, g);
                cell(sheet, row, 3, has ? g.comment() : NO_COMMENT, has ? st.userText : st.base.note);
                SheetKit.fitHeight(sheet, row, has ? g.comment() : goal.name(), 80);
                row++;
            }
        }
        if (row == first) {
            cell(sheet, row, 0, "Inga mål är ej uppfyllda.", st.base.text);
        }
        SheetKit.widths(sheet, 24, 40, 16, 90);
        sheet.createFreezePane(0, header + 1);
    }
}
