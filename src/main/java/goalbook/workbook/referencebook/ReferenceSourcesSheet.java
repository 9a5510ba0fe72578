package goalbook.workbook.referencebook;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The reference workbook's {@code Källor}: per fetched measure the source, table, time, SHA-256 and query. */
final class ReferenceSourcesSheet {
    static final String SHEET = "Källor";

    private ReferenceSourcesSheet() {}

    static void write(XSSFWorkbook wb, ReferenceStyles st, List<ReferenceSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        XSSFSheet sheet = wb.createSheet(SHEET);
        cell(sheet, 0, 0, "Källor – jämförelsevärden hämtade från SCB", st.title);
        cell(sheet, 1, 0, "Värdena i senaste versionen hämtades automatiskt. SHA-256 identifierar svaret från SCB; frågan visar exakt vad som hämtades. "
                + "Ett värde som ändrats för hand efter hämtningen markeras när nästa hämtning förhandsgranskas.", st.wrap);
        String[] head = {"Mått", "Källa", "Tabell", "Hämtad (UTC)", "SHA-256", "Fråga"};
        for (int c = 0; c < head.length; c++) {
            cell(sheet, 3, c, head[c], st.header);
        }
        int r = 4;
        for (ReferenceSource s : sources) {
            String[] v = {s.measureLabel(), s.source(), s.table(), s.fetchedAt(), s.sha256(), s.query() == null ? "" : s.query()};
            for (int c = 0; c < v.length; c++) {
                cell(sheet, r, c, v[c], st.wrap);
            }
            // wrapped text does not grow a row by itself: room for the SHA-256 and the query on several lines
            sheet.getRow(r).setHeightInPoints(Math.max(45, 15 * (1 + v[5].length() / 60)));
            r++;
        }
        int[] widths = {40, 8, 18, 22, 30, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, head.length - 1));
        sheet.getRow(1).setHeightInPoints(30);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.createFreezePane(0, 4);
        sheet.protectSheet("");
    }

    private static void cell(XSSFSheet sheet, int row, int col, String text, XSSFCellStyle style) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        XSSFCell c = r.createCell(col);
        c.setCellValue(text == null ? "" : text);
        c.setCellStyle(style);
    }
}
