package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * What the controller opens cannot reach outside the workbook: targets outside it are refused at
 * upload with their own code (a web or mail hyperlink excepted), and the annotated copy keeps live
 * only the template's own formulas and plain arithmetic typed in input cells; everything else (a DDE
 * formula, a HYPERLINK to a share) is kept as the value Excel showed.
 */
class ForeignContentHttpTest {
    static final String BASE = "/api/periods/2024-Q2/regions/nord";
    static final String SHEET = "xl/worksheets/sheet2.xml"; // Inrapportering
    static final String IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static byte[] template;
    static byte[] filled;

    @BeforeAll
    static void start() {
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE).statusCode());
        template = server.get(BASE + "/template.xlsx", "demo-nord").body();
        filled = FilledTemplates.fillDue(template, FilledTemplates.B_Q2_MET);
    }

    @Test
    void pictureLinkedToAWindowsShare_isRefusedNamingTheTarget() {
        assertRefused(withPart("xl/drawings/_rels/drawing9.xml.rels", HostileGrafts.externalRelationship(IMAGE, "\\\\host\\share\\x.png")),
                "\\\\host\\\\share\\\\x.png");
    }

    @Test
    void hyperlinkToAFileShare_isRefused() {
        assertRefused(withPart("xl/worksheets/_rels/sheet9.xml.rels", HostileGrafts.externalRelationship(HYPERLINK, "file://host/share/x")),
                "file://host/share/x");
    }

    @Test
    void imageFromTheWeb_isRefusedToo_onlyHyperlinksMayPointToTheWeb() {
        assertRefused(withPart("xl/drawings/_rels/drawing9.xml.rels", HostileGrafts.externalRelationship(IMAGE, "https://tracker.example/p.png")),
                "https://tracker.example/p.png");
    }

    @Test
    void webAndMailHyperlinks_areAccepted() {
        for (String target : new String[] {"https://www.almi.se/", "http://www.almi.se/", "mailto:nord@almi.se"}) {
            HttpResponse<byte[]> r = server.upload(BASE + "/validate", "demo-nord",
                    withPart("xl/worksheets/_rels/sheet9.xml.rels", HostileGrafts.externalRelationship(HYPERLINK, target)), null);
            assertEquals(200, r.statusCode(), target + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void annotatedCopy_keepsLiveOnlyTheTemplatesFormulasAndArithmeticInInputs() throws Exception {
        byte[] upload;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            XSSFCell input = (XSSFCell) FilledTemplates.cell(wb, "unika_kunder");
            input.setCellFormula("60+40");
            input.getCTCell().setV("100");
            XSSFCell comment = (XSSFCell) FilledTemplates.cell(wb, "gb_comment_nps");
            comment.setCellFormula("HYPERLINK(\"file://host/share\",\"klicka\")");
            comment.getCTCell().setT(STCellType.STR);
            comment.getCTCell().setV("klicka");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            upload = out.toByteArray();
        }
        // a DDE formula below the template, with the value Excel cached for it
        upload = HostileGrafts.rewrite(upload, parts -> {
            String xml = new String(parts.get(SHEET), StandardCharsets.UTF_8);
            parts.put(SHEET, xml.replace("</sheetData>", "<row r=\"200\"><c r=\"H200\"><f>cmd|' /C calc'!A0</f><v>0</v></c></row></sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            return parts;
        });
        HttpResponse<byte[]> r = server.upload(BASE + "/validate", "demo-nord", upload, TestServer.XLSX);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        try (XSSFWorkbook annotated = new XSSFWorkbook(new ByteArrayInputStream(r.body()));
             XSSFWorkbook tpl = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet in = annotated.getSheet("Inrapportering");
            Cell dde = in.getRow(199).getCell(7);
            assertEquals(CellType.NUMERIC, dde.getCellType(), "the DDE formula is kept as its value");
            assertEquals(0.0, dde.getNumericCellValue());
            Cell comment = FilledTemplates.cell(annotated, "gb_comment_nps");
            assertEquals(CellType.STRING, comment.getCellType(), "the HYPERLINK formula is kept as its value");
            assertEquals("klicka", comment.getStringCellValue());
            Cell input = FilledTemplates.cell(annotated, "unika_kunder");
            assertEquals(CellType.FORMULA, input.getCellType(), "arithmetic typed in an input stays as typed");
            assertEquals("60+40", input.getCellFormula());
            Map<String, String> templateFormulas = formulas(tpl.getSheet("Inrapportering"));
            Map<String, String> kept = formulas(in);
            kept.remove(((XSSFCell) input).getReference());
            assertEquals(templateFormulas, kept, "exactly the template's own formulas stay live, each in its own cell");
        }
    }

    private static Map<String, String> formulas(XSSFSheet sheet) {
        Map<String, String> f = new java.util.TreeMap<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    f.put(((XSSFCell) c).getReference(), c.getCellFormula());
                }
            }
        }
        return f;
    }

    private static byte[] withPart(String name, byte[] xml) {
        return HostileGrafts.rewrite(filled, parts -> {
            parts.put(name, xml);
            return parts;
        });
    }

    private static void assertRefused(byte[] upload, String targetInJson) {
        HttpResponse<byte[]> r = server.upload(BASE + "/submissions", "demo-nord", upload, null);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(422, r.statusCode(), body);
        assertTrue(body.contains("/problems/external_targets\""), body);
        assertTrue(body.contains("inloggningsuppgifter") && body.contains(targetInJson), body);
    }
}
