package goalbook.workbook.referencebook;

import goalbook.workbook.intake.CustomProperties;
import goalbook.goals.GoalStructure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Which reference data a workbook holds, e.g. structure {@code almi-2021}, year 2024. Stored
 * twice, as custom properties ({@code goalbook.reference.structure}, {@code goalbook.reference.year})
 * and in the hidden sheet {@code gb_identitet}, because openpyxl drops custom properties on save.
 */
record ReferenceIdentity(String structure, String revision, int year) {

    static final String PROPERTY_PREFIX = "goalbook.reference.";
    static final String NAME = "gb_reference_identity";
    static final String LAYOUT = "reference-1";

    /** Writes both copies of the identity of {@code s} and {@code year} into {@code wb}. */
    static void write(XSSFWorkbook wb, GoalStructure s, int year) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("reference.structure", s.id());
        rows.put("reference.revision", s.revision());
        rows.put("reference.year", Integer.toString(year));
        rows.put("reference.template", LAYOUT);
        POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
        XSSFSheet sheet = wb.createSheet(ReferenceLayout.IDENTITY_SHEET);
        int r = 0;
        for (Map.Entry<String, String> e : rows.entrySet()) {
            custom.addProperty("goalbook." + e.getKey(), e.getValue());
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
        XSSFName name = wb.createName();
        name.setNameName(NAME);
        name.setRefersToFormula("'" + ReferenceLayout.IDENTITY_SHEET + "'!$B$1:$B$" + rows.size());
        sheet.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    /** The identity {@code wb} states, from its properties or else its hidden sheet; null when it states none. */
    static ReferenceIdentity read(XSSFWorkbook wb) {
        Map<String, String> found = fromProperties(wb);
        if (found.get("reference.structure") == null) {
            found = fromSheet(wb);
        }
        String structure = found.get("reference.structure");
        String year = found.get("reference.year");
        if (structure == null || structure.isBlank() || year == null || !year.trim().matches("\\d{4}")) {
            return null;
        }
        return new ReferenceIdentity(structure.trim(), found.get("reference.revision"), Integer.parseInt(year.trim()));
    }

    private static Map<String, String> fromProperties(XSSFWorkbook wb) {
        Map<String, String> found = new LinkedHashMap<>();
        POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
        for (String key : new String[] {"reference.structure", "reference.revision", "reference.year"}) {
            CTProperty p = custom.getProperty("goalbook." + key);
            if (p != null) {
                found.put(key, p.isSetLpwstr() ? p.getLpwstr() : p.isSetI4() ? Integer.toString(p.getI4())
                        : p.isSetLpstr() ? p.getLpstr() : null);
            }
        }
        return found;
    }

    private static Map<String, String> fromSheet(XSSFWorkbook wb) {
        Map<String, String> found = new LinkedHashMap<>();
        XSSFSheet sheet = wb.getSheet(ReferenceLayout.IDENTITY_SHEET);
        if (sheet == null) {
            return found;
        }
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            String key = ReferenceCells.text(row.getCell(0));
            String value = ReferenceCells.text(row.getCell(1));
            if (key != null && value != null) {
                found.put(key.trim(), value);
            }
        }
        return found;
    }
}
