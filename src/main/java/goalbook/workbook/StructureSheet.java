package goalbook.workbook;

import static goalbook.workbook.SheetKit.cell;

import goalbook.goals.Goal;
import goalbook.goals.GoalArea;
import goalbook.goals.GoalStructure;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes {@code Målstruktur}: the whole structure as in seed 001's table (Målområde, Mål, Målnivå,
 * Måltyp, Q1–Q4 with "X" or "–"), group-level goals and the goal-type legend.
 */
public final class StructureSheet {

    private static final int TARGET_CHARS = 84;
    private static final int AREA_WIDTH = 28;
    private static final int NAME_WIDTH = 34;

    private StructureSheet() {}

    public static void write(XSSFSheet sheet, Styles st, GoalStructure s, int quarter) {
        write(sheet, st, s, 0, "Hela målstrukturen. X = målet rapporteras det kvartalet; denna mall gäller Q" + quarter + ".");
    }

    /** As above from row {@code firstRow} (below a draft banner), with {@code subtitle} under the name. */
    public static void write(XSSFSheet sheet, Styles st, GoalStructure s, int firstRow, String subtitle) {
        int row = firstRow;
        cell(sheet, row++, 0, s.name(), st.title);
        cell(sheet, row++, 0, subtitle, st.text);
        row++;
        int header = row++;
        String[] headers = {"Målområde", "Mål", "Målnivå", "Måltyp", "Q1", "Q2", "Q3", "Q4"};
        for (int i = 0; i < headers.length; i++) {
            cell(sheet, header, i, headers[i], st.header);
        }
        for (GoalArea area : s.areas()) {
            for (Goal g : area.goals()) {
                cell(sheet, row, 0, area.name(), st.wrap);
                cell(sheet, row, 1, g.number() + ". " + g.name(), st.wrap);
                cell(sheet, row, 2, g.targetText(), st.wrap);
                cell(sheet, row, 3, g.type() == null ? "–" : g.type(), st.center);
                for (int q = 1; q <= 4; q++) {
                    cell(sheet, row, 3 + q, g.dueIn(q) ? "X" : "–", st.center);
                }
                // the tallest of area, name and target decides, e.g. goal 11's name takes two lines beside a one-line target
                int lines = Math.max(TextFit.lines(g.targetText(), TARGET_CHARS), Math.max(
                        TextFit.lines(area.name(), TextFit.plainChars(AREA_WIDTH)), TextFit.lines(g.number() + ". " + g.name(), TextFit.plainChars(NAME_WIDTH))));
                TextFit.atLeast(sheet, row, lines);
                row++;
            }
        }
        if (!s.groupGoals().isEmpty()) {
            row++;
            cell(sheet, row++, 0, "Koncernövergripande hållbarhetsmål – mäts på koncernnivå, rapporteras inte av regionen", st.bold);
            for (String name : s.groupGoals()) {
                cell(sheet, row++, 0, name, st.text);
            }
        }
        if (!s.goalTypes().isEmpty()) {
            row++;
            cell(sheet, row++, 0, "Måltyp", st.bold);
            for (Map.Entry<String, String> t : s.goalTypes().entrySet()) {
                cell(sheet, row, 0, t.getKey(), st.center);
                cell(sheet, row++, 1, t.getValue(), st.text);
            }
        }
        SheetKit.widths(sheet, AREA_WIDTH, NAME_WIDTH, 70, 9, 5, 5, 5, 5);
        sheet.createFreezePane(0, header + 1);
        SheetKit.print(sheet);
        SheetKit.protect(sheet);
    }
}
