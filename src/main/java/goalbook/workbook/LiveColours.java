package goalbook.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/** Conditional formats of the live cells: status "Uppfyllt" green, "Ej uppfyllt" red (grey is the cell's own fill). */
final class LiveColours {

    private LiveColours() {}

    static void status(XSSFSheet sheet, List<CellRangeAddress> statusCells) {
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule met = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + TemplateLayout.MET + "\"");
        colour(met, Styles.MET_FILL, Styles.MET_TEXT);
        XSSFConditionalFormattingRule notMet = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + TemplateLayout.NOT_MET + "\"");
        colour(notMet, Styles.NOT_MET_FILL, Styles.NOT_MET_TEXT);
        cf.addConditionalFormatting(statusCells.toArray(CellRangeAddress[]::new), met, notMet);
    }

    /** A metric that cannot be computed yet (#DIV/0! on an empty form) is shown blank; the status says why. */
    static void hideError(XSSFSheet sheet, int r, int c) {
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule("ISERROR(" + new CellReference(r, c).formatAsString() + ")");
        fontColour(rule, Styles.READ_ONLY_FILL);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(r, r, c, c)}, rule);
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
