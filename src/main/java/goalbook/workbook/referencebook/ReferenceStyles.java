package goalbook.workbook.referencebook;

import goalbook.workbook.Styles;
import goalbook.goals.Unit;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reference workbook's cell styles, made once per workbook: unlocked inputs in the templates'
 * input yellow {@code FFF2CC} with a number format per unit (kronor "#,##0", shares "0.0 %").
 */
final class ReferenceStyles {

    private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xE6, (byte) 0xF0};

    private final XSSFWorkbook wb;
    private final Map<Unit, XSSFCellStyle> inputs = new EnumMap<>(Unit.class);
    final XSSFCellStyle title;
    final XSSFCellStyle bold;
    final XSSFCellStyle wrap;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle rowLabel;

    ReferenceStyles(XSSFWorkbook wb) {
        this.wb = wb;
        title = style(font(true, 14));
        bold = style(font(true, 11));
        wrap = style(null);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        note = style(font(false, 9));
        header = style(font(true, 11));
        header.setFillForegroundColor(Styles.colour(HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        box(header);
        rowLabel = style(null);
        box(rowLabel);
    }

    /** The unlocked, yellow input style of {@code unit}. */
    XSSFCellStyle input(Unit unit) {
        return inputs.computeIfAbsent(unit, u -> {
            XSSFCellStyle s = style(null);
            s.setLocked(false);
            s.setFillForegroundColor(Styles.colour(INPUT_FILL));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setDataFormat(wb.createDataFormat().getFormat(format(u)));
            box(s);
            return s;
        });
    }

    /** Excel number format of {@code unit}; Excel shows "," and " " where the locale wants them. */
    static String format(Unit unit) {
        return switch (unit) {
            case SEK, COUNT -> "#,##0";
            case SHARE, PERCENT -> "0.0 %";
            case INDEX -> "0.0";
        };
    }

    private XSSFCellStyle style(XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }

    private XSSFFont font(boolean bold, int points) {
        XSSFFont f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private static void box(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
