package goalbook.workbook.upload;

import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finds the cell behind a workbook-scoped defined name or a sheet-qualified reference, e.g.
 * {@code gb_status_nps} → {@code Inrapportering!F20}, creating the cell when the row holds none.
 */
final class NameLookup {
    private NameLookup() {}

    static Optional<XSSFCell> named(XSSFWorkbook wb, String name) {
        for (XSSFName n : wb.getNames(name)) {
            if (n.getSheetIndex() == -1 && !n.isFunctionName()) {
                try {
                    AreaReference area = new AreaReference(n.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                    return cell(wb, area.getFirstCell());
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** {@code ref} like {@code Inrapportering!D14} or {@code 'Mitt blad'!$D$14}; empty when it names no sheet here. */
    static Optional<XSSFCell> reference(XSSFWorkbook wb, String ref) {
        try {
            return cell(wb, new CellReference(ref));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<XSSFCell> cell(XSSFWorkbook wb, CellReference ref) {
        if (ref.getSheetName() == null || ref.getRow() < 0 || ref.getCol() < 0) {
            return Optional.empty();
        }
        XSSFSheet sheet = wb.getSheet(ref.getSheetName());
        if (sheet == null) {
            return Optional.empty();
        }
        XSSFRow row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        XSSFCell cell = row.getCell(ref.getCol());
        return Optional.of(cell != null ? cell : row.createCell(ref.getCol()));
    }
}
