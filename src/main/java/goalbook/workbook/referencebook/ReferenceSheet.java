package goalbook.workbook.referencebook;

import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Region;
import goalbook.reference.Level;
import goalbook.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sheet {@code Referensdata}: a row per region plus "Koncernen", and per reference
 * measure the five named input cells År, Q1..Q4, pre-filled with the current values.
 */
final class ReferenceSheet {

    private final XSSFWorkbook wb;
    private final ReferenceStyles styles;

    ReferenceSheet(XSSFWorkbook wb, ReferenceStyles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    void write(GoalStructure s, int year, List<Region> regions, List<Measure> measures, ReferenceData current) {
        XSSFSheet sheet = wb.createSheet(ReferenceLayout.SHEET);
        XSSFRow title = sheet.createRow(ReferenceLayout.TITLE_ROW);
        cell(title, 0, "Referensdata – " + s.name() + " (" + s.id() + "), år " + year).setCellStyle(styles.title);
        cell(sheet.createRow(ReferenceLayout.NOTE_ROW), 0, "Koncerncontrollern fyller i de gula cellerna. Kvartalsnivåer är "
                + "ackumulerade (hittills i år). Tom cell = värdet är inte fastställt. Se bladet Instruktioner.").setCellStyle(styles.note);
        header(sheet, measures);
        List<Region> rows = new ArrayList<>(regions);
        rows.add(null);
        for (int i = 0; i < rows.size(); i++) {
            Region region = rows.get(i);
            XSSFRow row = sheet.createRow(ReferenceLayout.row(i));
            cell(row, ReferenceLayout.COL_NAME, region == null ? ReferenceLayout.GROUP_LABEL : region.name())
                    .setCellStyle(region == null ? styles.header : styles.rowLabel);
            cell(row, ReferenceLayout.COL_ID, region == null ? ReferenceLayout.GROUP_KEY : region.id()).setCellStyle(styles.rowLabel);
            Map<String, Level> levels = current.levelsOf(region == null ? null : region.id());
            for (int m = 0; m < measures.size(); m++) {
                inputs(row, region, m, measures.get(m), levels.get(measures.get(m).id()));
            }
        }
        int lastRow = ReferenceLayout.row(rows.size() - 1);
        for (int m = 0; m < measures.size(); m++) {
            ReferenceValidation.add(sheet, measures.get(m), new CellRangeAddressList(ReferenceLayout.FIRST_DATA_ROW, lastRow,
                    ReferenceLayout.column(m, 0), ReferenceLayout.column(m, ReferenceLayout.SLOTS.size() - 1)));
        }
        layout(sheet, measures.size());
    }

    private void header(XSSFSheet sheet, List<Measure> measures) {
        XSSFRow labels = sheet.createRow(ReferenceLayout.LABEL_ROW);
        XSSFRow slots = sheet.createRow(ReferenceLayout.SLOT_ROW);
        labels.setHeightInPoints(48);
        cell(labels, ReferenceLayout.COL_NAME, "Region").setCellStyle(styles.header);
        cell(labels, ReferenceLayout.COL_ID, "Id").setCellStyle(styles.header);
        cell(slots, ReferenceLayout.COL_NAME, "").setCellStyle(styles.header);
        cell(slots, ReferenceLayout.COL_ID, "").setCellStyle(styles.header);
        sheet.addMergedRegion(new CellRangeAddress(ReferenceLayout.LABEL_ROW, ReferenceLayout.SLOT_ROW, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(ReferenceLayout.LABEL_ROW, ReferenceLayout.SLOT_ROW, 1, 1));
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int m = 0; m < measures.size(); m++) {
            Measure measure = measures.get(m);
            int first = ReferenceLayout.column(m, 0);
            int last = ReferenceLayout.column(m, ReferenceLayout.SLOTS.size() - 1);
            for (int slot = 0; slot < ReferenceLayout.SLOTS.size(); slot++) {
                cell(labels, first + slot, slot == 0 ? label(measure) : "").setCellStyle(styles.header);
                cell(slots, first + slot, ReferenceLayout.HEADERS.get(slot)).setCellStyle(styles.header);
            }
            sheet.addMergedRegion(new CellRangeAddress(ReferenceLayout.LABEL_ROW, ReferenceLayout.LABEL_ROW, first, last));
            XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, first, ReferenceLayout.LABEL_ROW, first + 4, ReferenceLayout.LABEL_ROW + 6);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setAuthor("Goalbook");
            comment.setString(new XSSFRichTextString(measure.id() + ": " + ReferenceValidation.guidance(measure)));
            labels.getCell(first).setCellComment(comment);
        }
    }

    private void inputs(XSSFRow row, Region region, int m, Measure measure, Level level) {
        for (int slot = 0; slot < ReferenceLayout.SLOTS.size(); slot++) {
            XSSFCell c = row.createCell(ReferenceLayout.column(m, slot));
            c.setCellStyle(styles.input(measure.unit()));
            BigDecimal value = level == null ? null : slot == 0 ? level.year() : level.quarters().get(slot);
            if (value != null) {
                c.setCellValue(value.doubleValue());
            }
            XSSFName name = wb.createName();
            name.setNameName(ReferenceLayout.name(region, measure, slot));
            name.setRefersToFormula("'" + ReferenceLayout.SHEET + "'!" + new CellReference(c.getRowIndex(), c.getColumnIndex(), true, true).formatAsString());
        }
    }

    private void layout(XSSFSheet sheet, int measureCount) {
        sheet.setColumnWidth(ReferenceLayout.COL_NAME, 22 * 256);
        sheet.setColumnWidth(ReferenceLayout.COL_ID, 14 * 256);
        for (int m = 0; m < measureCount; m++) {
            for (int slot = 0; slot < ReferenceLayout.SLOTS.size(); slot++) {
                sheet.setColumnWidth(ReferenceLayout.column(m, slot), 11 * 256);
            }
            // printed: one whole measure per page, beside the repeated region columns
            sheet.setColumnBreak(ReferenceLayout.column(m, ReferenceLayout.SLOTS.size() - 1));
        }
        sheet.createFreezePane(ReferenceLayout.FIRST_VALUE_COL, ReferenceLayout.FIRST_DATA_ROW);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:B"));
        sheet.setRepeatingRows(new CellRangeAddress(ReferenceLayout.LABEL_ROW, ReferenceLayout.SLOT_ROW, -1, -1));
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }

    private static String label(Measure m) {
        String label = m.label() == null ? m.id() : m.label();
        String unit = switch (m.unit()) {
            case SHARE, PERCENT -> "%";
            default -> m.unit().label();
        };
        return label.endsWith(")") ? label : label + " (" + unit + ")";
    }

    private static XSSFCell cell(XSSFRow row, int col, String text) {
        XSSFCell c = row.createCell(col);
        c.setCellValue(text);
        return c;
    }
}
