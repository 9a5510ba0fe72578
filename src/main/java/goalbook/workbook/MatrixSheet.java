package goalbook.workbook;

import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Consolidation;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Region;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The sheet {@code Matris}: a row per region and a last row {@code Koncernen}, a column per goal
 * due, e.g. "Almi Nord | 85,0 % (green) | …"; each cell holds the unrounded value in its unit's
 * format, filled by status, with the status and target in a note. Under the group row, how many
 * regions each group figure covers, then which regions a measure lacks.
 */
final class MatrixSheet {

    static final String NAME = "Matris";
    static final String GROUP_ROW = "Koncernen";

    private MatrixSheet() {}

    /** @return the header row (regions start on the next row but one, after the target row) */
    static int write(ReportFrame frame, ReportStyles st, GoalStructure s, Consolidation c, List<Region> regions) {
        XSSFSheet sheet = frame.sheet(NAME);
        int q = c.period().quarter();
        List<Goal> goals = s.goalsDueIn(q);
        int row = frame.top();
        cell(sheet, row++, 0, "Målmatris " + ReportFrame.periodText(c.period()) + " – utfall och status per region", st.base.title);
        cell(sheet, row++, 0, "Grön = Uppfyllt, röd = Ej uppfyllt, grå = Målnivå saknas eller Uppgift saknas. "
                + "Status och målnivå står i cellens anteckning.", st.noteLine);
        row++;
        int header = row++;
        cell(sheet, header, 0, "Region", st.base.header);
        for (int i = 0; i < goals.size(); i++) {
            cell(sheet, header, 1 + i, goals.get(i).number() + ". " + goals.get(i).name(), st.base.header);
        }
        sheet.getRow(header).setHeightInPoints(62);
        int targets = row++;
        cell(sheet, targets, 0, "Målnivå (koncernen)", st.base.goal);
        for (int i = 0; i < goals.size(); i++) {
            GoalResult g = Headline.result(c.group(), goals.get(i).id());
            cell(sheet, targets, 1 + i, g == null ? "–" : g.target(), st.base.goalWrap);
        }
        sheet.getRow(targets).setHeightInPoints(30);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (Region r : regions) {
            cell(sheet, row, 0, r.name(), st.base.text);
            values(sheet, drawing, st, row++, goals, c.regionReports().get(r.id()), r.name());
        }
        cell(sheet, row, 0, GROUP_ROW, st.base.bold);
        values(sheet, drawing, st, row++, goals, c.group(), GROUP_ROW);
        cell(sheet, row, 0, "Regioner i koncernvärdet", st.base.note);
        for (int i = 0; i < goals.size(); i++) {
            cell(sheet, row, 1 + i, coverage(s, goals.get(i), c, regions.size()), st.base.note);
        }
        row += 2;
        row = notes(sheet, st, s, c, regions, row);
        SheetKit.merged(sheet, row, 0, Math.max(1, goals.size()), Consolidation.UNIQUE_CUSTOMERS_NOTE, st.base.note, 140, 12f);
        sheet.setColumnWidth(0, 28 * 256);
        for (int i = 0; i < goals.size(); i++) {
            sheet.setColumnWidth(1 + i, 17 * 256);
        }
        sheet.createFreezePane(1, targets + 1);
        return header;
    }

    private static void values(XSSFSheet sheet, XSSFDrawing drawing, ReportStyles st, int row, List<Goal> goals, Report report, String who) {
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            GoalResult g = Headline.result(report, goal.id());
            if (g == null) {
                cell(sheet, row, 1 + i, "–", st.base.center);
                continue;
            }
            XSSFCell cell = cell(sheet, row, 1 + i, null, st.value(Headline.unit(goal), g.status()));
            if (g.value() == null) {
                cell.setCellValue(g.status().label());
            } else {
                cell.setCellValue(g.value().doubleValue());
            }
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 2 + i, row, 5 + i, row + 3);
            anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
            XSSFComment note = drawing.createCellComment(anchor);
            note.setString(new XSSFRichTextString(who + ": " + g.status().label() + "\nMålnivå: " + g.target()));
            note.setAuthor("Goalbook");
            cell.setCellComment(note);
        }
    }

    /** "16 av 16", or the fewest regions among the goal's region-entered measures; "centralt" when none. */
    private static String coverage(GoalStructure s, Goal goal, Consolidation c, int all) {
        Integer fewest = null;
        for (String id : goal.measures()) {
            Integer n = c.coverage().get(id);
            if (n != null && (fewest == null || n < fewest)) {
                fewest = n;
            }
        }
        return fewest == null ? "centralt mätt" : fewest + " av " + all;
    }

    private static int notes(XSSFSheet sheet, ReportStyles st, GoalStructure s, Consolidation c, List<Region> regions, int row) {
        boolean any = false;
        for (var e : c.uncovered().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            if (!any) {
                cell(sheet, row++, 0, "Täckning: koncernvärden som inte omfattar alla regioner", st.base.bold);
                any = true;
            }
            Measure m = s.measures().get(e.getKey());
            String label = m == null ? e.getKey() : m.label();
            List<String> names = e.getValue().stream().map(id -> regions.stream().filter(r -> r.id().equals(id))
                    .map(Region::name).findFirst().orElse(id)).toList();
            String text = label + ": " + c.coverage().getOrDefault(e.getKey(), 0) + " av " + regions.size()
                    + " regioner. Saknas: " + String.join(", ", names) + ".";
            SheetKit.merged(sheet, row++, 0, 6, text, st.base.note, 120, 12f);
        }
        return any ? row + 1 : row;
    }
}
