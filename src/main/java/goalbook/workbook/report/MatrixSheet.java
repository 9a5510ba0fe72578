package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.Headline;
import goalbook.workbook.SheetKit;
import goalbook.workbook.TextFit;
import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Consolidation;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Region;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The sheet {@code Matris}: a row per region and a last row {@code Koncernen}, a column per goal
 * due, e.g. "Almi Nord | 85,0 % (green) | …"; each cell holds the unrounded value in its unit's
 * format, filled by status, with the status and target in a note; a region that did not submit
 * reads "Ej inlämnad" across its row. Which regions the group's figures cover is said once, above
 * the table ({@link CoverageNote}). Headers wrap between words: each goal's column is as wide as
 * its longest word.
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
        CoverageNote coverage = new CoverageNote(c, regions);
        int last = Math.max(1, goals.size());
        int[] widths = widths(goals);
        int row = frame.top();
        cell(sheet, row++, 0, "Målmatris " + SwedishDates.period(c.period()) + " – utfall och status per region", st.base.title);
        cell(sheet, row++, 0, "Grön = Uppfyllt, röd = Ej uppfyllt, grå = Målnivå saknas eller Uppgift saknas. "
                + "Status och målnivå står i cellens anteckning.", st.noteLine);
        // coverage is said once, above the figures it qualifies
        row = note(sheet, row, coverage.headline(), st.base.bold, widths, last, true);
        for (String line : coverage.exceptions(goals)) {
            row = note(sheet, row, line, st.base.wrap, widths, last, false);
        }
        row++;
        int header = row++;
        cell(sheet, header, 0, "Region", st.base.header);
        int headerLines = 1;
        for (int i = 0; i < goals.size(); i++) {
            String name = goals.get(i).number() + ". " + goals.get(i).name();
            cell(sheet, header, 1 + i, name, st.base.header);
            headerLines = Math.max(headerLines, TextFit.lines(name, TextFit.boldChars(widths[1 + i])));
        }
        TextFit.atLeast(sheet, header, headerLines);
        int targets = row++;
        cell(sheet, targets, 0, "Målnivå (koncernen)", st.base.goal);
        int targetLines = 1;
        for (int i = 0; i < goals.size(); i++) {
            GoalResult g = Headline.result(c.group(), goals.get(i).id());
            String target = g == null ? "–" : g.target();
            cell(sheet, targets, 1 + i, target, st.base.goalWrap);
            targetLines = Math.max(targetLines, TextFit.lines(target, TextFit.plainChars(widths[1 + i])));
        }
        TextFit.atLeast(sheet, targets, targetLines);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (Region r : regions) {
            cell(sheet, row, 0, r.name(), st.base.text);
            if (coverage.absent(r.id())) {
                for (int col = 1; col <= last; col++) {
                    cell(sheet, row, col, col == 1 ? CoverageNote.NOT_SUBMITTED : null, st.base.legendOther);
                }
                if (last > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(row, row, 1, last));
                }
                row++;
                continue;
            }
            values(sheet, drawing, st, row++, goals, c.regionReports().get(r.id()), r.name());
        }
        cell(sheet, row, 0, GROUP_ROW, st.base.bold);
        values(sheet, drawing, st, row++, goals, c.group(), GROUP_ROW);
        row++;
        note(sheet, row, Consolidation.UNIQUE_CUSTOMERS_NOTE, st.base.note, widths, last, false);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(1, targets + 1);
        return header;
    }

    /** Column A 28 characters; a goal's column wide enough for its name's longest word, at least 17. */
    private static int[] widths(List<Goal> goals) {
        int[] w = new int[1 + Math.max(1, goals.size())];
        w[0] = 28;
        for (int i = 1; i < w.length; i++) {
            w[i] = i <= goals.size() ? TextFit.headerWidth(17, goals.get(i - 1).number() + ". " + goals.get(i - 1).name()) : 17;
        }
        return w;
    }

    /** Text across columns A..{@code last}, wrapped, the row as tall as the text needs; returns the next row. */
    private static int note(XSSFSheet sheet, int row, String text, XSSFCellStyle style, int[] widths, int last, boolean bold) {
        int width = 0;
        for (int i = 0; i <= last; i++) {
            width += widths[i];
        }
        XSSFCellStyle wrapped = style;
        if (!style.getWrapText()) {
            wrapped = sheet.getWorkbook().createCellStyle();
            wrapped.cloneStyleFrom(style);
            wrapped.setWrapText(true);
        }
        SheetKit.merged(sheet, row, 0, last, text, wrapped, 1000);
        TextFit.atLeast(sheet, row, TextFit.lines(text, bold ? TextFit.boldChars(width) : TextFit.plainChars(width)));
        return row + 1;
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
}
