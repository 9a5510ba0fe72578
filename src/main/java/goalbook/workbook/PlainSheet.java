package goalbook.workbook;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes a sheet Goalbook adds to an uploaded workbook ({@code Resultat}, {@code Index}) so that it reads
 * without resizing anything: text wraps within its columns and every row is made tall enough for it (Excel
 * and LibreOffice do not grow rows for merged cells, and the uploaded workbook may not grow them at all);
 * figures are numbers in their unit's format, never text. Text is quote-prefixed, so a comment such as
 * "=HYPERLINK(...)" stays text even when someone edits the cell.
 */
public final class PlainSheet {
    private static final short BODY_POINTS = 11;
    private static final short TITLE_POINTS = 14;
    private static final byte[] HEADER_FILL = argb("DDE6F0");
    private static final byte[] GOOD_TEXT = argb("006100");
    private static final byte[] BAD_TEXT = argb("9C0006");

    public final XSSFSheet sheet;
    private final XSSFWorkbook wb;
    private final int[] widths;
    public final XSSFCellStyle text;
    public final XSSFCellStyle bold;
    public final XSSFCellStyle header;
    public final XSSFCellStyle title;
    private final Map<Unit, XSSFCellStyle> numbers = new EnumMap<>(Unit.class);
    private final Map<Unit, XSSFCellStyle> headerNumbers = new EnumMap<>(Unit.class);
    private final Map<MarkKind, XSSFCellStyle> filled = new EnumMap<>(MarkKind.class);
    private XSSFCellStyle integer;

    /** @param widths column widths in characters, from column A; text wraps within them */
    public PlainSheet(XSSFWorkbook wb, String name, int... widths) {
        this.wb = wb;
        this.sheet = wb.createSheet(name);
        this.widths = widths.clone();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        text = wb.createCellStyle();
        text.setQuotePrefixed(true);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        bold = derived(text, font(BODY_POINTS, true, null));
        header = derived(bold, null);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        title = derived(text, font(TITLE_POINTS, true, null));
        print();
    }

    /** Wrapped text in one cell; null writes nothing. */
    public XSSFCell text(int row, int col, String value) {
        return text(row, col, value, text);
    }

    public XSSFCell text(int row, int col, String value, XSSFCellStyle style) {
        return merged(row, col, col, value, style);
    }

