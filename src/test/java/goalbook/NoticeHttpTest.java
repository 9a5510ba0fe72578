package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.notices.NoticeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notices through the running server and its background worker: an upload tells the controller's
 * webhook, a return goes to the region's webhook (here one that does not exist, so it fails for good),
 * and the controller sees both in {@code /api/notifications} and the failure on the status grid.
 * The clock is fixed in June 2024, outside any reminder window.
 */
@Timeout(60)
class NoticeHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MockWebServer HOOKS = new MockWebServer();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(Clock.fixed(Instant.parse("2024-06-10T08:00:00Z"), ZoneOffset.UTC), settings());

    private static NoticeSettings settings() {
        try {
            HOOKS.start();
            Path file = Files.createTempFile("goalbook-notices", ".yaml");
            Files.writeString(file, """
                    controller:
                      webhooks: [{url: "%scontroller", format: teams}]
                    regions:
                      nord:
                        webhooks: [{url: "%sgone", format: slack}]
                    """.formatted(HOOKS.url("/"), HOOKS.url("/")));
            file.toFile().deleteOnExit();
            return new NoticeSettings(file, null, 5, Duration.ofMillis(50), 3, Duration.ofMinutes(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopHooks() throws IOException {
        HOOKS.close();
    }

    private static JsonNode json(byte[] body) throws IOException {
        return JSON.readTree(body);
    }

    @Test
    void uploadAndReturn_reachTheirWebhooks_aFailingOneShowsToTheController() throws Exception {
        HOOKS.enqueue(new MockResponse.Builder().code(200).build());
        HOOKS.enqueue(new MockResponse.Builder().code(404).build());
        String nord = ConcurrentLoad.base("nord");
        byte[] template = server.get(nord + "/template.xlsx", "demo-nord").body();
        assertEquals(201, server.upload(nord + "/submissions", "demo-nord", FilledTemplates.fill(template, FilledTemplates.B_Q2_MET), null)
                .statusCode());

        RecordedRequest received = HOOKS.takeRequest(10, TimeUnit.SECONDS);
        assertNotNull(received, "the controller's webhook is called by the worker");
        assertEquals("/controller", received.getUrl().encodedPath());
        assertTrue(received.getBody().utf8().contains("Almi Nord har lämnat version 1 för 2024 kvartal 2"), received.getBody().utf8());

        assertEquals(201, server.post(nord + "/review", "demo-controller",
                "{\"decision\": \"returned\", \"reason\": \"Kundtiden verkar orimlig\"}").statusCode());
        RecordedRequest returned = HOOKS.takeRequest(10, TimeUnit.SECONDS);
        assertNotNull(returned);
        assertEquals("/gone", returned.getUrl().encodedPath());

        JsonNode overview = awaitFailed();
        assertEquals(true, overview.path("enabled").asBoolean());
        assertEquals(1, overview.path("counts").path("SENT").asInt());
        JsonNode failed = overview.path("latest").get(0);
        assertEquals("RETURNED", failed.path("kind").asText());
        assertEquals("HTTP 404 from the webhook", failed.path("lastError").asText());
        assertEquals(1, failed.path("attempts").asInt());

        JsonNode status = json(server.get("/api/periods/2024-Q2/status", "demo-controller").body());
        assertEquals(1, status.path("noticesFailed").asInt());
    }

    /** The worker marks the refusal right after the request; wait for it, bounded. */
    private static JsonNode awaitFailed() throws IOException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonNode o;
        do {
            o = json(server.get("/api/notifications", "demo-controller").body());
        } while ((o.path("counts").path("FAILED").asInt() == 0 || !o.path("latest").path(0).path("state").asText().equals("FAILED"))
                && System.nanoTime() < until);
        return o;
    }

    @Test
    void overview_isTheControllersAlone_andChecksItsParameters() {
        assertEquals(403, server.get("/api/notifications", "demo-nord").statusCode());
        assertEquals(401, server.get("/api/notifications", null).statusCode());
        assertEquals(400, server.get("/api/notifications?state=LOST", "demo-controller").statusCode());
        assertEquals(400, server.get("/api/notifications?limit=0", "demo-controller").statusCode());
        assertEquals(400, server.get("/api/notifications?limit=501", "demo-controller").statusCode());
        assertEquals(200, server.get("/api/notifications?limit=500&state=SENT", "demo-controller").statusCode());
    }
}
