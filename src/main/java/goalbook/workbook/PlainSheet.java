package goalbook.workbook;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes rows of plain text into a sheet Goalbook adds, e.g. {@code row(3, "Nr", "Målområde", ...)}.
 * Every value is a string cell with Excel's quote prefix, so text from an upload such as "=HYPERLINK(...)"
 * stays text even when someone edits the cell.
 */
final class PlainSheet {
    /** Excel's limit for one cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final XSSFWorkbook wb;
    final XSSFSheet sheet;
    private final XSSFCellStyle text;
    private final XSSFCellStyle bold;
    private final XSSFCellStyle title;

    PlainSheet(XSSFWorkbook wb, String name) {
        this.wb = wb;
        this.sheet = wb.createSheet(name);
        this.text = wb.createCellStyle();
        text.setQuotePrefixed(true);
        text.setWrapText(true);
        text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        this.bold = wb.createCellStyle();
        bold.cloneStyleFrom(text);
        XSSFFont font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        this.title = wb.createCellStyle();
        title.cloneStyleFrom(bold);
        title.setWrapText(false);
        // A4 landscape, all columns on one page wide, so the sheet prints as one readable table.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    }

    /** A heading that may run across the empty cells to its right. */
    XSSFRow titleRow(int index, String value) {
        return write(index, title, value);
    }

    /** Writes {@code values} from column A; null leaves a cell blank. Returns the row. */
    XSSFRow row(int index, String... values) {
        return write(index, text, values);
    }

    XSSFRow boldRow(int index, String... values) {
        return write(index, bold, values);
    }

    /** A style for one column of marked cells, e.g. the status column filled green. */
    XSSFCellStyle filled(MarkKind kind) {
        XSSFCellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(text);
        style.setFillForegroundColor(Styles.colour(kind.rgbBytes()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    void widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private XSSFRow write(int index, XSSFCellStyle style, String... values) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                XSSFCell cell = row.createCell(c);
                String v = values[c].length() > MAX_CELL_TEXT ? values[c].substring(0, MAX_CELL_TEXT) : values[c];
                cell.setCellValue(v);
                cell.setCellStyle(style);
            }
        }
        return row;
    }
}
