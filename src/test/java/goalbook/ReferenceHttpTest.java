package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The controller's reference workbook over HTTP: download, upload back, and every problem at once in Swedish. */
class ReferenceHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String XLSX_PATH = "/api/reference/almi-2021/2024.xlsx";
    /** English words that must not reach a Swedish message (quoted input excepted). */
    static final Pattern ENGLISH = Pattern.compile("\\b(must|share|between|got|expected|unknown|field|is|not|number)\\b");
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void start() {
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE).statusCode());
    }

    static HttpResponse<byte[]> putWorkbook(byte[] xlsx) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + XLSX_PATH)).header("Authorization", "Bearer demo-controller")
                .header("Content-Type", TestServer.XLSX).PUT(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build());
    }

    /** The downloaded workbook with {@code values} typed into the cells of the given names (numbers or text). */
    static byte[] filled(Map<String, Object> values) throws Exception {
        byte[] xlsx = server.get(XLSX_PATH, "demo-controller").body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            values.forEach((name, v) -> {
                CellReference ref = new CellReference(wb.getName(name).getRefersToFormula());
                XSSFRow row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
                var cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
                if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) v);
                }
            });
            wb.write(out);
            return out.toByteArray();
        }
    }

    static void assertSwedishOnly(String text) {
        String prose = text.replaceAll("\"[^\"]*\"|'[^']*'", "");
        assertFalse(ENGLISH.matcher(prose).find(), "English in a Swedish message: " + text);
    }

    @Test
    void putWorkbook_withThreeProblems_refusesAllOfThemInSwedishWithCells_andSavesNothing() throws Exception {
        String before = new String(server.get("/api/reference/almi-2021/2024", "demo-controller").body());
        HttpResponse<byte[]> res = putWorkbook(filled(Map.of(
                "gb_ref_nord_plan_utbetalda_lan_year", -1.0,
                "gb_ref_mitt_jmf_andel_kvinnor_q2", 1.2,
                "gb_ref_koncernen_engagemangsindex_year", "ca 80")));
        assertEquals(422, res.statusCode());
        JsonNode body = JSON.readTree(res.body());
        assertEquals("https://goalbook.example/problems/invalid_reference_data", body.get("type").asText());
        assertEquals("Referensdata sparades inte: 3 fel att rätta. Rätta och ladda upp igen.", body.get("sv").asText());
        List<String> messages = new ArrayList<>();
        body.get("problems").forEach(p -> {
            assertTrue(p.get("cell").asText().startsWith("Referensdata!"), p.toString());
            assertEquals("ERROR", p.get("severity").asText());
            assertFalse(p.get("detail").asText().isBlank(), "English detail for API clients");
            messages.add(p.get("message").asText());
        });
        assertEquals(3, messages.size(), messages.toString());
        messages.forEach(ReferenceHttpTest::assertSwedishOnly);
        assertTrue(messages.get(0).startsWith("Almi Nord, ") && messages.get(0).endsWith("får inte vara negativt, angivet -1."), messages.get(0));
        assertTrue(messages.get(1).startsWith("Almi Mitt, ") && messages.get(1).endsWith("en andel ska vara mellan 0 % och 100 %, angivet 120 %."),
                messages.get(1));
        assertTrue(messages.get(2).startsWith("Koncernen, ") && messages.get(2).endsWith("'ca 80' är inte ett tal."), messages.get(2));
        assertEquals(before, new String(server.get("/api/reference/almi-2021/2024", "demo-controller").body()), "nothing was saved");
    }

    @Test
    void putWorkbook_valid_isSavedAsANewVersion() throws Exception {
        HttpResponse<byte[]> res = putWorkbook(filled(Map.of("gb_ref_mitt_jmf_andel_kvinnor_q2", 1.0, "gb_ref_mitt_plan_utbetalda_lan_year", 0.0)));
        assertEquals(200, res.statusCode(), new String(res.body()));
        assertTrue(JSON.readTree(res.body()).get("version").asInt() >= 2);
        JsonNode saved = JSON.readTree(server.get("/api/reference/almi-2021/2024", "demo-controller").body());
        assertEquals(1, saved.at("/regions/mitt/jmf_andel_kvinnor/Q2").asInt());
    }

    @Test
    void putJson_shareAbove100Percent_isRefusedInSwedishWithoutCell() throws Exception {
        HttpResponse<byte[]> res = server.put("/api/reference/almi-2021/2024", "demo-controller",
                "{\"regions\":{\"nord\":{\"jmf_andel_kvinnor\":80}},\"group\":{\"engagemangsindex\":\"högt\"}}");
        assertEquals(422, res.statusCode());
        JsonNode body = JSON.readTree(res.body());
        assertEquals(2, body.get("problems").size());
        JsonNode share = body.get("problems").get(0);
        assertEquals("regions.nord.jmf_andel_kvinnor", share.get("field").asText());
        assertTrue(share.get("cell").isNull());
        assertTrue(share.get("message").asText().endsWith("en andel ska vara mellan 0 % och 100 %, angivet 8 000 %."), share.toString());
        assertTrue(share.get("detail").asText().contains("between 0 and 1"), "the English detail stays for API clients");
        body.get("problems").forEach(p -> assertSwedishOnly(p.get("message").asText()));
        assertSwedishOnly(body.get("sv").asText());
    }
}
