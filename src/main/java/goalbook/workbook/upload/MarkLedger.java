package goalbook.workbook.upload;

import goalbook.workbook.MarkKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The very hidden sheet {@code gb_markeringar} that remembers every cell an annotation marked, e.g.
 * {@code Inrapportering | D14 | 7 | 31 | | ERROR}: original style 7, applied style 31. Annotating an
 * annotated workbook first undoes those marks, so marks are replaced, never stacked. The column
 * "Ursprunglig formel" is filled only by earlier versions, which replaced status formulas with text; undoing
 * their marks puts the formula back.
 */
final class MarkLedger {
    static final String SHEET = "gb_markeringar";
    static final String AUTHOR = "Goalbook";
    private static final List<String> HEADER = List.of("Blad", "Cell", "Ursprungligt format", "Markeringsformat", "Ursprunglig formel", "Markering");

    /** One marked cell; {@code originalFormula} is set where the mark replaced a live formula. */
    record Mark(String sheet, String cell, int originalStyle, int appliedStyle, String originalFormula, MarkKind kind) {}

    private MarkLedger() {}

    /**
     * Restores the original style (and formula) of every cell a previous annotation marked, removes its
     * notes and its sheets. Returns the styles it had applied, keyed by {@link #styleKey}, for reuse.
     */
    static Map<String, Integer> undo(XSSFWorkbook wb) {
        Map<String, Integer> reusable = new HashMap<>();
        XSSFSheet ledger = wb.getSheet(SHEET);
        if (ledger != null) {
            DataFormatter text = new DataFormatter();
            for (Row row : ledger) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                try {
                    Mark mark = new Mark(text.formatCellValue(row.getCell(0)), text.formatCellValue(row.getCell(1)),
                            Integer.parseInt(text.formatCellValue(row.getCell(2))), Integer.parseInt(text.formatCellValue(row.getCell(3))),
                            text.formatCellValue(row.getCell(4)), MarkKind.valueOf(text.formatCellValue(row.getCell(5))));
                    restore(wb, mark);
                    reusable.put(styleKey(mark.originalStyle(), mark.kind()), mark.appliedStyle());
                } catch (IllegalArgumentException e) {
                    // a row someone edited by hand: leave that cell as it is
                }
            }
        }
        removeNotes(wb);
        for (String name : List.of(ResultSheet.NAME, IndexSheet.NAME, SHEET)) {
            int index = wb.getSheetIndex(name);
            if (index >= 0) {
                wb.removeSheetAt(index);
            }
        }
        return reusable;
    }

    static String styleKey(int originalStyle, MarkKind kind) {
        return originalStyle + ":" + kind;
    }

    private static void restore(XSSFWorkbook wb, Mark mark) {
        XSSFSheet sheet = wb.getSheet(mark.sheet());
        if (sheet == null || mark.originalStyle() >= wb.getNumCellStyles()) {
            return;
        }
        CellAddress address = new CellAddress(mark.cell());
        if (address.getRow() > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
            return;
        }
        XSSFRow row = sheet.getRow(address.getRow());
        XSSFCell cell = row == null ? null : row.getCell(address.getColumn());
        if (cell == null) {
            return;
        }
        // A cell restyled by hand since the last annotation keeps the region's own style.
        if (cell.getCellStyle().getIndex() == mark.appliedStyle()) {
            cell.setCellStyle(wb.getCellStyleAt(mark.originalStyle()));
        }
        if (!mark.originalFormula().isEmpty() && cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
            try {
                // blank first: POI keeps an inline string ({@code <is>}) beside a new formula
                cell.setBlank();
                cell.setCellFormula(mark.originalFormula());
            } catch (RuntimeException e) {
                // the names it used are gone; the cell stays blank rather than invalid
            }
        }
    }

    /** Removes every note written by Goalbook; the region's own notes stay. */
    private static void removeNotes(XSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            for (Map.Entry<CellAddress, XSSFComment> e : sheet.getCellComments().entrySet()) {
                if (AUTHOR.equals(e.getValue().getAuthor())) {
                    XSSFRow row = sheet.getRow(e.getKey().getRow());
                    if (row == null) {
                        row = sheet.createRow(e.getKey().getRow());
                    }
                    XSSFCell cell = row.getCell(e.getKey().getColumn());
                    if (cell == null) {
                        cell = row.createCell(e.getKey().getColumn());
                    }
                    cell.removeCellComment();
                }
            }
        }
    }

    /** Writes the ledger as the last, very hidden sheet. */
    static void write(XSSFWorkbook wb, Collection<Mark> marks) {
        XSSFSheet sheet = wb.createSheet(SHEET);
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
            header.createCell(c).setCellValue(HEADER.get(c));
        }
        int r = 1;
        for (Mark m : marks) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(m.sheet());
            row.createCell(1).setCellValue(m.cell());
            row.createCell(2).setCellValue(m.originalStyle());
            row.createCell(3).setCellValue(m.appliedStyle());
            row.createCell(4).setCellValue(m.originalFormula() == null ? "" : m.originalFormula());
            row.createCell(5).setCellValue(m.kind().name());
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
