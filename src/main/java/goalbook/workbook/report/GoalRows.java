package goalbook.workbook.report;

import goalbook.workbook.CellText;
import goalbook.workbook.SheetKit;
import goalbook.workbook.Headline;
import static goalbook.workbook.SheetKit.cell;

import goalbook.evaluation.Comparison;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.PartResult;
import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.Unit;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A goal's lines in the board's goal tables (columns Nr, Mål, Målnivå, Utfall, Status, Förändring),
 * e.g. "9 | Kostnad/insats | högst 12 000 kr (plan) | 10 000 kr | Uppfyllt | Förbättring: minskat från
 * 11 000 kr i 2023-Q2 (lägre är bättre)". A goal in listed parts (structure A goal 6 and 7) gets a
 * line per part with its value; an index goal a line per sub-index, or on the front page only those
 * that keep the goal from being met ("Under målet: Förädlingsvärde").
 */
final class GoalRows {

    static final String[] HEADS = {"Nr", "Mål", "Målnivå", "Utfall", "Status", "Förändring mot jämförbar period"};
    static final String UNDER = "Under målet: ";
    static final String SEE_PARTS = "se delarna nedan";
    /** Characters that fit on one line of the name, target and change columns (a bit more than their widths). */
    private static final int NAME_CHARS = 54;
    private static final int TARGET_CHARS = 34;
    private static final int CHANGE_CHARS = 58;

    private GoalRows() {}

    static void header(XSSFSheet sheet, ReportStyles st, int row) {
        for (int i = 0; i < HEADS.length; i++) {
            cell(sheet, row, i, HEADS[i], st.base.header);
        }
    }

    /**
     * @param allSubIndices true: every sub-index of an index goal; false: only those not met
     * @return the next free row
     */
    static int write(XSSFSheet sheet, ReportStyles st, BoardContext b, int row, Goal goal, boolean allSubIndices) {
        GoalResult g = Headline.result(b.headline(), goal.id());
        cell(sheet, row, 0, Integer.toString(goal.number()), st.base.center);
        cell(sheet, row, 1, goal.name(), st.base.wrap);
        SheetKit.fitHeight(sheet, row, goal.name(), NAME_CHARS);
        if (g == null) {
            return row + 1;
        }
        boolean listed = goal.parts().size() > 1 && goal.index() == null;
        String target = listed ? SEE_PARTS : g.target();
        cell(sheet, row, 2, target, st.base.wrap);
        SheetKit.fitHeight(sheet, row, target, TARGET_CHARS);
        if (listed) {
            cell(sheet, row, 3, null, st.base.text);
        } else {
            value(sheet, st, row, 3, Headline.unit(goal), g.status(), g.value());
        }
        cell(sheet, row, 4, g.status().label(), st.status(g.status()));
        change(sheet, st, row, b.comparison(goal), Headline.unit(goal), listed);
        row++;
        if (goal.parts().size() <= 1) {
            return row;
        }
        for (int i = 0; i < goal.parts().size(); i++) {
            GoalPart part = goal.parts().get(i);
            PartResult p = g.parts().get(i);
            boolean composite = goal.index() != null && i == goal.parts().size() - 1;
            if (composite || (goal.index() != null && !allSubIndices && p.status() == GoalStatus.MET)) {
                continue;
            }
            String label = goal.index() != null && !allSubIndices ? UNDER + p.name() : p.name();
            cell(sheet, row, 1, "    " + label, st.base.wrap);
            cell(sheet, row, 2, p.target(), st.base.wrap);
            SheetKit.fitHeight(sheet, row, p.target(), TARGET_CHARS);
            value(sheet, st, row, 3, part.unit(), p.status(), p.value());
            cell(sheet, row, 4, p.status().label(), st.status(p.status()));
            change(sheet, st, row, b.comparison(goal, part.id()), part.unit(), false);
            row++;
        }
        return row;
    }

    /** A number in its unit's format filled by status, or "–" when it could not be computed. */
    static void value(XSSFSheet sheet, ReportStyles st, int row, int col, Unit unit, GoalStatus status, java.math.BigDecimal v) {
        XSSFCell c = cell(sheet, row, col, null, st.value(unit, status));
        if (v == null) {
            c.setCellValue(CellText.NO_VALUE);
        } else {
            c.setCellValue(v.doubleValue());
        }
    }

    private static void change(XSSFSheet sheet, ReportStyles st, int row, Comparison c, Unit unit, boolean listed) {
        String text = c != null ? c.text(unit) : listed ? SEE_PARTS : "";
        cell(sheet, row, 5, text, st.wrapIndented);
        SheetKit.fitHeight(sheet, row, text, CHANGE_CHARS);
    }

    /** Column widths for the six columns: about 140 characters, so A4 landscape prints them near full size. */
    static void widths(XSSFSheet sheet) {
        SheetKit.widths(sheet, 5, 40, 26, 16, 15, 44);
    }
}
