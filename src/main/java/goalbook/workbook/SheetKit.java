package goalbook.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Small helpers shared by the sheet writers: cells, merged wrapped text, names, print and protection. */
public final class SheetKit {

    private SheetKit() {}

    public static XSSFCell cell(XSSFSheet sheet, int row, int col, String text, XSSFCellStyle style) {
        XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        XSSFCell c = r.getCell(col) != null ? r.getCell(col) : r.createCell(col);
        if (text != null) {
            c.setCellValue(ExcelText.fit(text));
        }
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    /** Text across columns {@code from..to}, wrapped, with a row height that fits about {@code charsPerLine}. */
    public static XSSFCell merged(XSSFSheet sheet, int row, int from, int to, String text, XSSFCellStyle style, int charsPerLine) {
        return merged(sheet, row, from, to, text, style, charsPerLine, 15f);
    }

    public static XSSFCell merged(XSSFSheet sheet, int row, int from, int to, String text, XSSFCellStyle style, int charsPerLine, float lineHeight) {
        XSSFCell c = cell(sheet, row, from, text, style);
        for (int col = from + 1; col <= to; col++) {
            cell(sheet, row, col, null, style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
        fitHeight(sheet, row, text, charsPerLine, lineHeight);
        return c;
    }

    /** Raises the row so {@code text} wrapped at {@code charsPerLine} is visible (Excel does not do this for merged cells). */
    public static void fitHeight(XSSFSheet sheet, int row, String text, int charsPerLine) {
        fitHeight(sheet, row, text, charsPerLine, 15f);
    }

    /** As {@link #fitHeight(XSSFSheet, int, String, int)} with {@code lineHeight} points per line (12 for 9-point notes). */
    public static void fitHeight(XSSFSheet sheet, int row, String text, int charsPerLine, float lineHeight) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) charsPerLine));
        }
        float height = Math.max(15f, lines * lineHeight + 3f);
        XSSFRow r = sheet.getRow(row);
        if (height > r.getHeightInPoints()) {
            r.setHeightInPoints(ExcelText.rowPoints(height));
        }
    }

    /** A workbook-scoped name for one cell, e.g. {@code unika_kunder} → {@code Inrapportering!$C$14}. */
    public static void name(XSSFSheet sheet, String name, int row, int col) {
        XSSFName n = sheet.getWorkbook().createName();
        n.setNameName(name);
        n.setRefersToFormula(new CellReference(sheet.getSheetName(), row, col, true, true).formatAsString());
    }

    /** A4 landscape, one page wide. */
    public static void print(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
    }

    /**
     * Protected without a password (a bare {@code <sheetProtection sheet="1">}; POI's
     * {@code protectSheet("")} would write the hash of an empty password): users may still resize
     * rows and columns, and unprotect without being asked for a password.
     */
    public static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    public static void widths(XSSFSheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }
}
