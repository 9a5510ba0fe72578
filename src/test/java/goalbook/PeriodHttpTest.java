package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The controller's quarter over HTTP: status, approval that locks, reopening with a reason. */
class PeriodHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass(java.time.Clock.fixed(java.time.Instant.parse("2027-04-20T23:59:59Z"), java.time.ZoneOffset.UTC));

    @BeforeAll
    static void start() {
        // one second before 2027-Q1's deadline, so timeliness never depends on the day the tests run
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
    }

    static HttpResponse<byte[]> post(String path, String token, String json) {
        return postTo(server, path, token, json);
    }

    static HttpResponse<byte[]> postTo(TestServer server, String path, String token, String json) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static int submit(String period, String region, Map<String, Object> values) throws Exception {
        return submitTo(server, period, region, values);
    }

    static int submitTo(TestServer server, String period, String region, Map<String, Object> values) {
        byte[] tpl = server.get("/api/periods/" + period + "/regions/" + region + "/template.xlsx", "demo-controller").body();
        return server.upload("/api/periods/" + period + "/regions/" + region + "/submissions", "demo-" + region,
                FilledTemplates.fillDue(tpl, values), null).statusCode();
    }

    @Test
    void status_afterOneSubmission_countsItAndReEvaluatesWithCurrentPlanLevels() throws Exception {
        assertEquals(201, submit("2024-Q3", "nord", FilledTemplates.B_Q2_MET));
        JsonNode status = JSON.readTree(server.get("/api/periods/2024-Q3/status", "demo-controller").body());
        assertEquals(16, status.get("regions").asInt());
        assertEquals(1, status.get("submitted").asInt());
        assertEquals("OPEN", status.get("approval").asText());
        JsonNode nord = status.get("perRegion").get(0);
        assertEquals("nord", nord.get("region").asText());
        // Q3: loan return and cost per insats met; disbursed loans 60 M < 75 M and 120 insatser < 150 (annual × 3/4) not met.
        assertEquals(2, nord.get("met").asInt(), nord.toPrettyString());
        assertEquals(2, nord.get("notMet").asInt(), nord.toPrettyString());

        // A lower cost level set after the upload takes effect in the status (30 000 kr per insats > 29 999).
        String higher = SubmissionHttpTest.REFERENCE.replace("\"plan_kostnad_per_insats\":35000", "\"plan_kostnad_per_insats\":29999");
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", higher).statusCode());
        JsonNode after = JSON.readTree(server.get("/api/periods/2024-Q3/status", "demo-controller").body()).get("perRegion").get(0);
        assertEquals(1, after.get("met").asInt());
        assertEquals(3, after.get("notMet").asInt());
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
    }

    @Test
    void status_beforeTheDeadline_isOnTimeOrPending() throws Exception {
        // 2027-Q1 is due 2027-04-21 (20 days after the quarter): a version one second before is on time, a missing one pending.
        assertEquals(201, submit("2027-Q1", "nord", FilledTemplates.B_Q2_MET));
        JsonNode status = JSON.readTree(server.get("/api/periods/2027-Q1/status", "demo-controller").body());
        assertEquals("2027-04-21T00:00:00Z", status.get("deadline").asText());
        assertEquals("ON_TIME", status.get("perRegion").get(0).get("timeliness").asText());
        assertEquals("PENDING", status.get("perRegion").get(1).get("timeliness").asText());
        // 2024-Q3 was due 2024-10-21: a region without a version is overdue.
        JsonNode past = JSON.readTree(server.get("/api/periods/2024-Q3/status", "demo-controller").body());
        assertEquals("OVERDUE", past.get("perRegion").get(15).get("timeliness").asText());
    }

    @Test
    void status_isForTheControllerOnly() {
        assertEquals(403, server.get("/api/periods/2024-Q3/status", "demo-nord").statusCode());
        assertEquals(403, server.get("/api/periods/2024-Q3/status", "demo-board").statusCode());
        assertEquals(401, server.get("/api/periods/2024-Q3/status", null).statusCode());
    }

    @Test
    void approve_locksTheQuarterUntilReopenedWithAReason() throws Exception {
        Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
        assertEquals(201, submit("2024-Q1", "mitt", values));

        HttpResponse<byte[]> refused = post("/api/periods/2024-Q1/approval", "demo-controller", "");
        assertEquals(409, refused.statusCode(), "15 regions are missing");
        assertEquals(403, post("/api/periods/2024-Q1/approval", "demo-mitt", "{\"allowMissing\":true}").statusCode());
        HttpResponse<byte[]> approved = post("/api/periods/2024-Q1/approval", "demo-controller", "{\"allowMissing\":true}");
        assertEquals(201, approved.statusCode(), new String(approved.body()));

        values.put("utbetalda_lan", 61_000_000);
        byte[] tpl = server.get("/api/periods/2024-Q1/regions/mitt/template.xlsx", "demo-mitt").body();
        HttpResponse<byte[]> locked = server.upload("/api/periods/2024-Q1/regions/mitt/submissions", "demo-mitt",
                FilledTemplates.fillDue(tpl, values), null);
        assertEquals(409, locked.statusCode());
        String sv = JSON.readTree(locked.body()).get("sv").asText();
        assertTrue(sv.contains("godkänt") && sv.contains("demo-controller"), sv);
        assertEquals("APPROVED", JSON.readTree(server.get("/api/periods/2024-Q1/status", "demo-controller").body()).get("approval").asText());

        assertEquals(400, post("/api/periods/2024-Q1/reopen", "demo-controller", "{}").statusCode());
        assertEquals(200, post("/api/periods/2024-Q1/reopen", "demo-controller", "{\"reason\":\"Mitt rättar utbetalda lån\"}").statusCode());
        assertEquals(201, server.upload("/api/periods/2024-Q1/regions/mitt/submissions", "demo-mitt",
                FilledTemplates.fillDue(tpl, values), null).statusCode());
        assertEquals(409, post("/api/periods/2024-Q1/reopen", "demo-controller", "{\"reason\":\"again\"}").statusCode());

        // Both are audited, with who and why, in the hash-chained log.
        try (goalbook.storage.Database db = goalbook.storage.Database.open("jdbc:sqlite:" + server.dataDir.resolve("goalbook.db"))) {
            goalbook.storage.AuditLog audit = new goalbook.storage.AuditLog(db, java.time.Clock.systemUTC());
            java.util.List<goalbook.storage.AuditEntry> entries = audit.latest(50);
            assertTrue(entries.stream().anyMatch(e -> e.action().equals("period.approve") && e.subject().equals("2024-Q1")
                    && e.actor().equals("demo-controller")), entries.toString());
            assertTrue(entries.stream().anyMatch(e -> e.action().equals("period.reopen") && e.detail().contains("Mitt rättar utbetalda lån")),
                    entries.toString());
            assertTrue(audit.verify().intact());
        }
    }
}
