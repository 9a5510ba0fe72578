package goalbook.workbook.template;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.SheetKit;
import goalbook.workbook.Styles;
import goalbook.workbook.TemplateLayout;
import goalbook.workbook.intake.CustomProperties;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a template's identity twice: custom properties {@code goalbook.structure} … {@code
 * goalbook.template}, and the hidden sheet {@code gb_identitet} (key in A, value in B, rows 1–6)
 * named {@code gb_identity}, which survives tools that drop custom properties.
 */
final class IdentityStore {

    private IdentityStore() {}

    static TemplateIdentity of(GoalStructure s, Region region, Period p) {
        return new TemplateIdentity(s.id(), s.revision(), p.year(), p.quarter(), region.id(), TemplateLayout.TEMPLATE_REVISION);
    }

    static List<String> values(TemplateIdentity id) {
        return List.of(id.structure(), id.revision(), String.valueOf(id.year()), String.valueOf(id.quarter()), id.region(), id.template());
    }

    static void write(XSSFWorkbook wb, Styles st, TemplateIdentity id) {
        XSSFSheet sheet = wb.createSheet(TemplateLayout.IDENTITY_SHEET);
        List<String> values = values(id);
        POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
        for (int i = 0; i < values.size(); i++) {
            SheetKit.cell(sheet, i, 0, TemplateLayout.PROPERTY_KEYS[i], st.text);
            SheetKit.cell(sheet, i, 1, values.get(i), st.text);
            custom.addProperty(TemplateLayout.PROPERTY_PREFIX + TemplateLayout.PROPERTY_KEYS[i], values.get(i));
        }
        XSSFName name = wb.createName();
        name.setNameName(TemplateLayout.IDENTITY_NAME);
        name.setRefersToFormula("'" + TemplateLayout.IDENTITY_SHEET + "'!$B$1:$B$" + values.size());
        SheetKit.protect(sheet);
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }
}