    /** Wrapped text across columns {@code from..to}, the row made tall enough for it. */
    public XSSFCell merged(int row, int from, int to, String value, XSSFCellStyle style) {
        if (value == null) {
            return null;
        }
        String v = ExcelText.fit(value);
        XSSFCell cell = cell(row, from, style);
        inline(cell, v);
        for (int c = from + 1; c <= to; c++) {
            cell(row, c, style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
        fit(row, from, to, v, wb.getFontAt(style.getFontIndex()).getFontHeightInPoints());
        return cell;
    }

    /**
     * The text kept in the cell itself ({@code t="inlineStr"}), not in the shared string table: POI looks each
     * new shared string up by serialising it to XML, a tenth of the time of adding Resultat to a copy. Every
     * reader shows it alike; Excel moves it to its table when the cell is next saved.
     */
    private static void inline(XSSFCell cell, String text) {
        CTCell ct = cell.getCTCell();
        if (ct.isSetV()) {
            ct.unsetV();
        }
        ct.setT(STCellType.INLINE_STR);
        CTRst is = ct.isSetIs() ? ct.getIs() : ct.addNewIs();
        is.setT(text);
        if (!text.equals(text.strip()) || text.indexOf('\n') >= 0) {
            // as POI does for shared strings: without it, readers drop leading and trailing spaces
            try (XmlCursor c = is.xgetT().newCursor()) {
                c.toNextToken();
                c.insertAttributeWithValue(new QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
            }
        }
    }

    /** A figure as a number in {@code unit}'s format (as the template shows it), or "–" when there is none. */
    public XSSFCell number(int row, int col, BigDecimal value, Unit unit) {
        if (value == null) {
            return text(row, col, CellText.NO_VALUE);
        }
        XSSFCell cell = cell(row, col, numbers.computeIfAbsent(unit, u -> numberStyle(Styles.format(u), null)));
        cell.setCellValue(value.doubleValue());
        return cell;
    }

    /** As {@link #number} on a header row's shading, e.g. an index's value beside its name. */
    public XSSFCell headerNumber(int row, int col, BigDecimal value, Unit unit) {
        if (value == null) {
            return text(row, col, CellText.NO_VALUE, header);
        }
        XSSFCell cell = cell(row, col, headerNumbers.computeIfAbsent(unit, u -> numberStyle(Styles.format(u), header)));
        cell.setCellValue(value.doubleValue());
        return cell;
    }

    /** A whole number such as a goal's number or an index weight, as a number, centred so it stands apart from the text beside it. */
    public XSSFCell integer(int row, int col, BigDecimal value) {
        if (integer == null) {
            integer = numberStyle("General", null);
            integer.setAlignment(HorizontalAlignment.CENTER);
            integer.setIndention((short) 0);
        }
        XSSFCell cell = cell(row, col, integer);
        cell.setCellValue(value.doubleValue());
        return cell;
    }

    /** A header row of bold, shaded titles. */
    public void header(int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            text(row, c, titles[c], header);
        }
    }

    /** The style of a cell filled for {@code kind}, e.g. a status "Uppfyllt" on green. */
    public XSSFCellStyle filled(MarkKind kind) {
        return filled.computeIfAbsent(kind, k -> {
            XSSFCellStyle s = derived(text, null);
            s.setFillForegroundColor(new XSSFColor(k.rgbBytes(), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    /** A large bold line on the verdict's colour: green and dark green text when valid, else red. */
    public XSSFCellStyle verdict(boolean valid) {
        XSSFCellStyle s = derived(text, font(TITLE_POINTS, true, valid ? GOOD_TEXT : BAD_TEXT));
        s.setFillForegroundColor(new XSSFColor((valid ? MarkKind.MET : MarkKind.ERROR).rgbBytes(), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    /** Rows {@code first..last} are printed at the top of every page. */
    public void repeatOnEveryPage(int first, int last) {
        sheet.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
    }

    public int lastColumn() {
        return widths.length - 1;
    }

    private XSSFCell cell(int row, int col, XSSFCellStyle style) {
        XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        XSSFCell c = r.getCell(col) != null ? r.getCell(col) : r.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    /** Raises the row to the lines {@code value} needs when wrapped at word boundaries in columns {@code from..to}. */
    private void fit(int row, int from, int to, String value, short points) {
        int chars = 0;
        for (int c = from; c <= Math.min(to, widths.length - 1); c++) {
            chars += widths[c];
        }
        int perLine = Math.max(1, chars * BODY_POINTS / points - 1);
        float height = lines(value, perLine) * (points * 1.3f + 1f) + 3f;
        XSSFRow r = sheet.getRow(row);
        if (height > r.getHeightInPoints()) {
            r.setHeightInPoints(ExcelText.rowPoints(height));
        }
    }

    /** Lines of {@code value} wrapped greedily at spaces in lines of {@code perLine} characters. */
    public static int lines(String value, int perLine) {
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len <= perLine) {
                    used += 1 + len;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                int extra = len == 0 ? 0 : (len - 1) / perLine; // a word longer than a line is broken
                lines += extra;
                used = len - extra * perLine;
            }
        }
        return lines;
    }

    private XSSFCellStyle numberStyle(String format, XSSFCellStyle base) {
        XSSFCellStyle s = wb.createCellStyle();
        if (base != null) {
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(false);
            s.setWrapText(false);
        }
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setAlignment(HorizontalAlignment.RIGHT);
        s.setIndention((short) 1); // keeps the figure off the status beside it
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private XSSFCellStyle derived(XSSFCellStyle from, XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(from);
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }

    private XSSFFont font(short points, boolean isBold, byte[] colour) {
        XSSFFont f = wb.createFont();
        f.setFontHeightInPoints(points);
        f.setBold(isBold);
        if (colour != null) {
            f.setColor(new XSSFColor(colour, null));
        }
        return f;
    }

    /** A4 landscape, every column on one page wide, pages numbered. */
    private void print() {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.getFooter().setCenter("Sida &P av &N");
    }

    private static byte[] argb(String rgb) {
        byte[] b = new byte[4];
        b[0] = (byte) 0xFF;
        for (int i = 0; i < 3; i++) {
            b[i + 1] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
