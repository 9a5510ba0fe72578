package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.workbook.ExternalTools;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results CSV as a spreadsheet program reads it: LibreOffice, told what Swedish Excel assumes
 * (semicolons, UTF-8, Swedish locale), opens it as columns with numbers as numbers and å, ä, ö
 * intact; the comma variant reads the same way with a decimal point and an English locale.
 */
@Tag("integration")
class ResultsCsvLibreOfficeIT {
    /** kind … sha256, review: as many as the CSV's header names (ResultsCsv.HEADER). */
    private static final int COLUMNS = 16;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PERIOD = "2024-Q2";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @TempDir
    Path dir;

    @BeforeAll
    static void submit() {
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
        for (String region : new String[] {"nord", "gavle-dala"}) {
            Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
            assertEquals(201, PeriodHttpTest.submitTo(server, PERIOD, region, values), region);
        }
    }

    @Test
    void swedishCsv_opensAsColumnsWithNumbers() throws Exception {
        // 59 = ';', 34 = '"', 76 = UTF-8, first line 1, default column formats, 1053 = sv-SE
        assertOpensAsTable("results.csv", "CSV:59,34,76,1,,1053");
    }

    @Test
    void commaCsv_opensAsColumnsWithNumbers() throws Exception {
        // 44 = ',', 1033 = en-US: a decimal point
        assertOpensAsTable("results.csv?sep=comma", "CSV:44,34,76,1,,1033");
    }

    private void assertOpensAsTable(String route, String filter) throws Exception {
        JsonNode results = JSON.readTree(server.get("/api/periods/" + PERIOD + "/results", "demo-controller").body());
        byte[] csv = server.get("/api/periods/" + PERIOD + "/" + route, "demo-controller").body();
        Path file = Files.write(dir.resolve("resultat.csv"), csv);
        ExternalTools.Result r = ExternalTools.convert(file, filter, "xlsx", dir, dir);
        assertEquals(0, r.exitCode(), r.output());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("resultat.xlsx"))))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(COLUMNS, s.getRow(0).getLastCellNum(), "one column per field, not one long line");
            assertEquals("kind", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1 + results.get("goals").size() + results.get("indices").size(), s.getLastRowNum() + 1);
            int valueColumn = column(s, "value");
            int regionNameColumn = column(s, "region_name");
            JsonNode first = results.get("goals").get(0);
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(valueColumn).getCellType(), "a value is a number");
            assertEquals(first.get("value").asDouble(), s.getRow(1).getCell(valueColumn).getNumericCellValue(), 1e-9);
            boolean gavleDala = false;
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                gavleDala |= "Almi Gävle Dala".equals(s.getRow(i).getCell(regionNameColumn).getStringCellValue());
            }
            assertTrue(gavleDala, "å, ä and ö read as written");
        }
    }

    private static int column(XSSFSheet s, String name) {
        for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
            if (name.equals(s.getRow(0).getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
