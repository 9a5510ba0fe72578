package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.access.Role;
import goalbook.access.TokensFile;
import goalbook.storage.AuditEntry;
import goalbook.storage.AuditLog;
import goalbook.storage.Database;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two tokens issued with the same label are two callers: each its own Idempotency-Key space and its own "who" in the audit log. */
class TokenIdentityHttpTest {
    static final String OWN = "/api/periods/2024-Q2/regions/nord";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameLabel_twoTokens_haveSeparateKeySpacesAndAuditIdentities(@TempDir Path dir) throws Exception {
        Path tokens = dir.resolve("tokens.txt");
        TokensFile.Issued first = TokensFile.issueWithId(tokens, Role.REGION, "nord", "Almi Nord");
        TokensFile.Issued second = TokensFile.issueWithId(tokens, Role.REGION, "nord", "Almi Nord");
        String controller = TokensFile.issue(tokens, Role.CONTROLLER, null, "Koncerncontroller");
        try (TestServer server = TestServer.withTokens(tokens)) {
            assertEquals(200, server.put("/api/reference/almi-2021/2024", controller, SubmissionHttpTest.REFERENCE).statusCode());
            byte[] template = server.get(OWN + "/template.xlsx", first.token()).body();
            Map<String, String> key = Map.of("Idempotency-Key", "attempt-1");

            HttpResponse<byte[]> a = server.upload(OWN + "/submissions", first.token(), filled(template, 301), null, key);
            assertEquals(201, a.statusCode(), new String(a.body()));
            // the same key from the other token is not a retry of the first token's upload
            HttpResponse<byte[]> b = server.upload(OWN + "/submissions", second.token(), filled(template, 302), null, key);
            assertEquals(201, b.statusCode(), new String(b.body()));
            assertNotEquals(JSON.readTree(a.body()).get("version"), JSON.readTree(b.body()).get("version"));
            // nor does it learn from a 422 that the first token used a key for another quarter
            assertEquals(201, server.upload(OWN + "/submissions", first.token(), filled(template, 305), null,
                    Map.of("Idempotency-Key", "only-first")).statusCode());
            byte[] q3 = server.get("/api/periods/2024-Q3/regions/nord/template.xlsx", second.token()).body();
            HttpResponse<byte[]> c = server.upload("/api/periods/2024-Q3/regions/nord/submissions", second.token(), q3,
                    null, Map.of("Idempotency-Key", "only-first"));
            assertEquals(201, c.statusCode(), "a 422 would tell the second token about the first one's key: " + new String(c.body()));
            // the first token's own retry still finds its own version
            HttpResponse<byte[]> retry = server.upload(OWN + "/submissions", first.token(), filled(template, 304), null, key);
            assertEquals(200, retry.statusCode());
            assertEquals(JSON.readTree(a.body()).get("version"), JSON.readTree(retry.body()).get("version"));

            JsonNode history = JSON.readTree(server.get(OWN + "/submissions", controller).body());
            history.forEach(v -> assertEquals("Almi Nord", v.get("who").asText(), "the label is what people read"));

            try (Database db = Database.open("jdbc:sqlite:" + server.dataDir.resolve("goalbook.db"))) {
                AuditLog audit = new AuditLog(db, Clock.systemUTC());
                List<String> storedBy = audit.latest(20).stream().filter(e -> e.action().equals("submission.store")).map(AuditEntry::actor).toList();
                assertTrue(storedBy.contains(first.id()) && storedBy.contains(second.id()), storedBy.toString());
                assertTrue(audit.verify().intact());
            }
        }
    }

    static byte[] filled(byte[] template, int customers) {
        Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
        values.put("unika_kunder", customers);
        return FilledTemplates.fill(template, values);
    }
}
