package goalbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real template filled, submitted over HTTP, answered with a report and an annotated workbook. */
class SubmissionHttpTest {
    static final String BASE = "/api/periods/2024-Q2/regions/nord";
    static final String REFERENCE = """
            {"regions":{"nord":{"jmf_andel_kvinnor":0.30,"jmf_andel_utlandsk":0.20,"plan_utbetalda_lan":100000000,
             "plan_avslutade_insatser":200,"plan_kostnad_per_insats":35000}},"group":{}}""";
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void start() {
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", REFERENCE).statusCode());
    }

    static byte[] template() {
        HttpResponse<byte[]> r = server.get(BASE + "/template.xlsx", "demo-nord");
        assertEquals(200, r.statusCode());
        return r.body();
    }

    @Test
    void submit_filledTemplate_storesVersionAndReportsEveryGoalMet() throws Exception {
        byte[] filled = FilledTemplates.fill(template(), FilledTemplates.B_Q2_MET);
        HttpResponse<byte[]> r = server.upload(BASE + "/submissions", "demo-nord", filled, null);
        assertEquals(201, r.statusCode(), new String(r.body()));
        JsonNode report = JSON.readTree(r.body());
        assertTrue(report.get("valid").asBoolean(), report.toPrettyString());
        assertTrue(report.get("version").asInt() >= 1);
        Map<String, String> statuses = new HashMap<>();
        report.get("goals").forEach(g -> statuses.put(g.get("id").asText(), g.get("status").asText()));
        for (String due : new String[] {"andel_tidiga_skeden", "andel_kvinnor", "andel_utlandsk_bakgrund", "avkastning_lan",
                "utbetalda_lan", "avslutade_insatser", "kostnad_per_insats", "kyc", "nps"}) {
            assertEquals("MET", statuses.get(due), due + " in " + report.toPrettyString());
        }
        assertEquals("NOT_DUE", statuses.get("nettoomsattningstillvaxt"));
        assertEquals("NOT_DUE", statuses.get("engagemangsindex"));
    }

    @Test
    void submit_sameBytesTwice_returnsTheSameVersion() throws Exception {
        Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
        values.put("unika_kunder", 101);
        byte[] filled = FilledTemplates.fill(template(), values);
        HttpResponse<byte[]> first = server.upload(BASE + "/submissions", "demo-nord", filled, null);
        HttpResponse<byte[]> again = server.upload(BASE + "/submissions", "demo-nord", filled, null);
        assertEquals(201, first.statusCode());
        assertEquals(200, again.statusCode());
        assertEquals(JSON.readTree(first.body()).get("version"), JSON.readTree(again.body()).get("version"));
        int v = JSON.readTree(first.body()).get("version").asInt();
        HttpResponse<byte[]> original = server.get(BASE + "/submissions/" + v + "/original.xlsx", "demo-nord");
        assertArrayEquals(filled, original.body());
    }

