package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The longest texts an upload can carry (Excel's 32 767 characters in a comment cell, with surrogate
 * pairs, control characters and formula-looking text) stored as valid versions: every workbook of the
 * quarter is still made, for every reader, and no cell in it holds more than Excel can.
 */
class WorstTextsHttpTest {
    static final String PERIOD = "2024-Q2";
    static final int EXCEL_MAX = 32_767;
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    static String worst(String start) {
        StringBuilder b = new StringBuilder(start).append("\t\u0001\u001F =cmd|' /C calc'!A0 ");
        while (b.length() < EXCEL_MAX - 1) {
            b.append("Förklaring 😀 ");
        }
        b.setLength(EXCEL_MAX - 1);
        if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
            b.setCharAt(b.length() - 1, 'x');
        }
        return b.append('.').toString();
    }

    @BeforeAll
    static void submitWorstTexts() {
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
        for (String region : new String[] {"nord", "mitt"}) {
            Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
            values.put("kunder_tidiga_skeden", 10); // goal 3 not met: its comment is shown everywhere
            byte[] tpl = server.get("/api/periods/" + PERIOD + "/regions/" + region + "/template.xlsx", "demo-controller").body();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(tpl))) {
                wb.getAllNames().stream().filter(n -> n.getNameName().startsWith("gb_comment_"))
                        .forEach(n -> values.put(n.getNameName(), worst(n.getNameName() + ": ")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            byte[] filled = FilledTemplates.fillDue(tpl, values);
            HttpResponse<byte[]> r = server.upload("/api/periods/" + PERIOD + "/regions/" + region + "/submissions", "demo-" + region, filled, null);
            assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyWorkbookOfTheQuarter_isMade_andNoCellHoldsMoreThanExcelCan() throws Exception {
        String[][] asked = {
            {"/api/periods/" + PERIOD + "/consolidated.xlsx", "demo-controller"},
            {"/api/periods/" + PERIOD + "/board.xlsx", "demo-controller"},
            {"/api/periods/" + PERIOD + "/regions/nord/board.xlsx", "demo-nord"},
            {"/api/periods/" + PERIOD + "/regions/nord/submissions/1/annotated.xlsx", "demo-nord"},
        };
        for (String[] a : asked) {
            HttpResponse<byte[]> r = server.get(a[0], a[1]);
            assertEquals(200, r.statusCode(), a[0] + ": " + new String(r.body(), StandardCharsets.UTF_8));
            assertWithinExcel(a[0], r.body());
        }
        assertEquals(200, server.get("/api/periods/" + PERIOD + "/results.csv", "demo-controller").statusCode());
        assertEquals(200, server.get("/api/periods/" + PERIOD + "/regions/nord/submissions", "demo-nord").statusCode());
    }

    @Test
    void afterApproval_theBoardStillGetsItsWorkbook() throws Exception {
        HttpResponse<byte[]> approved = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/api/periods/2024-Q2/approval"))
                .header("Authorization", "Bearer demo-controller").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"allowMissing\":true}")).build());
        assertEquals(201, approved.statusCode(), new String(approved.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> board = server.get("/api/periods/" + PERIOD + "/board.xlsx", "demo-board");
        assertEquals(200, board.statusCode());
        assertWithinExcel("approved board", board.body());
    }

    static void assertWithinExcel(String what, byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    assertTrue(row.getHeightInPoints() <= 409f, what + " " + s.getSheetName() + " row " + (row.getRowNum() + 1)
                            + " is " + row.getHeightInPoints() + " pt, over Excel's 409");
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            String t = c.getStringCellValue();
                            assertTrue(t.length() <= EXCEL_MAX, what + " " + s.getSheetName() + "!" + c.getAddress() + " holds " + t.length());
                        }
                        if (c.getCellComment() != null) {
                            assertTrue(c.getCellComment().getString().getString().length() <= EXCEL_MAX, what + " note at " + c.getAddress());
                        }
                    }
                }
            }
        }
    }
}
