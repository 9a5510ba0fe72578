package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot grow (SQLite's {@code max_page_count}, as a full disk would): uploads are
 * refused with a Swedish 503 saying nothing was saved, and {@code /health} says the server is unhealthy.
 */
class FullDatabaseHttpTest {
    static final String OWN = "/api/periods/2024-Q2/regions/nord";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Pages of an empty, migrated database, so the test allows only a few uploads more. */
    static int emptyDatabasePages() throws Exception {
        Path dir = Files.createTempDirectory("goalbook-pages");
        goalbook.storage.Database.open("jdbc:sqlite:" + dir.resolve("goalbook.db")).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("goalbook.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void fullDatabase_uploadIs503InSwedish_andHealthIs503() throws Exception {
        try (TestServer server = new TestServer(java.time.Clock.systemUTC(), "?max_page_count=" + (emptyDatabasePages() + 60))) {
            byte[] template = server.get(OWN + "/template.xlsx", "demo-nord").body();
            HttpResponse<byte[]> refused = null;
            int stored = 0;
            for (int i = 0; i < 30 && refused == null; i++) {
                Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
                values.put("unika_kunder", 2000 + i);
                HttpResponse<byte[]> r = server.upload(OWN + "/submissions", "demo-nord", FilledTemplates.fill(template, values), null);
                if (r.statusCode() == 201) {
                    stored++;
                } else {
                    refused = r;
                }
            }
            assertTrue(refused != null, "60 pages hold fewer than 30 uploads");
            assertEquals(503, refused.statusCode(), new String(refused.body()));
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            JsonNode problem = JSON.readTree(refused.body());
            assertEquals("https://goalbook.example/problems/storage_full", problem.get("type").asText());
            assertTrue(problem.get("sv").asText().contains("inte sparad"), problem.toString());
            assertEquals(stored, JSON.readTree(server.get(OWN + "/submissions", "demo-nord").body()).size(), "nothing half-stored");

            HttpResponse<byte[]> health = server.get("/health", null);
            assertEquals(503, health.statusCode(), new String(health.body()));
            assertTrue(JSON.readTree(health.body()).get("title").asText().contains("full"), new String(health.body()));
        }
    }
}
