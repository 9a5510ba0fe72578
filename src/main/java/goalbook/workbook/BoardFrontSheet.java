package goalbook.workbook;

import static goalbook.workbook.SheetKit.cell;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board sheet {@code Framsida}: "Styrelserapport 2024 kvartal 2 – Almi koncernen", the
 * approval state as given, when generated, "5 av 9 mål uppfyllda", the colour legend and from which
 * versions the numbers came (a table of sources).
 */
final class BoardFrontSheet {

    static final String NAME = "Framsida";

    private BoardFrontSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b, boolean draft, Instant generatedAt,
                      List<SourceRow> sources, String approvalText) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Styrelserapport " + ReportFrame.periodText(b.period()) + " – " + b.scope().title(), st.base.title);
        row++;
        row = pair(sheet, st, row, "Period", b.period().toString());
        row = pair(sheet, st, row, "Målstruktur", b.s().name());
        row = pair(sheet, st, row, "Godkännande", approvalText == null || approvalText.isBlank() ? (draft ? ReportFrame.DRAFT : "–") : approvalText);
        row = pair(sheet, st, row, "Skapad", ReportFrame.shown(generatedAt));
        row = pair(sheet, st, row, "Omfattning", b.scope().group()
                ? "Koncernen, med varje regions utfall per mål"
                : b.whose() + ": bolagets egna siffror och kommentarer; koncernens värde som jämförelse");
        long met = 0;
        long notMet = 0;
        for (var goal : b.goals()) {
            GoalResult g = Headline.result(b.headline(), goal.id());
            met += g != null && g.status() == GoalStatus.MET ? 1 : 0;
            notMet += g != null && g.status() == GoalStatus.NOT_MET ? 1 : 0;
        }
        row = pair(sheet, st, row, "Mål detta kvartal", goalNumbers(b));
        row = pair(sheet, st, row, "Måluppfyllelse", met + " av " + b.goals().size() + " mål uppfyllda, " + notMet + " ej uppfyllda");
        row++;
        cell(sheet, row++, 0, "Färger", st.base.bold);
        row = OverviewSheet.legend(sheet, st, row);
        row++;
        cell(sheet, row++, 0, "Underlag: versioner som siffrorna kommer från", st.base.bold);
        SourcesTable.write(sheet, st, row, sources);
        SourcesTable.widths(sheet);
    }

    /** "3–9, 11, 12" */
    static String goalNumbers(BoardContext b) {
        List<Integer> n = b.goals().stream().map(g -> g.number()).toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n.size(); i++) {
            int j = i;
            while (j + 1 < n.size() && n.get(j + 1) == n.get(j) + 1) {
                j++;
            }
            out.append(out.length() > 0 ? ", " : "").append(n.get(i));
            if (j - i >= 2) {
                out.append('–').append(n.get(j));
                i = j;
            }
        }
        return out.toString();
    }

    private static int pair(XSSFSheet sheet, ReportStyles st, int row, String key, String value) {
        cell(sheet, row, 0, key, st.base.bold);
        SheetKit.merged(sheet, row, 1, 4, value, st.userText, 120);
        return row + 1;
    }
}
