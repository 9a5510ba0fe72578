package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.sources.ScbAnswers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The controller refreshes the comparison values of 2024 from an SCB-shaped server through the API:
 * a preview with every region and the group, one saved version, and its provenance on the
 * consolidated workbook's Källor.
 */
@Timeout(120)
class ScbFetchHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MockWebServer SCB = new MockWebServer();

    @RegisterExtension
    static final TestServer server = TestServer.perClassWithScb(scb());

    private static String scb() {
        try {
            SCB.setDispatcher(ScbAnswers.dispatcher(Set.of(), Set.of()));
            SCB.start();
            return SCB.url("/api/v2").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopScb() throws IOException {
        SCB.close();
    }

    @Test
    void previewFetchAndConsolidated_carryTheGroupAndTheProvenance() throws Exception {
        String base = "/api/reference/almi-2021/2024";
        JsonNode preview = JSON.readTree(server.get(base + "/fetch-preview", "demo-controller").body());
        assertEquals(0, preview.path("failures").size(), preview.toString());
        JsonNode group = null;
        for (JsonNode row : preview.path("rows")) {
            if (row.path("region").asText().equals("Koncernen") && row.path("measure").asText().equals("jmf_andel_kvinnor")) {
                group = row;
            }
        }
        assertTrue(group != null, "the group is previewed too");
        assertEquals("0.2338095238095238", group.path("fetched").asText());

        HttpResponse<byte[]> fetched = server.post(base + "/fetch", "demo-controller", "");
        assertEquals(201, fetched.statusCode(), new String(fetched.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, JSON.readTree(fetched.body()).path("version").asInt(), "the first version: the preview saved nothing");
        JsonNode saved = JSON.readTree(server.get(base, "demo-controller").body());
        assertEquals("0.345", saved.at("/regions/nord/jmf_andel_kvinnor").asText(), saved.toString());
        assertEquals("0.2338095238095238", saved.at("/group/jmf_andel_kvinnor").asText(), saved.toString());

        byte[] consolidated = server.get("/api/periods/2024-Q2/consolidated.xlsx", "demo-controller").body();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "scb-konsoliderad.xlsx"), consolidated); // kept for a look in LibreOffice
        String kallor = BoardHttpTest.sheetText(consolidated, "Källor");
        assertTrue(kallor.contains("Version 1 av referensdata används."), kallor);
        assertTrue(java.util.regex.Pattern.compile("SCB\\|[0-9a-f]{64}\\|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\|TAB_SMF_SNABB").matcher(kallor).find(),
                "a row: source, the answer's SHA-256, when, table: " + kallor);
    }
}