    @Test
    void validate_withProblems_annotatedWorkbookMarksCellsAndAddsResultSheets() throws Exception {
        Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
        values.put("kunder_tidiga_skeden", 70);
        values.put("kunder_kvinnor", "många");
        values.put("nps_kritiker", null);
        byte[] filled = FilledTemplates.fill(template(), values);
        int storedBefore = JSON.readTree(server.get(BASE + "/submissions", "demo-nord").body()).size();
        HttpResponse<byte[]> r = server.upload(BASE + "/validate", "demo-nord", filled, TestServer.XLSX);
        assertEquals(200, r.statusCode(), new String(r.body()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertNotNull(wb.getSheet("Resultat"));
            assertNotNull(wb.getSheet("Index"));
            Cell bad = FilledTemplates.cell(wb, "kunder_kvinnor");
            assertEquals("många", bad.getStringCellValue(), "the region's own content is kept");
            assertNotNull(bad.getCellComment(), "the wrong cell carries a note");
            Cell status = FilledTemplates.cell(wb, "gb_status_andel_tidiga_skeden");
            assertEquals("Ej uppfyllt", status.getStringCellValue());
            assertNotNull(((XSSFCell) status).getCellStyle().getFillForegroundColorColor());
        }
        HttpResponse<byte[]> list = server.get(BASE + "/submissions", "demo-nord");
        assertEquals(storedBefore, JSON.readTree(list.body()).size(), "a dry run stores nothing");
    }

    @Test
    void submit_retryWithSameIdempotencyKey_returnsTheFirstResult() throws Exception {
        Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
        values.put("unika_kunder", 150);
        byte[] first = FilledTemplates.fill(template(), values);
        values.put("unika_kunder", 151);
        byte[] retry = FilledTemplates.fill(template(), values);
        Map<String, String> key = Map.of("Idempotency-Key", "nord-2024-Q2-attempt-7");
        HttpResponse<byte[]> a = server.upload(BASE + "/submissions", "demo-nord", first, null, key);
        HttpResponse<byte[]> b = server.upload(BASE + "/submissions", "demo-nord", retry, null, key);
        assertEquals(201, a.statusCode());
        assertEquals(200, b.statusCode());
        assertEquals(JSON.readTree(a.body()).get("version"), JSON.readTree(b.body()).get("version"));
        assertEquals(JSON.readTree(a.body()).get("sha256"), JSON.readTree(b.body()).get("sha256"));
        assertEquals(422, server.upload("/api/periods/2024-Q3/regions/nord/submissions", "demo-nord", first, null, key).statusCode());
    }

    @Test
    void submit_annotatedWorkbookFixedAndSentAgain_isAcceptedWithOneSetOfMarks() throws Exception {
        Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
        values.put("kunder_kvinnor", "många");
        HttpResponse<byte[]> first = server.upload(BASE + "/submissions", "demo-nord", FilledTemplates.fill(template(), values), TestServer.XLSX);
        assertEquals(201, first.statusCode());
        byte[] fixed = FilledTemplates.fill(first.body(), Map.of("kunder_kvinnor", 40));
        HttpResponse<byte[]> again = server.upload(BASE + "/submissions", "demo-nord", fixed, TestServer.XLSX);
        assertEquals(201, again.statusCode(), new String(again.body()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(again.body()))) {
            int resultSheets = 0;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                resultSheets += wb.getSheetName(i).equals("Resultat") ? 1 : 0;
            }
            assertEquals(1, resultSheets, "marks are replaced, never stacked");
            assertEquals(null, FilledTemplates.cell(wb, "kunder_kvinnor").getCellComment(), "the fixed cell lost its note");
            assertEquals("Uppfyllt", FilledTemplates.cell(wb, "gb_status_andel_kvinnor").getStringCellValue());
        }
    }

    @Test
    void submit_forOtherRegion_isForbidden() {
        byte[] filled = FilledTemplates.fill(template(), FilledTemplates.B_Q2_MET);
        assertEquals(403, server.upload("/api/periods/2024-Q2/regions/mitt/submissions", "demo-nord", filled, null).statusCode());
    }

