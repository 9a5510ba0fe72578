package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.http.IntakeLimits;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request intake at its bounds, here 2 uploads in flight per caller, 3 in all, each body within 2 s:
 * a held upload is a {@link SlowUpload} that sends its headers and the start of a body, then waits.
 */
class IntakeHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(2);

    @RegisterExtension
    static final TestServer server = TestServer.perClass(new IntakeLimits(2, 3, DEADLINE));

    private static final java.util.Map<String, byte[]> FILLED = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<SlowUpload> held = new ArrayList<>();

    @BeforeAll
    static void fill() throws Exception {
        for (String region : List.of("nord", "mitt", "uppsala", "stockholm-sormland")) {
            HttpResponse<byte[]> t = server.get(ConcurrentLoad.base(region) + "/template.xlsx", "demo-" + region);
            assertEquals(200, t.statusCode());
            FILLED.put(region, FilledTemplates.fill(t.body(), FilledTemplates.B_Q2_MET));
        }
    }

    @AfterEach
    void release() {
        held.forEach(SlowUpload::close);
        held.clear();
        // the server notices the closed connections on its own threads: the next test starts with every place free
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (inFlight() > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(0, inFlight(), "places freed after the held uploads closed");
    }

    private SlowUpload hold(String region) {
        SlowUpload u = new SlowUpload(URI.create(server.base()).getPort(), ConcurrentLoad.base(region) + "/validate", "demo-" + region, 100_000);
        held.add(u);
        // admitted, reading its body: the server counts it in flight, and neither answers nor closes it
        int expected = held.size();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (inFlight() < expected && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(expected, inFlight(), region + "'s held upload is admitted");
        assertEquals(SlowUpload.NO_ANSWER_YET, u.answer(100), region + "'s held upload");
        return u;
    }

    private static int inFlight() {
        try {
            return JSON.readTree(server.get("/health", null).body()).get("uploadsInFlight").asInt();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> validate(String region) {
        return server.upload(ConcurrentLoad.base(region) + "/validate", "demo-" + region, FILLED.get(region), null);
    }

    @Test
    void perCaller_oneBelowTheBoundIsServed_atTheBoundTheNextIs429WithRetryAfterAndSwedish() throws Exception {
        hold("nord");
        assertEquals(200, validate("nord").statusCode(), "second of two allowed");
        hold("nord");
        HttpResponse<byte[]> third = validate("nord");
        assertEquals(429, third.statusCode());
        assertEquals("5", third.headers().firstValue("Retry-After").orElse(""));
        JsonNode problem = JSON.readTree(third.body());
        assertTrue(problem.get("type").asText().endsWith("/too_many_uploads"), problem.toString());
        assertTrue(problem.get("sv").asText().contains("2 filer på väg in"), problem.toString());
        assertEquals(200, validate("mitt").statusCode(), "another region is not held up by nord's bound");
    }

    @Test
    void total_belowTheBoundServed_atTheBoundTheNextIs503_andSmallRequestsStillAnswer() throws Exception {
        hold("nord");
        hold("mitt");
        assertEquals(200, validate("uppsala").statusCode(), "third of three in all");
        hold("uppsala");
        HttpResponse<byte[]> fourth = validate("stockholm-sormland");
        assertEquals(503, fourth.statusCode());
        assertEquals("5", fourth.headers().firstValue("Retry-After").orElse(""));
        assertTrue(JSON.readTree(fourth.body()).get("sv").asText().contains("inget har sparats"));
        assertEquals(200, server.get("/health", null).statusCode());
        assertEquals(200, server.get(ConcurrentLoad.base("stockholm-sormland") + "/template.xlsx", "demo-stockholm-sormland").statusCode());
    }

    @Test
    void deadline_aBodyThatTricklesIsCutOff_andItsPlaceIsFreed() throws Exception {
        SlowUpload first = hold("nord");
        SlowUpload second = hold("nord");
        long start = System.nanoTime();
        String answer = SlowUpload.NO_ANSWER_YET;
        // one byte every 200 ms keeps an idle timeout happy, never the deadline
        while (answer.equals(SlowUpload.NO_ANSWER_YET) && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
            first.trickle();
            second.trickle();
            answer = first.answer(200);
        }
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(SlowUpload.CLOSED, answer);
        assertTrue(waited >= DEADLINE.toMillis() - 700, "cut after " + waited + " ms, before the deadline");
        assertTrue(waited < DEADLINE.toMillis() + 3000, "cut after " + waited + " ms");
        assertEquals(SlowUpload.CLOSED, second.answer(3000));
        assertEquals(200, validate("nord").statusCode(), "both places free again");
    }

    @Test
    void deadline_aBodyThatArrivesInTimeIsRead() throws Exception {
        SlowUpload slowButInTime = new SlowUpload(URI.create(server.base()).getPort(), ConcurrentLoad.base("nord") + "/validate",
                "demo-nord", 1);
        held.add(slowButInTime);
        // the declared body is complete: the server answers (400, not a workbook), not a closed connection
        assertTrue(slowButInTime.answer(5000).startsWith("HTTP/1.1 4"), "answered");
    }
}
