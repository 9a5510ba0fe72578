package goalbook.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Saves a workbook the way openpyxl does: every text cell as an inline string
 * ({@code <c t="inlineStr"><is><t>Uppfyllt</t></is></c>}) instead of a shared one, as when a region
 * fixes its annotated copy with a script and sends it again.
 */
public final class InlineStrings {

    private InlineStrings() {}

    public static byte[] resave(byte[] xlsx) {
        try (XSSFWorkbook wb = Filling.open(xlsx)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                for (Row row : sheet) {
                    row.forEach(c -> inline((XSSFCell) c));
                }
            }
            return Filling.bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inline(XSSFCell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return;
        }
        String text = cell.getStringCellValue();
        CTCell ct = cell.getCTCell();
        ct.setT(STCellType.INLINE_STR);
        if (ct.isSetV()) {
            ct.unsetV();
        }
        (ct.isSetIs() ? ct.getIs() : ct.addNewIs()).setT(text);
    }
}