    @Test
    void submit_templateOfAnotherRegion_isRefusedWithSwedishMessage() throws Exception {
        byte[] filled = FilledTemplates.fill(template(), FilledTemplates.B_Q2_MET);
        HttpResponse<byte[]> r = server.upload("/api/periods/2024-Q2/regions/mitt/submissions", "demo-controller", filled, null);
        assertEquals(422, r.statusCode());
        JsonNode p = JSON.readTree(r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(p.get("sv").asText().contains("mall"), p.toPrettyString());
        assertTrue(p.get("sv").asText().startsWith("Filen är mallen för Almi Nord men skickades in för Almi Mitt"), p.toPrettyString());
    }

    @Test
    void submit_twoFileParts_orNotMultipart_isRefused() throws Exception {
        byte[] filled = FilledTemplates.fill(template(), FilledTemplates.B_Q2_MET);
        okhttp3.MultipartBody two = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM)
                .addFormDataPart("file", "a.xlsx", okhttp3.RequestBody.create(filled, okhttp3.MediaType.get(TestServer.XLSX)))
                .addFormDataPart("file", "b.xlsx", okhttp3.RequestBody.create(filled, okhttp3.MediaType.get(TestServer.XLSX))).build();
        okio.Buffer buffer = new okio.Buffer();
        two.writeTo(buffer);
        HttpResponse<byte[]> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + BASE + "/submissions"))
                .header("Authorization", "Bearer demo-nord").header("Content-Type", two.contentType().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(buffer.readByteArray())).build());
        assertEquals(400, r.statusCode());
        assertEquals("Skicka exakt en fil i fältet 'file'.", JSON.readTree(r.body()).get("sv").asText());
        HttpResponse<byte[]> raw = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + BASE + "/submissions"))
                .header("Authorization", "Bearer demo-nord").header("Content-Type", TestServer.XLSX)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(filled)).build());
        assertEquals(415, raw.statusCode());
    }

    @Test
    void submit_malformedMultipart_is400NotAServerError() throws Exception {
        for (String body : new String[] {"", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"}) {
            HttpResponse<byte[]> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + BASE + "/submissions"))
                    .header("Authorization", "Bearer demo-nord").header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(400, r.statusCode(), new String(r.body()));
        }
    }

    @Test
    void referenceData_forAYearTheStructureDoesNotCover_isRefused() {
        assertEquals(422, server.put("/api/reference/almi-2019/2024", "demo-controller", "{\"regions\":{},\"group\":{}}").statusCode());
        assertEquals(422, server.get("/api/reference/almi-2019/2024", "demo-controller").statusCode());
    }

    @Test
    void submit_largerThanTheLimit_is413BeforeReading() throws Exception {
        // Only the headers are sent: the answer must come from the declared length alone, without the body.
        // (Sending the body too races the refusal's connection close and loses the answer at random.)
        String head = "POST " + BASE + "/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer demo-nord\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 11 * 1024 * 1024 + "\r\n\r\n";
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", java.net.URI.create(server.base()).getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("för stor"), answer);
    }

    @Test
    void everyAnswer_carriesSecurityHeadersAndCorsOnlyForConfiguredOrigins() throws Exception {
        java.net.http.HttpRequest allowed = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/api/regions"))
                .header("Origin", "https://excel.officeapps.live.com").header("Authorization", "Bearer demo-nord").build();
        HttpResponse<byte[]> a = server.send(allowed);
        assertEquals("nosniff", a.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("default-src 'none'; frame-ancestors 'none'", a.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("https://excel.officeapps.live.com", a.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        java.net.http.HttpRequest other = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/api/regions"))
                .header("Origin", "https://evil.example").header("Authorization", "Bearer demo-nord").build();
        assertTrue(server.send(other).headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        java.net.http.HttpRequest preflight = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/api/regions"))
                .header("Origin", "https://excel.officeapps.live.com").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        assertEquals(204, server.send(preflight).statusCode());
        HttpResponse<byte[]> crash = server.get("/api/periods/2024-Q2/regions/nord/submissions/abc/original.xlsx", "demo-nord");
        assertEquals(400, crash.statusCode());
        assertTrue(!new String(crash.body()).contains("Exception"), "no stack traces leave the server");
    }

    @Test
    void submit_legacyXls_isRefusedAs415() throws Exception {
        byte[] xls = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, xls, 0, magic.length);
        HttpResponse<byte[]> r = server.upload(BASE + "/submissions", "demo-nord", xls, null);
        assertEquals(415, r.statusCode(), new String(r.body()));
        assertTrue(JSON.readTree(r.body()).get("sv").asText().contains(".xlsx"));
    }
}
