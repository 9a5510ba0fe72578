package goalbook.workbook.report;

import goalbook.workbook.SheetKit;
import static goalbook.workbook.SheetKit.cell;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The table of where the numbers came from, e.g. "Almi Gävle Dala | 3 | 9f2c… | 2024-07-10 14:03 |
 * anna@almi.se | Ja | Godkänd", or "Almi Gotland | Ej inlämnad" for a region without a submission.
 */
final class SourcesTable {

    static final String NONE = CoverageNote.NOT_SUBMITTED;
    static final int COLUMNS = 7;

    private SourcesTable() {}

    /** Writes the header at {@code row} and one row per source; returns the next free row. */
    static int write(XSSFSheet sheet, ReportStyles st, int row, List<SourceRow> sources) {
        String[] headers = {"Region", "Version", "SHA-256 (filens kontrollsumma)", "Inlämnad", "Inlämnad av", "Giltig", "Granskning"};
        for (int i = 0; i < headers.length; i++) {
            cell(sheet, row, i, headers[i], st.base.header);
        }
        row++;
        if (sources.isEmpty()) {
            cell(sheet, row++, 0, "Inga inlämningar.", st.base.text);
        }
        for (SourceRow s : sources) {
            cell(sheet, row, 0, s.regionName() != null ? s.regionName() : s.region(), st.userText);
            if (s.version() == null) {
                cell(sheet, row, 1, NONE, st.base.legendOther);
                for (int c = 2; c < COLUMNS; c++) {
                    cell(sheet, row, c, "–", st.base.text);
                }
            } else {
                cell(sheet, row, 1, Integer.toString(s.version()), st.base.center);
                cell(sheet, row, 2, s.sha256(), st.userText);
                cell(sheet, row, 3, s.submittedAt(), st.userText);
                cell(sheet, row, 4, s.submittedBy(), st.userText);
                cell(sheet, row, 5, s.valid() ? "Ja" : "Nej – används, flaggad", s.valid() ? st.base.text : st.base.legendNotMet);
                cell(sheet, row, 6, s.review() == null ? "–" : s.review(), st.userText);
            }
            row++;
        }
        return row;
    }

    /** One row per region in {@code regions}' order: its source, or "Ej inlämnad" when it has none. */
    static List<SourceRow> complete(List<goalbook.goals.Region> regions, List<SourceRow> sources) {
        return regions.stream().map(r -> sources.stream().filter(x -> r.id().equals(x.region())).findFirst()
                .orElse(new SourceRow(r.id(), r.name(), null, null, null, null, false))).toList();
    }

    /** Column widths for a sheet that is mostly this table. */
    static void widths(XSSFSheet sheet) {
        SheetKit.widths(sheet, 26, 16, 68, 18, 28, 22, 40);
    }
}
