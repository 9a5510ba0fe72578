package goalbook.workbook.upload;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Repairs cells that hold an inline string beside a value or formula, e.g. {@code <v>Uppfyllt</v><is><t>Uppgift
 * saknas</t></is>}: Excel rejects such a cell. Scripts (openpyxl) save text as inline strings, and POI, asked
 * to write into such a cell, adds a {@code <v>} and keeps the {@code <is>}, so an annotated copy sent again
 * could carry one. A formula keeps its formula; otherwise the inline string, which is what readers show, stays.
 */
final class ValidCells {

    private ValidCells() {}

    static void repair(XSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell c : row) {
                    repair(((XSSFCell) c).getCTCell());
                }
            }
        }
    }

    static void repair(CTCell ct) {
        if (!ct.isSetIs() || !ct.isSetV() && !ct.isSetF()) {
            return;
        }
        if (ct.isSetF()) {
            ct.unsetIs();
            if (ct.getT() == STCellType.INLINE_STR) {
                ct.setT(STCellType.STR);
            }
        } else {
            ct.unsetV();
        }
    }
}
