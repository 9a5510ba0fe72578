package goalbook.workbook.report;

import goalbook.workbook.MarkKind;
import goalbook.workbook.Styles;
import goalbook.evaluation.GoalStatus;
import goalbook.goals.Unit;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The consolidated and board workbooks' styles on top of the template's {@link Styles}: a value in
 * its unit's number format filled by its status (green MET, red NOT_MET, grey otherwise), the red
 * "UTKAST – ej godkänt" banner and quote-prefixed text for words typed by regions.
 */
final class ReportStyles {

    final Styles base;
    final XSSFCellStyle draft;
    /** Text from an upload (comments, names): quote-prefixed so that "=…" stays text even when edited. */
    final XSSFCellStyle userText;
    /** A small grey note on one line that may run across the empty cells to its right. */
    final XSSFCellStyle noteLine;
    /** Wrapped text indented one step, so it stands off a right-aligned number in the column before. */
    final XSSFCellStyle wrapIndented;
    /** A grey wrapped notice, e.g. "7 av 16 regioner har rapporterat …". */
    final XSSFCellStyle notice;
    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> values = new HashMap<>();

    ReportStyles(XSSFWorkbook wb) {
        this.wb = wb;
        this.base = new Styles(wb);
        draft = wb.createCellStyle();
        draft.cloneStyleFrom(base.bold);
        XSSFFont red = wb.createFont();
        red.setBold(true);
        red.setFontHeightInPoints((short) 14);
        red.setColor(Styles.colour(Styles.NOT_MET_TEXT));
        draft.setFont(red);
        userText = wb.createCellStyle();
        userText.cloneStyleFrom(base.wrap);
        userText.setQuotePrefixed(true);
        noteLine = wb.createCellStyle();
        noteLine.cloneStyleFrom(base.note);
        noteLine.setWrapText(false);
        wrapIndented = wb.createCellStyle();
        wrapIndented.cloneStyleFrom(base.wrap);
        wrapIndented.setAlignment(HorizontalAlignment.LEFT);
        wrapIndented.setIndention((short) 1);
        notice = wb.createCellStyle();
        notice.cloneStyleFrom(base.legendOther);
        notice.setWrapText(true);
    }

    /** The coloured status label cell, e.g. MET → green "Uppfyllt". */
    XSSFCellStyle status(GoalStatus status) {
        return switch (MarkKind.of(status)) {
            case MET -> base.legendMet;
            case NOT_MET -> base.legendNotMet;
            default -> base.legendOther;
        };
    }

    /** A plain number cell in an Excel format code, e.g. {@code 0.0" %"} for a chart's table. */
    XSSFCellStyle number(String format) {
        return values.computeIfAbsent("fmt:" + format, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base.text);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        });
    }

    /** A number in {@code unit}'s format, filled by {@code status}; null status means no fill. */
    XSSFCellStyle value(Unit unit, GoalStatus status) {
        MarkKind kind = status == null ? null : MarkKind.of(status);
        return values.computeIfAbsent(unit + "/" + kind, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(kind == null ? base.text : status(status));
            s.setDataFormat(wb.createDataFormat().getFormat(Styles.format(unit)));
            s.setAlignment(HorizontalAlignment.RIGHT);
            if (kind != null) {
                s.setFillForegroundColor(Styles.colour(kind.rgbBytes()));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        });
    }
}
