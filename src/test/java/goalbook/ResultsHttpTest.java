package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quarter's results as JSON and CSV: the consolidated workbook's numbers, for the right readers. */
class ResultsHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PERIOD = "2024-Q2";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static final List<String> regionIds = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
        for (JsonNode r : JSON.readTree(server.get("/api/regions", "demo-controller").body())) {
            regionIds.add(r.get("id").asText());
        }
        assertEquals(16, regionIds.size());
        for (int i = 0; i < regionIds.size(); i++) {
            // different figures per region, so some goals are met and some not
            Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
            values.put("unika_kunder", 60 + 9 * i);
            values.put("kunder_tidiga_skeden", 30 + 4 * i);
            values.put("kunder_kvinnor", 20 + 3 * i);
            values.put("avslutade_insatser", 90 + 5 * i);
            assertEquals(201, PeriodHttpTest.submitTo(server, PERIOD, regionIds.get(i), values), regionIds.get(i));
        }
    }

    static JsonNode results(String token) throws Exception {
        HttpResponse<byte[]> r = server.get("/api/periods/" + PERIOD + "/results", token);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }

    /** Matris cell by cell: "region name|goal number" → "value" or "status text", plus the note's status and target. */
    static Map<String, String> matrix(byte[] xlsx) throws Exception {
        Map<String, String> cells = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet s = wb.getSheet("Matris");
            Row header = null;
            for (Row r : s) {
                Cell a = r.getCell(0);
                if (header == null) {
                    if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals("Region")) {
                        header = r;
                    }
                    continue;
                }
                if (a == null || a.getCellType() != CellType.STRING || a.getStringCellValue().startsWith("Målnivå")) {
                    continue;
                }
                String who = a.getStringCellValue();
                for (int c = 1; c < header.getLastCellNum(); c++) {
                    Cell h = header.getCell(c);
                    Cell v = r.getCell(c);
                    if (h == null || v == null) {
                        continue;
                    }
                    String number = h.getStringCellValue().substring(0, h.getStringCellValue().indexOf('.'));
                    String text = v.getCellType() == CellType.NUMERIC ? Double.toString(v.getNumericCellValue()) : v.getStringCellValue();
                    String note = v.getCellComment() == null ? "" : v.getCellComment().getString().getString();
                    cells.put(who + "|" + number, text + "|" + note);
                }
                if (who.equals("Koncernen")) {
                    break;
                }
            }
        }
        return cells;
    }

    static Map<String, String> fromJson(JsonNode results) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (JsonNode g : results.get("goals")) {
            String who = g.get("regionName").asText();
            String text = g.get("value").isNull() ? g.get("statusText").asText() : Double.toString(g.get("value").doubleValue());
            cells.put(who + "|" + g.get("goalNumber").asInt(), text + "|" + who + ": " + g.get("statusText").asText() + "\nMålnivå: " + g.get("target").asText());
        }
        return cells;
    }

    @Test
    void json_equalsTheConsolidatedMatrix_cellByCell_forAllSixteenRegionsAndTheGroup() throws Exception {
        Map<String, String> matrix = matrix(server.get("/api/periods/" + PERIOD + "/consolidated.xlsx", "demo-controller").body());
        JsonNode results = results("demo-controller");
        assertEquals(17, matrix.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().count(), matrix.keySet().toString());
        assertTrue(matrix.size() >= 17 * 3, "matrix read: " + matrix.size());
        assertEquals(matrix, fromJson(results));
        long statuses = matrix.values().stream().map(v -> v.substring(v.lastIndexOf(':', v.indexOf('\n')))).distinct().count();
        assertTrue(statuses >= 2, "the fixture should give more than one status");
    }

    @Test
    void json_carriesVersionHashTrendAndIndices() throws Exception {
        JsonNode results = results("demo-controller");
        assertEquals("almi-2021", results.get("structure").asText());
        JsonNode first = results.get("goals").get(0);
        assertEquals(regionIds.get(0), first.get("region").asText());
        assertEquals(1, first.get("version").asInt());
        assertEquals(64, first.get("sha256").asText().length());
        assertTrue(first.has("trend") && first.has("status") && first.has("goalId"));
        JsonNode last = results.get("goals").get(results.get("goals").size() - 1);
        assertEquals("koncernen", last.get("region").asText());
        assertTrue(last.get("version").isNull());
        assertTrue(results.get("indices").size() > 0);
        assertTrue(results.get("indices").findValuesAsText("region").contains("koncernen"));
    }

    @Test
    void region_readsOnlyItsOwnRows() throws Exception {
        JsonNode own = results("demo-nord");
        assertTrue(own.get("goals").size() > 0);
        for (JsonNode g : own.get("goals")) {
            assertEquals("nord", g.get("region").asText());
        }
        for (JsonNode i : own.get("indices")) {
            assertEquals("nord", i.get("region").asText());
        }
        String csv = new String(server.get("/api/periods/" + PERIOD + "/results.csv", "demo-mitt").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(";mitt;") && !csv.contains(";nord;") && !csv.contains(";koncernen;"), csv);
    }

    @Test
    void csv_swedishByDefault_bomSemicolonsDecimalComma_andPlainCommaByParameter() throws Exception {
        JsonNode results = results("demo-controller");
        HttpResponse<byte[]> r = server.get("/api/periods/" + PERIOD + "/results.csv", "demo-controller");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] b = r.body();
        // kept for looking at it in LibreOffice with Swedish CSV settings (see the README)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/look"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/look/results.csv"), b);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]));
        String[] lines = new String(b, 3, b.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(1 + results.get("goals").size() + results.get("indices").size(), lines.length);
        int columns = lines[0].split(";", -1).length;
        assertEquals(16, columns);
        assertTrue(lines[0].endsWith(";sha256;review"), lines[0]);
        assertTrue(lines[0].startsWith("kind;structure;period;region;"));
        JsonNode g = results.get("goals").get(0);
        String value = g.get("value").decimalValue().stripTrailingZeros().toPlainString();
        assertTrue(lines[1].contains(";" + value.replace('.', ',') + ";"), lines[1] + " should hold " + value);
        assertTrue(lines[1].contains("Almi") || lines[1].contains(g.get("regionName").asText()));

        HttpResponse<byte[]> plain = server.get("/api/periods/" + PERIOD + "/results.csv?sep=comma", "demo-controller");
        String text = new String(plain.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("kind,structure,period,region,"), text.substring(0, 40));
        assertTrue(text.split("\r\n")[1].contains("," + value + ","));
        assertEquals(400, server.get("/api/periods/" + PERIOD + "/results.csv?sep=tab", "demo-controller").statusCode());
    }

    @Test
    void board_readsResultsOnlyAfterApproval() throws Exception {
        assertEquals(403, server.get("/api/periods/2024-Q3/results", "demo-board").statusCode());
        assertEquals(201, PeriodHttpTest.postTo(server, "/api/periods/2024-Q3/approval", "demo-controller", "{\"allowMissing\":true}").statusCode());
        HttpResponse<byte[]> r = server.get("/api/periods/2024-Q3/results", "demo-board");
        assertEquals(200, r.statusCode());
        assertNotNull(JSON.readTree(r.body()).get("goals"));
        assertEquals(200, server.get("/api/periods/2024-Q3/results.csv", "demo-board").statusCode());
    }
}
