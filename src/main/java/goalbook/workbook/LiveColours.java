package goalbook.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * Conditional formats of the live cells: status "Uppfyllt" green, "Ej uppfyllt" red (grey is the
 * cell's own fill); a comment that is required and blank turns its label dark red with white text
 * and its cell red, far from the yellow of an input.
 */
public final class LiveColours {

    /** The label of a required, blank comment: dark red, white bold text (ARGB, as ECMA-376 wants). */
    public static final byte[] REQUIRED_LABEL_FILL = argb(0xC0, 0x00, 0x00);
    public static final byte[] REQUIRED_LABEL_TEXT = argb(0xFF, 0xFF, 0xFF);
    /** The required, blank comment cell itself: light red, framed in dark red; it returns to yellow once typed in. */
    public static final byte[] REQUIRED_CELL_FILL = argb(0xFF, 0x80, 0x80);

    private LiveColours() {}

    public static void status(XSSFSheet sheet, List<CellRangeAddress> statusCells) {
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule met = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + TemplateLayout.MET + "\"");
        colour(met, Styles.MET_FILL, Styles.MET_TEXT);
        XSSFConditionalFormattingRule notMet = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + TemplateLayout.NOT_MET + "\"");
        colour(notMet, Styles.NOT_MET_FILL, Styles.NOT_MET_TEXT);
        cf.addConditionalFormatting(statusCells.toArray(CellRangeAddress[]::new), met, notMet);
    }

    /**
     * Colours the comment row {@code row} (label in A, comment across B:E) while the goal's status
     * in {@code statusCell} is "Ej uppfyllt" and {@code commentCell} is blank or only spaces.
     *
     * @return the condition, for the label's own formula, e.g. {@code AND($E$7="Ej uppfyllt",LEN(TRIM($B$12))=0)}
     */
    public static String commentRequired(XSSFSheet sheet, String statusCell, String commentCell, int row) {
        String condition = "AND(" + statusCell + "=\"" + TemplateLayout.NOT_MET + "\",LEN(TRIM(" + commentCell + "))=0)";
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule label = cf.createConditionalFormattingRule(condition);
        colour(label, REQUIRED_LABEL_FILL, REQUIRED_LABEL_TEXT);
        label.getFontFormatting().setFontStyle(false, true);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(row, row, 0, 0)}, label);
        XSSFConditionalFormattingRule cell = cf.createConditionalFormattingRule(condition);
        colour(cell, REQUIRED_CELL_FILL, Styles.NOT_MET_TEXT);
        var border = cell.createBorderFormatting();
        var dark = Styles.colour(REQUIRED_LABEL_FILL);
        border.setBorderTop(BorderStyle.MEDIUM);
        border.setBorderBottom(BorderStyle.MEDIUM);
        border.setBorderLeft(BorderStyle.MEDIUM);
        border.setBorderRight(BorderStyle.MEDIUM);
        border.setTopBorderColor(dark);
        border.setBottomBorderColor(dark);
        border.setLeftBorderColor(dark);
        border.setRightBorderColor(dark);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(row, row, 1, 4)}, cell);
        return condition;
    }

    /** A metric that cannot be computed yet (#DIV/0! on an empty form) is shown blank; the status says why. */
    public static void hideError(XSSFSheet sheet, int r, int c) {
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule("ISERROR(" + new CellReference(r, c).formatAsString() + ")");
        fontColour(rule, Styles.READ_ONLY_FILL);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(r, r, c, c)}, rule);
    }

    private static byte[] argb(int r, int g, int b) {
        return new byte[] {(byte) 0xFF, (byte) r, (byte) g, (byte) b};
    }

    private static void colour(XSSFConditionalFormattingRule rule, byte[] fill, byte[] text) {
        var pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(Styles.colour(fill));
        pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        fontColour(rule, text);
    }

    /** POI writes a first font colour as RGB without its alpha (six digits, not schema-valid); set again, it copies the ARGB colour. */
    private static void fontColour(XSSFConditionalFormattingRule rule, byte[] rgb) {
        XSSFFontFormatting font = rule.createFontFormatting();
        font.setFontColor(Styles.colour(rgb));
        font.setFontColor(Styles.colour(rgb));
    }
}
