package goalbook.notices;

import goalbook.storage.NoticeOutbox;
import goalbook.storage.QueuedNotice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Webhook notices: the JSON each event sends, retries with backoff, once per event and address, across a restart. */
@Timeout(60)
class NoticeDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer hooks = new MockWebServer();
    private NoticeRig rig;

    @BeforeEach
    void start() throws Exception {
        hooks.start();
        String base = hooks.url("/").toString();
        rig = new NoticeRig("""
                controller:
                  webhooks:
                    - url: %scontroller
                      format: teams
                regions:
                  nord:
                    webhooks:
                      - url: %snord
                        format: slack
                """.formatted(base, base), null, databaseUrl());
    }

    /** The database the rig runs on; null: SQLite. */
    String databaseUrl() {
        return null;
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
        hooks.close();
    }

    private RecordedRequest next() throws InterruptedException {
        RecordedRequest r = hooks.takeRequest(5, TimeUnit.SECONDS);
        assertTrue(r != null, "a webhook request");
        return r;
    }

    @Test
    void versionReceived_postsAnAdaptiveCardToTheControllersTeamsWebhook() throws Exception {
        hooks.enqueue(new MockResponse.Builder().code(202).build());
        int version = rig.submit("nord");

        assertEquals(1, rig.worker.runOnce());
        RecordedRequest r = next();
        assertEquals("/controller", r.getUrl().encodedPath());
        JsonNode message = JSON.readTree(r.getBody().utf8());
        assertEquals("message", message.path("type").asText());
        JsonNode attachment = message.path("attachments").get(0);
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.path("contentType").asText());
        JsonNode card = attachment.path("content");
        assertEquals("AdaptiveCard", card.path("type").asText());
        assertEquals("Almi Nord har lämnat version " + version + " för 2024 kvartal 2", card.path("body").get(0).path("text").asText());
        assertTrue(card.path("body").get(1).path("text").asText().contains("kontakt@nord.almi.se"), card.toString());
        assertEquals("https://goalbook.example/addin/taskpane.html", card.path("actions").get(0).path("url").asText());
        assertEquals(0, rig.worker.runOnce(), "sent once");
        assertEquals(1, hooks.getRequestCount());
        assertEquals("SENT", rig.all().get(0).state());
    }

    @Test
    void returned_postsSlackTextToTheRegion_withTheReason() throws Exception {
        hooks.enqueue(new MockResponse.Builder().code(200).build());
        hooks.enqueue(new MockResponse.Builder().code(200).build());
        rig.submit("nord");
        rig.returnVersion("nord", "Kundtiden verkar orimlig <kontrollera>");

        assertEquals(2, rig.worker.runOnce());
        next();
        RecordedRequest r = next();
        assertEquals("/nord", r.getUrl().encodedPath());
        String text = JSON.readTree(r.getBody().utf8()).path("text").asText();
        assertTrue(text.startsWith("*Almi Nord: rapporten för 2024 kvartal 2 har återförvisats*\n"), text);
        assertTrue(text.contains("Kundtiden verkar orimlig &lt;kontrollera&gt;"), "Slack markup escaped: " + text);
    }

    @Test
    void serverError_isRetriedAfterTheBackoff_andDeliveredOnce() throws Exception {
        hooks.enqueue(new MockResponse.Builder().code(500).build());
        hooks.enqueue(new MockResponse.Builder().code(200).build());
        rig.submit("nord");

        assertEquals(0, rig.worker.runOnce());
        QueuedNotice waiting = rig.all().get(0);
        assertEquals("PENDING", waiting.state());
        assertEquals(1, waiting.attempts());
        assertEquals("HTTP 500 from the webhook", waiting.lastError());

        rig.clock.advance(Duration.ofSeconds(59));
        assertEquals(0, rig.worker.runOnce(), "just before the first retry's wait of a minute");
        assertEquals(1, hooks.getRequestCount());
        rig.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, rig.worker.runOnce(), "at the minute");
        rig.clock.advance(Duration.ofHours(2));
        assertEquals(0, rig.worker.runOnce());
        assertEquals(2, hooks.getRequestCount());
        assertEquals(next().getBody().utf8(), next().getBody().utf8(), "the same notice both times");
    }

    @Test
    void restartBetweenAttempts_deliversOnce() throws Exception {
        hooks.enqueue(new MockResponse.Builder().code(503).build());
        hooks.enqueue(new MockResponse.Builder().code(200).build());
        rig.submit("nord");
        assertEquals(0, rig.worker.runOnce());

        rig.restart();
        rig.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, rig.worker.runOnce());
        rig.restart();
        rig.clock.advance(Duration.ofHours(3));
        assertEquals(0, rig.worker.runOnce());
        assertEquals(2, hooks.getRequestCount());
        assertEquals(List.of("SENT"), rig.all().stream().map(QueuedNotice::state).toList());
    }

    @Test
    void workerThatDiedMidSend_isTakenOverWhenItsLeaseEnds() throws Exception {
        hooks.enqueue(new MockResponse.Builder().code(200).build());
        rig.submit("nord");
        assertEquals(1, rig.outbox.claimDue(rig.clock.instant(), 10).size(), "claimed by a worker that then dies");
        rig.restart();

        assertEquals(0, rig.worker.runOnce(), "still leased");
        rig.clock.advance(Duration.ofMillis(NoticeOutbox.LEASE_MILLIS + 1));
        assertEquals(1, rig.worker.runOnce(), "taken over after the lease");
        assertEquals(1, hooks.getRequestCount());
    }

    @Test
    void notFound_failsForGoodAtOnce_andShowsInTheOverview() throws Exception {
        hooks.enqueue(new MockResponse.Builder().code(404).build());
        rig.submit("nord");
        rig.worker.runOnce();
        rig.clock.advance(Duration.ofDays(1));
        rig.worker.runOnce();

        assertEquals(1, hooks.getRequestCount(), "a missing webhook is not asked again");
        QueuedNotice d = rig.all().get(0);
        assertEquals("FAILED", d.state());
        assertEquals("HTTP 404 from the webhook", d.lastError());
        assertEquals(java.util.Map.of("FAILED", 1), rig.outbox.counts());
    }

    @Test
    void tooManyRequests_waitsWhatRetryAfterAsks() throws Exception {
        hooks.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "600").build());
        hooks.enqueue(new MockResponse.Builder().code(200).build());
        rig.submit("nord");
        rig.worker.runOnce();

        rig.clock.advance(Duration.ofSeconds(599));
        assertEquals(0, rig.worker.runOnce());
        rig.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, rig.worker.runOnce());
    }

    @Test
    void lastAttempt_failsForGood() throws Exception {
        for (int i = 0; i < 4; i++) {
            hooks.enqueue(new MockResponse.Builder().code(502).build());
        }
        rig.submit("nord");
        for (int i = 0; i < 6; i++) {
            rig.worker.runOnce();
            rig.clock.advance(Duration.ofHours(1));
        }
        assertEquals(4, hooks.getRequestCount(), "the rig allows 4 attempts");
        assertEquals("FAILED", rig.all().get(0).state());
    }

    @Test
    void backoff_doublesFromTheFirstWait_upToAnHour() {
        assertEquals(Duration.ofMinutes(1), rig.worker.wait(1, null));
        assertEquals(Duration.ofMinutes(2), rig.worker.wait(2, null));
        assertEquals(Duration.ofMinutes(32), rig.worker.wait(6, null));
        assertEquals(Duration.ofHours(1), rig.worker.wait(7, null));
        assertEquals(Duration.ofHours(1), rig.worker.wait(40, null));
        assertEquals(Duration.ofMinutes(5), rig.worker.wait(1, Duration.ofMinutes(5)));
    }

    @Test
    void eventWithNoRecipients_queuesNothing() {
        rig.submit("mitt");
        rig.approveAllowingMissing();
        assertEquals(List.of("VERSION_RECEIVED"), rig.all().stream().map(d -> d.kind()).toList(),
                "the controller hears of mitt's version; mitt and the board have no addresses");
        assertNull(rig.all().get(0).sentAt());
    }
}
