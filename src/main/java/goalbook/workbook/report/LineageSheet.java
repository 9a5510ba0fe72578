package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import static goalbook.workbook.SheetKit.cell;

import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board workbook's appendix {@code Underlag}: where the numbers came from, for whoever must
 * check them, e.g. "Almi Gävle Dala | 3 | 9f2c… | 2024-07-10 14:03 | anna@almi.se | Ja", with the
 * structure's revision, the approval and when the workbook was made.
 */
final class LineageSheet {

    static final String NAME = "Underlag";

    private LineageSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b, boolean draft, Instant generatedAt, List<SourceRow> sources,
                      String approvalText) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Underlag – varifrån siffrorna kommer", st.base.title);
        row++;
        row = pair(sheet, st, row, "Period", SwedishDates.period(b.period()) + " (" + b.period() + ")");
        row = pair(sheet, st, row, "Målstruktur", b.s().name() + " (" + b.s().id() + ", revision " + b.s().revision() + ")");
        row = pair(sheet, st, row, "Godkännande", approvalText == null || approvalText.isBlank() ? (draft ? ReportFrame.DRAFT : "–") : approvalText);
        row = pair(sheet, st, row, "Skapad", SwedishDates.minute(generatedAt));
        if (b.scope().group()) {
            row = pair(sheet, st, row, "Rapporterat", b.reportingText());
        }
        row++;
        cell(sheet, row++, 0, "Versioner som siffrorna kommer från", st.base.bold);
        SourcesTable.write(sheet, st, row, sources);
        SourcesTable.widths(sheet);
    }

    private static int pair(XSSFSheet sheet, ReportStyles st, int row, String key, String value) {
        cell(sheet, row, 0, key, st.base.bold);
        SheetKit.merged(sheet, row, 1, 4, value, st.userText, 120);
        return row + 1;
    }
}
