package goalbook.workbook;

import goalbook.goals.Unit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template's cell styles, created once per workbook: yellow {@code FFF2CC} unlocked input
 * cells, grey read-only values, dark blue area headers and the status colours.
 */
public final class Styles {

    public static final byte[] INPUT_FILL = rgb(0xFF, 0xF2, 0xCC);
    public static final byte[] READ_ONLY_FILL = rgb(0xED, 0xED, 0xED);
    public static final byte[] AREA_FILL = rgb(0x1F, 0x3A, 0x5F);
    public static final byte[] GOAL_FILL = rgb(0xDD, 0xE6, 0xF0);
    public static final byte[] MET_FILL = rgb(0xC6, 0xEF, 0xCE);
    public static final byte[] MET_TEXT = rgb(0x00, 0x61, 0x00);
    public static final byte[] NOT_MET_FILL = rgb(0xFF, 0xC7, 0xCE);
    public static final byte[] NOT_MET_TEXT= rgb(0x9C, 0x00, 0x06);
    public static final byte[] OTHER_FILL = rgb(0xD9, 0xD9, 0xD9);

    private final XSSFWorkbook wb;
    private final java.util.Map<Unit, XSSFCellStyle> inputs = new java.util.EnumMap<>(Unit.class);
    private final java.util.Map<Unit, XSSFCellStyle> values = new java.util.EnumMap<>(Unit.class);
    public final XSSFCellStyle title;
    public final XSSFCellStyle bold;
    public final XSSFCellStyle text;
    public final XSSFCellStyle wrap;
    public final XSSFCellStyle note;
    public final XSSFCellStyle header;
    public final XSSFCellStyle area;
    public final XSSFCellStyle goal;
    public final XSSFCellStyle goalWrap;
    public final XSSFCellStyle comment;
    public final XSSFCellStyle status;
    public final XSSFCellStyle readOnlyText;
    public final XSSFCellStyle legendInput;
    public final XSSFCellStyle legendReadOnly;
    public final XSSFCellStyle legendMet;
    public final XSSFCellStyle legendNotMet;
    public final XSSFCellStyle legendOther;
    public final XSSFCellStyle center;

    public Styles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont titleFont = font(true, 14, null);
        XSSFFont boldFont = font(true, 11, null);
        XSSFFont white = font(true, 11, rgb(0xFF, 0xFF, 0xFF));
        XSSFFont small = font(false, 9, rgb(0x40, 0x40, 0x40));
        title = style(null, titleFont, false);
        bold = style(null, boldFont, false);
        text = style(null, null, false);
        wrap = style(null, null, true);
        note = style(null, small, true);
        header = style(GOAL_FILL, boldFont, true);
        header.setBorderBottom(BorderStyle.THIN);
        area = style(AREA_FILL, white, false);
        goal = style(GOAL_FILL, boldFont, false);
        goalWrap = style(GOAL_FILL, null, true);
        comment = style(INPUT_FILL, null, true);
        comment.setLocked(false);
        box(comment);
        status = style(OTHER_FILL, boldFont, false);
        box(status);
        readOnlyText = style(READ_ONLY_FILL, null, false);
        legendInput = style(INPUT_FILL, null, false);
        box(legendInput);
        legendReadOnly = style(READ_ONLY_FILL, null, false);
        box(legendReadOnly);
        legendMet = style(MET_FILL, font(true, 11, MET_TEXT), false);
        legendNotMet = style(NOT_MET_FILL, font(true, 11, NOT_MET_TEXT), false);
        legendOther = style(OTHER_FILL, boldFont, false);
        center = style(null, null, false);
        center.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
    }

    /** An unlocked yellow input cell showing {@code unit} as Swedish readers expect, e.g. "1 200 kr". */
    public XSSFCellStyle input(Unit unit) {
        return inputs.computeIfAbsent(unit, this::newInput);
    }

    private XSSFCellStyle newInput(Unit unit) {
        XSSFCellStyle s = style(INPUT_FILL, null, false);
        s.setLocked(false);
        s.setDataFormat(wb.createDataFormat().getFormat(format(unit)));
        box(s);
        return s;
    }

    /** A locked grey value cell in the unit's format. */
    public XSSFCellStyle value(Unit unit) {
        return values.computeIfAbsent(unit, this::newValue);
    }

    private XSSFCellStyle newValue(Unit unit) {
        XSSFCellStyle s = style(READ_ONLY_FILL, null, false);
        s.setDataFormat(wb.createDataFormat().getFormat(format(unit)));
        return s;
    }

    /** Excel number format codes (stored locale-neutral; Swedish Excel shows "1 200 kr" and "80,0 %"). */
    public static String format(Unit unit) {
        return switch (unit) {
            case SEK -> "#,##0\" kr\"";
            case COUNT -> "#,##0";
            case SHARE -> "0.0 %";
            case PERCENT -> "0.00 %";
            case INDEX -> "0.0";
        };
    }

    private XSSFCellStyle style(byte[] fill, XSSFFont font, boolean wrapText) {
        XSSFCellStyle s = wb.createCellStyle();
        if (fill != null) {
            s.setFillForegroundColor(colour(fill));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (font != null) {
            s.setFont(font);
        }
        s.setWrapText(wrapText);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private XSSFFont font(boolean bold, int points, byte[] colour) {
        XSSFFont f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        if (colour != null) {
            f.setColor(colour(colour));
        }
        return f;
    }

    private static void box(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFColor grey = colour(rgb(0xA6, 0xA6, 0xA6));
        s.setTopBorderColor(grey);
        s.setBottomBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
    }

    /**
     * A cell colour as the schema wants it: ARGB, opaque, e.g. {@code FFDDE6F0} for {@code rgb(0xDD, 0xE6, 0xF0)}.
     * POI writes the bytes it is given, and six hex digits are not a valid {@code ST_UnsignedIntHex}.
     */
    public static XSSFColor colour(byte[] rgb) {
        if (rgb.length == 4) {
            return new XSSFColor(rgb, null);
        }
        return new XSSFColor(new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]}, null);
    }

    /** Three bytes, as charts (DrawingML {@code srgbClr}) want them; cells go through {@link #colour}. */
    public static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
