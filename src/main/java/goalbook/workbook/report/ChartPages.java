package goalbook.workbook.report;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Prints a sheet of charts so that no chart is cut by a page break: the sheet is printed at a fixed
 * scale that fits its width on an A4 landscape page (Excel ignores manual breaks under "fit to
 * page"), and a row break is set before each block of rows (a chart and its note) that would not
 * fit on the current page. E.g. the group's Diagram sheet: title and one chart on page 1, then two
 * charts a page.
 */
final class ChartPages {

    /** A4 landscape (842 × 595 pt) less Excel's default margins 0,7" left and right. */
    static final double PRINTABLE_WIDTH = 842 - 2 * 0.7 * 72;
    /** 595 pt less the 0,75" top and bottom margins, less room for the header and footer lines. */
    static final double PRINTABLE_HEIGHT = 595 - 2 * 0.75 * 72 - 20;
    /**
     * Columns may print up to this much wider than Excel draws them with Calibri: a renderer without
     * Calibri or a metric twin (LibreOffice falling back to DejaVu Sans) widens every column, and a
     * chart cut at the right edge is as bad as one cut at the bottom.
     */
    private static final double WIDER_FONT = 1.25;
    /** A row whose height is left to the application is counted this high, so a larger title cannot push a chart over. */
    private static final double UNSET_ROW = 20;

    private final XSSFSheet sheet;
    private final double page;
    private double used;

    /**
     * @param columns the columns printed, 0..columns-1
     * @param first   the first row of the first block; the rows above are on page 1, or when
     *                {@code ownPage} the blocks start on a page of their own (rows above of unknown height)
     */
    ChartPages(XSSFSheet sheet, int columns, int first, boolean ownPage) {
        this.sheet = sheet;
        double width = 0;
        for (int c = 0; c < columns; c++) {
            width += (sheet.getColumnWidth(c) / 256.0 * 7 + 5) * 0.75;
        }
        int scale = (int) Math.min(100, Math.floor(PRINTABLE_WIDTH / (width * WIDER_FONT) * 100));
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) scale);
        // one row of slack: a chart's anchor ends on the first row of the next block, and printers round
        page = PRINTABLE_HEIGHT * 100 / scale - UNSET_ROW;
        for (int r = 0; r < first; r++) {
            used += height(r);
        }
        if (ownPage && used > 0) {
            used = page + 1;
        }
    }

    /** The scale the sheet is printed at, in percent. */
    short scale() {
        return sheet.getPrintSetup().getScale();
    }

    /** Rows {@code from..to} are one block: a page break goes above it unless it fits below what is already on the page. */
    void block(int from, int to) {
        double h = 0;
        for (int r = from; r <= to; r++) {
            h += height(r);
        }
        if (used > 0 && used + h > page) {
            sheet.setRowBreak(from - 1);
            used = 0;
        }
        used += h;
    }

    private double height(int r) {
        XSSFRow row = sheet.getRow(r);
        if (row == null || !row.getCTRow().isSetCustomHeight() || !row.getCTRow().getCustomHeight()) {
            return Math.max(UNSET_ROW, row == null ? 0 : row.getHeightInPoints());
        }
        return row.getHeightInPoints();
    }
}
