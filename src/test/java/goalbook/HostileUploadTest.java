package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uploads built from a real filled template (so they pass the identity check) that declare more than
 * a workbook may, or whose formulas would cost without bound to evaluate (issue 10). Each is answered
 * with a 4xx naming what was too large, or, for formulas, a report: no formula is evaluated, so a chain
 * or a quadratic sum without saved values is a problem on its cell, never a 500.
 */
class HostileUploadTest {
    private static final String BASE = "/api/periods/2024-Q2/regions/nord";
    private static final String SHEET = "xl/worksheets/sheet2.xml"; // Inrapportering
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static byte[] filled;

    @BeforeAll
    static void start() {
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE).statusCode());
        filled = FilledTemplates.fillDue(server.get(BASE + "/template.xlsx", "demo-nord").body(), FilledTemplates.B_Q2_MET);
    }

    @Test
    void millionEmptyRows_refusedAsTooManyRows() {
        StringBuilder rows = new StringBuilder();
        for (int r = 200; r <= 1_048_576; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        assertRefused(inSheetData(rows), "too_many_rows", "50 000 rader");
    }

    @Test
    void sixtyRowsOfAllColumns_refusedAsTooManyCells() {
        StringBuilder rows = new StringBuilder();
        for (int r = 200; r < 260; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 16_384; c++) {
                rows.append("<c><v>").append((r * 16_384 + c) * 7919 % 1_000_003).append("</v></c>"); // varied: no zip bomb
            }
            rows.append("</row>");
        }
        assertRefused(inSheetData(rows), "too_many_cells", "250 000 ifyllda celler");
    }

    @Test
    void millionSharedStrings_refusedAsTooManyTexts() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            items.append("<si><t>").append(Integer.toString(i * 7919 % 1_000_003, 36)).append("</t></si>"); // distinct: no zip bomb
        }
        assertRefused(edit("xl/sharedStrings.xml", x -> x.replace("</sst>", items + "</sst>")), "too_many_shared_strings", "100 000 olika texter");
    }

    @Test
    void identityNameOverTwoThousandFullRows_customPropertiesRemoved_refusedBeforeReading() {
        byte[] b = edit("docProps/custom.xml", x -> x.replace("name=\"goalbook.", "name=\"borttagen."));
        b = HostileGrafts.rewrite(b, parts -> replace(parts, "xl/workbook.xml", x -> x.replace("'gb_identitet'!$B$1:$B$6", "'gb_identitet'!$A$1:$XFD$2000")));
        assertRefused(b, "name_range_too_large", "gb_identity");
    }

    @Test
    void textLongerThanExcelAllows_refused() {
        assertRefused(edit("xl/sharedStrings.xml", x -> x.replace("</sst>", "<si><t>" + "x".repeat(40_000) + "</t></si></sst>")),
                "text_too_long", "32 767 tecken");
    }

    @Test
    void formulaLongerThanExcelAllows_refused() {
        assertRefused(inSheetData(new StringBuilder("<row r=\"300\"><c r=\"A300\"><f>" + "1+".repeat(4_600) + "1</f></c></row>")),
                "formula_too_long", "8 192 tecken");
    }

    @Test
    void tenThousandAndOneNames_refused() {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            names.append("<definedName name=\"extra").append(i).append("\">Inrapportering!$H$1</definedName>");
        }
        byte[] b = HostileGrafts.rewrite(filled, parts -> replace(parts, "xl/workbook.xml", x -> x.replace("</definedNames>", names + "</definedNames>")));
        assertRefused(b, "too_many_names", "10 000 definierade namn");
    }

    @Test
    void worksheetUnderAnotherName_stillCounted() {
        StringBuilder rows = new StringBuilder();
        for (int r = 200; r <= 60_000; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        byte[] b = HostileGrafts.rewrite(inSheetData(rows), parts -> {
            parts.put("xl/worksheets/blad.bin", parts.remove(SHEET));
            replace(parts, "xl/_rels/workbook.xml.rels", x -> x.replace("worksheets/sheet2.xml", "worksheets/blad.bin"));
            return replace(parts, "[Content_Types].xml", x -> x.replace("/xl/worksheets/sheet2.xml", "/xl/worksheets/blad.bin"));
        });
        assertRefused(b, "too_many_rows", "blad.bin");
    }

    @Test
    void formulaThatWouldBuildAGigabyteString_notEvaluated_problemOnItsCell() throws IOException {
        JsonNode report = submitted(withFormula("unika_kunder", "LEN(REPT(REPT(\"x\",32767),32767))", new StringBuilder()));
        assertProblem(report, "unika_kunder", "formula_without_value");
    }

    @Test
    void chainOfHundredThousandFormulas_notEvaluated_problemOnTheInput() throws IOException {
        StringBuilder rows = new StringBuilder();
        int cell = 0;
        for (int r = 200; cell < 100_000; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 7 && cell < 100_000; c++, cell++) {
                String col = String.valueOf((char) ('H' + c));
                String previous = c == 0 ? "N" + (r - 1) : (char) ('H' + c - 1) + String.valueOf(r);
                rows.append("<c r=\"").append(col).append(r).append("\"><f>").append(cell == 0 ? "1" : previous + "+1").append("</f></c>");
            }
            rows.append("</row>");
        }
        // a dry run: the JSON path reads with StAX only (a stored submission also writes the annotated copy with POI)
        JsonNode report = checked(withFormula("unika_kunder", "N14485", rows));
        assertProblem(report, "unika_kunder", "formula_without_value");
    }

    @Test
    void cellsEachSummingAllAbove_notEvaluated_problemOnTheInput() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 200; r < 3_200; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"H").append(r).append("\"><f>")
                    .append(r == 200 ? "1" : "SUM(H$200:H" + (r - 1) + ")").append("</f></c></row>");
        }
        JsonNode report = submitted(withFormula("unika_kunder", "H3199", rows));
        assertProblem(report, "unika_kunder", "formula_without_value");
        HttpResponse<byte[]> annotated = server.upload(BASE + "/validate", "demo-nord", withFormula("unika_kunder", "H3199", rows), TestServer.XLSX);
        assertEquals(200, annotated.statusCode(), "the annotated copy is written without evaluating the formulas");
    }

    private static void assertRefused(byte[] upload, String code, String svContains) {
        HttpResponse<byte[]> r = server.upload(BASE + "/submissions", "demo-nord", upload, null);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(422, r.statusCode(), body);
        assertTrue(body.contains("/problems/" + code + "\""), body);
        assertTrue(body.contains(svContains), body);
    }

    private static JsonNode submitted(byte[] upload) throws IOException {
        HttpResponse<byte[]> r = server.upload(BASE + "/submissions", "demo-nord", upload, null);
        assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }

    private static JsonNode checked(byte[] upload) throws IOException {
        HttpResponse<byte[]> r = server.upload(BASE + "/validate", "demo-nord", upload, null);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }

    private static void assertProblem(JsonNode report, String measure, String code) {
        for (JsonNode p : report.path("problems")) {
            if (measure.equals(p.path("measure").asText()) && code.equals(p.path("code").asText())) {
                assertTrue(p.path("cell").asText().startsWith("Inrapportering!"), p.toString());
                return;
            }
        }
        throw new AssertionError("no " + code + " for " + measure + " in " + report.path("problems"));
    }

    /** The input cell holds {@code formula} with no saved value, as a script writes it; {@code rows} go below the template. */
    private static byte[] withFormula(String name, String formula, StringBuilder rows) throws IOException {
        byte[] b;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            XSSFCell c = (XSSFCell) FilledTemplates.cell(wb, name);
            c.setBlank();
            c.getCTCell().addNewF().setStringValue(formula);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            b = out.toByteArray();
        }
        return HostileGrafts.rewrite(b, parts -> replace(parts, SHEET, x -> x.replace("</sheetData>", rows + "</sheetData>")));
    }

    private static byte[] inSheetData(StringBuilder rows) {
        return edit(SHEET, x -> x.replace("</sheetData>", rows + "</sheetData>"));
    }

    private static byte[] edit(String part, UnaryOperator<String> change) {
        return HostileGrafts.rewrite(filled, parts -> replace(parts, part, change));
    }

    private static Map<String, byte[]> replace(Map<String, byte[]> parts, String part, UnaryOperator<String> change) {
        byte[] old = parts.get(part);
        if (old == null) {
            throw new AssertionError("no part " + part + " in " + parts.keySet());
        }
        parts.put(part, change.apply(new String(old, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return parts;
    }
}
