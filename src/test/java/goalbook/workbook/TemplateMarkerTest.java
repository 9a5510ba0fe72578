package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TemplateMarkerTest {

    @Test
    void present_inATemplate_isTrue() {
        byte[] t = new TemplateRenderer().render(TestStructures.structureB(), new Region("nord", "Almi Nord"), new Period(2024, 2), Map.of());
        assertTrue(TemplateMarker.present(t));
    }

    @Test
    void present_inAPlainWorkbook_isFalse() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("gb_identity");
            wb.write(out);
            assertFalse(TemplateMarker.present(out.toByteArray()));
        }
    }
}
