package goalbook.workbook.upload;

import goalbook.workbook.MarkKind;
import goalbook.workbook.ExcelText;
import goalbook.workbook.Styles;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills cells and adds Goalbook notes for one annotation, e.g. {@code Inrapportering!D14} filled red with
 * the note "Uppgift saknas: ...". A cell keeps its own font, border and number format: the fill goes on a
 * copy of its style, one copy per (original style, mark) and reused across annotations.
 */
final class CellMarker {
    private final XSSFWorkbook wb;
    private final Map<String, Integer> styles;
    private final Map<String, MarkLedger.Mark> marks = new LinkedHashMap<>();

    CellMarker(XSSFWorkbook wb, Map<String, Integer> reusableStyles) {
        this.wb = wb;
        this.styles = new LinkedHashMap<>(reusableStyles);
    }

    /**
     * Fills {@code cell} for {@code kind}; an ERROR fill is never downgraded by a later mark.
     * {@code replacedFormula} is the live formula the caller is about to replace, or null.
     */
    void fill(XSSFCell cell, MarkKind kind, String replacedFormula) {
        String key = cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString();
        MarkLedger.Mark earlier = marks.get(key);
        if (earlier != null && earlier.kind() == MarkKind.ERROR) {
            return;
        }
        int original = earlier != null ? earlier.originalStyle() : cell.getCellStyle().getIndex();
        String formula = earlier != null && earlier.originalFormula() != null ? earlier.originalFormula() : replacedFormula;
        int applied = styles.computeIfAbsent(MarkLedger.styleKey(original, kind), k -> newStyle(original, kind));
        cell.setCellStyle(wb.getCellStyleAt(applied));
        marks.put(key, new MarkLedger.Mark(cell.getSheet().getSheetName(), cell.getAddress().formatAsString(),
                original, applied, formula, kind));
    }

    /** Adds a Goalbook note; a note the region wrote itself is left alone (Excel allows one per cell). */
    void note(XSSFCell cell, String text) {
        XSSFComment existing = cell.getCellComment();
        if (existing != null && !MarkLedger.AUTHOR.equals(existing.getAuthor())) {
            return;
        }
        if (existing != null) {
            cell.removeCellComment();
        }
        XSSFDrawing drawing = cell.getSheet().createDrawingPatriarch();
        int col = cell.getColumnIndex();
        int row = cell.getRowIndex();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col + 1, row, col + 5, row + 5);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(ExcelText.fit(text)));
        comment.setAuthor(MarkLedger.AUTHOR);
        cell.setCellComment(comment);
    }

    Collection<MarkLedger.Mark> marks() {
        return marks.values();
    }

    private int newStyle(int original, MarkKind kind) {
        XSSFCellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(wb.getCellStyleAt(original));
        style.setFillForegroundColor(Styles.colour(kind.rgbBytes()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style.getIndex();
    }
}
