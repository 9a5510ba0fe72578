package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/** An approved quarter refuses uploads before they are parsed, and its status shows the snapshot as an object. */
@Timeout(120)
class ApprovedQuarterHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass(java.time.Clock.fixed(java.time.Instant.parse("2024-10-01T08:00:00Z"), java.time.ZoneOffset.UTC));

    @BeforeAll
    static void start() {
        HttpResponse<byte[]> approved = PeriodHttpTest.postTo(server, "/api/periods/2024-Q3/approval", "demo-controller", "{\"allowMissing\":true}");
        assertEquals(201, approved.statusCode(), new String(approved.body(), StandardCharsets.UTF_8));
    }

    /** Garbage would be 415 not_a_workbook in an open quarter; an approved one answers 409 without looking at it. */
    @Test
    void submit_garbageBytesToApprovedQuarter_is409PeriodApproved() throws Exception {
        for (byte[] body : new byte[][] {"inte en arbetsbok".getBytes(StandardCharsets.UTF_8), new byte[0], {'P', 'K', 3, 4, 0}}) {
            HttpResponse<byte[]> r = server.upload("/api/periods/2024-Q3/regions/mitt/submissions", "demo-mitt", body, null);
            JsonNode problem = JSON.readTree(r.body());
            assertEquals(409, r.statusCode(), problem.toString());
            assertTrue(problem.get("type").asText().endsWith("/period_approved"), problem.toString());
        }
    }

    @Test
    void submit_garbageBytesToOpenQuarter_isStillRefusedForWhatItIs() throws Exception {
        HttpResponse<byte[]> r = server.upload("/api/periods/2024-Q2/regions/mitt/submissions", "demo-mitt",
                "inte en arbetsbok".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(415, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void status_approvedQuarter_snapshotIsAnObjectNotAString() throws Exception {
        JsonNode last = JSON.readTree(server.get("/api/periods/2024-Q3/status", "demo-controller").body()).get("lastApproval");
        assertEquals("APPROVED", last.get("state").asText());
        JsonNode snapshot = last.get("snapshot");
        assertTrue(snapshot.isObject(), last.toString());
        assertEquals("almi-2021", snapshot.get("structure").asText());
        assertEquals(16, snapshot.get("missing").size());
        assertTrue(snapshot.get("approvedWithMissing").asBoolean());
    }
}
