package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.CellText;
import goalbook.workbook.TextFit;
import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Consolidation;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.Report;
import goalbook.goals.Region;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The consolidated sheet {@code Index}: a bold row per composite index and a row per sub-index
 * with its weight, a column for the group and one per region, e.g. "Index Fokusgrupper | | 112,4 |
 * 118,0 | …" then "  Delindex kvinnor | 1 | 120,3 | …"; the group's note in the last column.
 */
final class IndexMatrixSheet {

    static final String NAME = "Index";

    private IndexMatrixSheet() {}

    static void write(ReportFrame frame, ReportStyles st, Consolidation c, List<Region> regions) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Sammansatta index " + SwedishDates.period(c.period()) + " – koncernen och regionerna", st.base.title);
        cell(sheet, row++, 0, "Fetstil: index. Indragna rader: delindex (eller mål som räknas) med vikt. – = kan inte beräknas. "
                + "Tom kolumn: regionen har inte lämnat in.", st.noteLine);
        row++;
        int header = row++;
        CoverageNote coverage = new CoverageNote(c, regions);
        List<String> heads = new ArrayList<>(List.of("Index / delindex", "Vikt", MatrixSheet.GROUP_ROW));
        // a region that did not submit says so in its header; its column stays empty
        regions.forEach(r -> heads.add(r.name().replaceFirst("^Almi ", "")
                + (coverage.absent(r.id()) ? " (" + CoverageNote.NOT_SUBMITTED.toLowerCase(java.util.Locale.ROOT) + ")" : "")));
        heads.add("Kommentar (koncernen)");
        int[] widths = new int[heads.size()];
        widths[0] = 44;
        widths[1] = 6;
        for (int k = 2; k < heads.size() - 1; k++) {
            widths[k] = TextFit.headerWidth(10, heads.get(k));
        }
        widths[heads.size() - 1] = 40;
        int lines = 1;
        for (int i = 0; i < heads.size(); i++) {
            cell(sheet, header, i, heads.get(i), st.base.header);
            lines = Math.max(lines, TextFit.lines(heads.get(i), TextFit.boldChars(widths[i])));
        }
        TextFit.atLeast(sheet, header, lines);
        List<Report> columns = new ArrayList<>();
        columns.add(c.group());
        regions.forEach(r -> columns.add(coverage.absent(r.id()) ? null : c.regionReports().get(r.id())));
        int noteCol = heads.size() - 1;
        XSSFCellStyle number = st.value(Unit.INDEX, null);
        XSSFCellStyle boldNumber = st.number("0.0");
        if (c.group().indices().isEmpty()) {
            cell(sheet, row, 0, "Strukturen har inga sammansatta index.", st.base.text);
        }
        for (IndexResult index : c.group().indices()) {
            cell(sheet, row, 0, index.name(), st.base.bold);
            for (int k = 0; k < columns.size(); k++) {
                IndexResult ri = find(columns.get(k), index.id());
                if (columns.get(k) != null) {
                    put(sheet, row, 2 + k, ri == null ? null : ri.value(), boldNumber, st);
                }
            }
            cell(sheet, row, noteCol, index.note(), st.base.note);
            row++;
            for (IndexResult.Component comp : index.components()) {
                cell(sheet, row, 0, "   " + comp.name(), st.base.text);
                cell(sheet, row, 1, CellText.plain(comp.weight()), st.base.center);
                for (int k = 0; k < columns.size(); k++) {
                    IndexResult ri = find(columns.get(k), index.id());
                    IndexResult.Component rc = ri == null ? null
                            : ri.components().stream().filter(x -> x.id().equals(comp.id())).findFirst().orElse(null);
                    if (columns.get(k) != null) {
                        put(sheet, row, 2 + k, rc == null ? null : rc.value(), number, st);
                    }
                }
                row++;
            }
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(2, header + 1);
    }

    private static void put(XSSFSheet sheet, int row, int col, BigDecimal v, XSSFCellStyle style, ReportStyles st) {
        if (v == null) {
            cell(sheet, row, col, CellText.NO_VALUE, st.base.center);
        } else {
            cell(sheet, row, col, null, style).setCellValue(v.doubleValue());
        }
    }

    private static IndexResult find(Report r, String id) {
        return r == null ? null : r.indices().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
