package goalbook.workbook.report;

import goalbook.workbook.referencebook.ReferenceSource;
import static goalbook.workbook.SheetKit.cell;

import goalbook.text.SwedishDates;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Below the regions on the consolidated workbook's {@code Källor}: where the quarter's comparison
 * values came from, e.g. "Jämförelsegruppens andel kvinnor | SCB | 3f9a… | 2025-03-01 09:00 | TAB_SMF_SNABB",
 * or a line saying they were typed by the controller.
 */
final class ReferenceSourcesTable {
    private ReferenceSourcesTable() {}

    /** Writes from {@code row}; returns the next free row. */
    static int write(XSSFSheet sheet, ReportStyles st, int row, int referenceVersion, List<ReferenceSource> sources) {
        cell(sheet, row++, 0, "Referensdata (planerade nivåer och jämförelsevärden)", st.base.bold);
        if (referenceVersion == 0) {
            cell(sheet, row++, 0, "Ingen referensdata är sparad för året: mål som jämförs med en nivå saknar målnivå.", st.noteLine);
            return row;
        }
        if (sources.isEmpty()) {
            cell(sheet, row++, 0, "Version " + referenceVersion + " av referensdata används. Värdena skrevs in av koncerncontrollern; "
                    + "inget hämtades automatiskt.", st.noteLine);
            return row;
        }
        cell(sheet, row++, 0, "Version " + referenceVersion + " av referensdata används. Jämförelsevärdena nedan hämtades automatiskt; "
                + "SHA-256 identifierar svaret och frågan finns i referensarbetsboken.", st.noteLine);
        String[] headers = {"Jämförelsevärde", "Källa", "SHA-256 (svarets kontrollsumma)", "Hämtad", "Tabell"};
        for (int i = 0; i < headers.length; i++) {
            cell(sheet, row, i, headers[i], st.base.header);
        }
        row++;
        for (ReferenceSource s : sources) {
            cell(sheet, row, 0, s.measureLabel(), st.base.wrap);
            // the measure names wrap in the region column: room for two lines
            sheet.getRow(row).setHeightInPoints(30);
            cell(sheet, row, 1, s.source(), st.base.center);
            cell(sheet, row, 2, s.sha256(), st.userText);
            cell(sheet, row, 3, minute(s.fetchedAt()), st.userText);
            cell(sheet, row, 4, s.table(), st.userText);
            row++;
        }
        return row;
    }

    private static String minute(String iso) {
        try {
            return SwedishDates.minute(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
