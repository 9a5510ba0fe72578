package goalbook.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.FilledTemplates;
import goalbook.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The real server with 2024 reference data for nord, its Q2 template, and filled workbooks with and without errors. */
final class AddinFixture implements AutoCloseable {
    static final String PERIOD = "/api/periods/2024-Q2/regions/nord";
    static final String TOKEN = "demo-nord";
    static final String REFERENCE = """
            {"regions":{"nord":{"jmf_andel_kvinnor":0.30,"jmf_andel_utlandsk":0.20,"plan_utbetalda_lan":100000000,
             "plan_avslutade_insatser":200,"plan_kostnad_per_insats":35000}},"group":{}}""";
    static final ObjectMapper JSON = new ObjectMapper();

    /** "Now" for the server: mid-August 2024, so 2024-Q2 is the last completed quarter and its deadline has passed. */
    static final Clock NOW = Clock.fixed(Instant.parse("2024-08-15T08:00:00Z"), ZoneOffset.UTC);

    /** Sign-in with Microsoft 365 is on beside the demo tokens: a person with app role Goalbook.Region.nord and Goalbook.Region.mitt serves both. */
    final goalbook.access.TestIssuer issuer = new goalbook.access.TestIssuer();
    final TestServer server = new TestServer(NOW, issuer.settings(accessFile()));
    final byte[] template;
    final byte[] valid;
    final byte[] withError;

    AddinFixture() {
        assertEquals(200, server.get("/addin/taskpane.html", null).statusCode(),
                "the server must serve the add-in: HttpApp registers new AddinRoutes(publicUrl)");
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", REFERENCE).statusCode());
        HttpResponse<byte[]> t = server.get(PERIOD + "/template.xlsx", TOKEN);
        assertEquals(200, t.statusCode());
        template = t.body();
        valid = FilledTemplates.fill(template, FilledTemplates.B_Q2_MET);
        Map<String, Object> bad = new HashMap<>(FilledTemplates.B_Q2_MET);
        bad.put("kunder_kvinnor", "många");
        withError = FilledTemplates.fill(template, bad);
    }

    private static java.nio.file.Path accessFile() {
        try {
            return java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("access", ".yaml"), """
                    regions:
                      nord: { roles: [Goalbook.Region.nord] }
                      mitt: { roles: [Goalbook.Region.mitt] }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An access token from the test issuer for {@code name} with these app roles, valid at {@link #NOW}. */
    String signedIn(String name, String... roles) {
        return issuer.token(NOW.instant(), b -> b.claim("name", name).claim("roles", List.of(roles)));
    }

    String url(String path) {
        return server.base() + path;
    }

    /** The cells the server's dry run names for {@code workbook}, e.g. {@code [Inrapportering!D14]}. */
    List<String> problemCells(byte[] workbook) {
        try {
            JsonNode report = JSON.readTree(server.upload(PERIOD + "/validate", TOKEN, workbook, null).body());
            List<String> cells = new ArrayList<>();
            report.get("problems").forEach(p -> {
                if (p.hasNonNull("cell")) {
                    cells.add(p.get("cell").asText());
                }
            });
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code xlsx} with values (Double or String) typed into the cells of the given defined names. */
    static byte[] fillNamed(byte[] xlsx, Map<String, Object> values) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            values.forEach((name, v) -> {
                CellReference ref = new CellReference(wb.getName(name).getRefersToFormula());
                XSSFRow row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
                XSSFCell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
                if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) v);
                }
            });
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        issuer.close();
    }
}
