package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Consolidated and board workbooks over HTTP: who may fetch them, draft marking, and numbers frozen by approval. */
class BoardHttpTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void start() throws Exception {
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
        for (String region : new String[] {"nord", "mitt"}) {
            Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
            if (region.equals("mitt")) {
                values.put("kunder_tidiga_skeden", 10);
            }
            assertEquals(201, PeriodHttpTest.submitTo(server, "2024-Q2", region, values));
        }
    }

    static String sheetText(byte[] xlsx, String sheet) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet s = wb.getSheet(sheet);
            assertNotNull(s, "sheet " + sheet);
            StringBuilder sb = new StringBuilder();
            DataFormatter f = new DataFormatter();
            for (Row r : s) {
                r.forEach(c -> sb.append(f.formatCellValue(c)).append('|'));
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    @Test
    void consolidated_isForTheControllerAndListsSources() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/periods/2024-Q2/consolidated.xlsx", "demo-controller");
        assertEquals(200, r.statusCode());
        String sources = sheetText(r.body(), "Källor");
        assertTrue(sources.contains("Almi Nord") && sources.contains("Ej inlämnad"), sources);
        assertTrue(sheetText(r.body(), "Matris").contains("Koncernen"));
        assertEquals(403, server.get("/api/periods/2024-Q2/consolidated.xlsx", "demo-nord").statusCode());
        assertEquals(403, server.get("/api/periods/2024-Q2/consolidated.xlsx", "demo-board").statusCode());
    }

    @Test
    void boardWorkbook_draftForControllerUntilApproved_thenFrozenForTheBoard() throws Exception {
        HttpResponse<byte[]> draft = server.get("/api/periods/2024-Q2/board.xlsx", "demo-controller");
        assertEquals(200, draft.statusCode());
        assertTrue(sheetText(draft.body(), "Mål").contains("UTKAST – ej godkänt"));
        assertEquals(403, server.get("/api/periods/2024-Q2/board.xlsx", "demo-board").statusCode());
        assertEquals(403, server.get("/api/periods/2024-Q2/board.xlsx", "demo-nord").statusCode());

        assertEquals(201, PeriodHttpTest.postTo(server, "/api/periods/2024-Q2/approval", "demo-controller", "{\"allowMissing\":true}").statusCode());
        HttpResponse<byte[]> approved = server.get("/api/periods/2024-Q2/board.xlsx", "demo-board");
        assertEquals(200, approved.statusCode());
        String goals = sheetText(approved.body(), "Mål");
        assertFalse(goals.contains("UTKAST"), goals);

        // Reference data changed after approval does not change the approved numbers.
        String changed = SubmissionHttpTest.REFERENCE.replace("\"jmf_andel_kvinnor\":0.30", "\"jmf_andel_kvinnor\":0.45");
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", changed).statusCode());
        assertEquals(goals, sheetText(server.get("/api/periods/2024-Q2/board.xlsx", "demo-board").body(), "Mål"));
        // ... while an open quarter takes the new level at once.
        String openBefore = sheetText(server.get("/api/periods/2024-Q3/board.xlsx", "demo-controller").body(), "Mål");
        assertNotEquals("", openBefore);
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
    }

    @Test
    void regionBoard_forThatRegionAndTheController() throws Exception {
        HttpResponse<byte[]> own = server.get("/api/periods/2024-Q2/regions/mitt/board.xlsx", "demo-mitt");
        assertEquals(200, own.statusCode());
        assertTrue(sheetText(own.body(), "Mål").contains("Almi Mitt"));
        assertEquals(200, server.get("/api/periods/2024-Q2/regions/mitt/board.xlsx", "demo-controller").statusCode());
        assertEquals(403, server.get("/api/periods/2024-Q2/regions/mitt/board.xlsx", "demo-nord").statusCode());
        assertEquals(403, server.get("/api/periods/2024-Q2/regions/mitt/board.xlsx", "demo-board").statusCode());
    }

    @Test
    void reopened_theBoardKeepsTheEarlierApprovalMarkedSuperseded_untilApprovedAgain() throws Exception {
        String board = "/api/periods/2024-Q4/board.xlsx";
        assertEquals(201, PeriodHttpTest.submitTo(server, "2024-Q4", "nord", FilledTemplates.B_Q2_MET));
        assertEquals(403, server.get(board, "demo-board").statusCode(), "never approved: nothing for the board");
        String approval = "/api/periods/2024-Q4/approval";
        assertEquals(201, PeriodHttpTest.postTo(server, approval, "demo-controller", "{\"allowMissing\":true,\"allowNotAccepted\":true}").statusCode());
        String approvedGoals = sheetText(server.get(board, "demo-board").body(), "Mål");
        assertEquals(200, PeriodHttpTest.postTo(server, "/api/periods/2024-Q4/reopen", "demo-controller", "{\"reason\":\"Nord & Mitt rättar\"}")
                .statusCode());

        HttpResponse<byte[]> kept = server.get(board, "demo-board");
        assertEquals(200, kept.statusCode());
        assertTrue(kept.headers().firstValue("Content-Disposition").orElse("").contains("ersatt"), kept.headers().map().toString());
        String goals = sheetText(kept.body(), "Mål");
        assertTrue(goals.startsWith("ERSATT – godkänt "), goals);
        assertEquals(approvedGoals, goals.substring(goals.indexOf('\n') + 1),
                "below the banner, the same sheet as approved");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(kept.body()))) {
            assertTrue(wb.getSheet("Mål").getHeader().getCenter().contains("ERSATT"));
            String front = sheetText(kept.body(), wb.getSheetName(0));
            assertTrue(front.contains("öppnades igen") && front.contains("Nord & Mitt rättar"), front);
        }
        assertTrue(sheetText(server.get(board, "demo-controller").body(), "Mål").contains("UTKAST"), "the controller works on the draft");

        assertEquals(201, PeriodHttpTest.postTo(server, approval, "demo-controller", "{\"allowMissing\":true,\"allowNotAccepted\":true}").statusCode());
        assertFalse(sheetText(server.get(board, "demo-board").body(), "Mål").contains("ERSATT"), "approved again: the new approval");
    }
}
