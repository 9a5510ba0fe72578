package goalbook.workbook;

import goalbook.evaluation.IndexResult;
import goalbook.evaluation.Report;
import goalbook.goals.Unit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet {@code Index}: per composite index a bold row (name, value, note), e.g. "Index Fokusgrupper |
 * 112,4 | ...", then its components (name, weight, value, formula), e.g. "Delindex kvinnor | 1 | 118,2 |
 * 100 * (kunder_kvinnor / unika_kunder) / jmf_andel_kvinnor", and a blank row.
 */
final class IndexSheet {
    static final String NAME = "Index";

    private IndexSheet() {}

    static void write(XSSFWorkbook wb, Report report) {
        PlainSheet out = new PlainSheet(wb, NAME);
        out.widths(36, 14, 14, 60, 40);
        out.boldRow(0, "Index", "Värde", "Kommentar");
        int r = 2;
        if (report.indices().isEmpty()) {
            out.row(r, "Inga index beräknade.");
        }
        for (IndexResult index : report.indices()) {
            out.boldRow(r++, index.name(), CellText.number(index.value(), Unit.INDEX), index.note());
            if (!index.components().isEmpty()) {
                out.boldRow(r++, "Komponent", "Vikt", "Värde", "Formel");
                for (IndexResult.Component c : index.components()) {
                    out.row(r++, c.name(), CellText.plain(c.weight()), CellText.number(c.value(), Unit.INDEX), c.formula());
                }
            }
            r++;
        }
    }
}
