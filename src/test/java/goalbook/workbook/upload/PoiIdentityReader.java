package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.TemplateLayout;
import goalbook.workbook.upload.RawCellText;
import goalbook.workbook.intake.CustomProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The oracle's identity: a workbook's {@link TemplateIdentity} through POI's object model, custom
 * properties first, then the name {@code gb_identity}, then the sheet {@code gb_identitet}.
 */
final class PoiIdentityReader {

    private PoiIdentityReader() {}

    static TemplateIdentity read(XSSFWorkbook wb) {
        TemplateIdentity id = fromProperties(wb);
        if (id == null) {
            id = fromName(wb);
        }
        if (id == null) {
            id = fromSheet(wb);
        }
        return id;
    }

    private static TemplateIdentity fromProperties(XSSFWorkbook wb) {
        POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
        List<String> values = new ArrayList<>();
        for (String key : TemplateLayout.PROPERTY_KEYS) {
            CTProperty p = custom.getProperty(TemplateLayout.PROPERTY_PREFIX + key);
            values.add(p == null ? null : p.isSetLpwstr() ? p.getLpwstr() : p.isSetI4() ? String.valueOf(p.getI4())
                    : p.isSetLpstr() ? p.getLpstr() : p.isSetR8() ? String.valueOf((long) p.getR8()) : null);
        }
        return build(values);
    }

    private static TemplateIdentity fromName(XSSFWorkbook wb) {
        XSSFName name = wb.getName(TemplateLayout.IDENTITY_NAME);
        if (name == null) {
            return null;
        }
        try {
            AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
            XSSFSheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
            if (sheet == null) {
                return null;
            }
            List<String> values = new ArrayList<>();
            for (CellReference ref : area.getAllReferencedCells()) {
                Row row = sheet.getRow(ref.getRow());
                values.add(row == null ? null : text(row.getCell(ref.getCol())));
            }
            return build(values);
        } catch (RuntimeException e) {
            return null; // a broken name (#REF!): try the sheet
        }
    }

    private static TemplateIdentity fromSheet(XSSFWorkbook wb) {
        XSSFSheet sheet = wb.getSheet(TemplateLayout.IDENTITY_SHEET);
        if (sheet == null) {
            return null;
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (Row row : sheet) {
            String key = text(row.getCell(0));
            if (key != null) {
                byKey.put(key, text(row.getCell(1)));
            }
        }
        List<String> values = new ArrayList<>();
        for (String key : TemplateLayout.PROPERTY_KEYS) {
            values.add(byKey.get(key));
        }
        return build(values);
    }

    /**
     * A cell as plain text: strings as they are, numbers written plainly from the file's text, TRUE or
     * FALSE, the error's text, a formula by its saved value (empty without one); null when empty.
     */
    static String text(Cell cell) {
        if (!(cell instanceof org.apache.poi.xssf.usermodel.XSSFCell c)) {
            return null;
        }
        CellType t = c.getCellType();
        String v = c.getCTCell().isSetV() ? c.getCTCell().getV() : null;
        if (t == CellType.FORMULA) {
            t = c.getCachedFormulaResultType();
            if (v == null || v.isEmpty() && t != CellType.STRING) {
                return null;
            }
        }
        String text = switch (t) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> v == null ? null : RawCellText.plain(v);
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> null;
        };
        text = text == null ? null : text.strip();
        return text == null || text.isEmpty() ? null : text;
    }

    /** Null unless all six values are present and year and quarter are whole numbers. */
    private static TemplateIdentity build(List<String> v) {
        if (v.size() != TemplateLayout.PROPERTY_KEYS.length || v.stream().anyMatch(x -> x == null || x.isBlank())) {
            return null;
        }
        try {
            return new TemplateIdentity(v.get(0), v.get(1), Integer.parseInt(v.get(2)), Integer.parseInt(v.get(3)), v.get(4), v.get(5));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
