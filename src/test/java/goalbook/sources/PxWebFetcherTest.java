package goalbook.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class PxWebFetcherTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, List<String>> COUNTIES = Map.of("nord", List.of("24", "25"), "gotland", List.of("09"));
    private static final PxWebMapping SHARE = new PxWebMapping("jmf_andel_kvinnor", "TAB1",
            Map.of("Region", List.of("{region}"), "ContentsCode", List.of("K", "A"), "Tid", List.of("{year}")),
            Map.of("ContentsCode", "K"), Map.of("ContentsCode", "A"), null, null);

    private PxWebFetcher fetcher(Duration timeout) {
        return new PxWebFetcher(new PxWebClient(server.url("/api/v2").toString(), timeout,
                new RateWindow(30, Duration.ofSeconds(10), Clock.systemUTC())), clock);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse(code, Headers.of("Content-Type", "application/json"), body);
    }

    private static String good() {
        return ScbAnswers.answer(Map.of("09", Arrays.asList(5, 20), "24", Arrays.asList(30, 100), "25", Arrays.asList(10, 100)), "K", "A", 2024);
    }

    @Test
    void fetch_goodAnswer_ratioOfCountySumsPerRegionWithProvenance() throws Exception {
        server.enqueue(json(200, good()));

        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(SHARE), COUNTIES, 2024);

        assertTrue(out.complete(), out.failures().toString());
        assertEquals(new BigDecimal("0.2"), out.values().get("nord").get("jmf_andel_kvinnor"));
        assertEquals(new BigDecimal("0.25"), out.values().get("gotland").get("jmf_andel_kvinnor"));
        Provenance p = out.provenance().get(0);
        assertEquals("TAB1", p.table());
        assertEquals(PxWebFetcher.sha256(good()), p.sha256());
        assertEquals(clock.instant(), p.fetchedAt());
        RecordedRequest r = server.takeRequest();
        assertEquals("POST", r.getMethod());
        assertEquals("/api/v2/tables/TAB1/data", r.getUrl().encodedPath());
        assertEquals("json-stat2", r.getUrl().queryParameter("outputFormat"));
        String body = r.getBody().utf8();
        assertTrue(body.contains("{\"variableCode\":\"Region\",\"valueCodes\":[\"09\",\"24\",\"25\"]}"), body);
        assertTrue(body.contains("{\"variableCode\":\"Tid\",\"valueCodes\":[\"2024\"]}"), body);
        assertEquals(body, p.query());
    }

    @Test
    void fetch_cellWithScaleAndOffset_growthInPercent() {
        server.enqueue(json(200, good()));
        PxWebMapping growth = new PxWebMapping("jmf_omsattningstillvaxt", "TAB2",
                Map.of("Region", List.of("{region}"), "ContentsCode", List.of("K", "A"), "Tid", List.of("{year}")),
                Map.of("ContentsCode", "A"), Map.of("ContentsCode", "K"), new BigDecimal("100"), new BigDecimal("-100"));

        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(growth), Map.of("gotland", List.of("09")), 2024);

        assertEquals(new BigDecimal("300"), out.values().get("gotland").get("jmf_omsattningstillvaxt"));
    }

    @Test
    void fetch_429WithRetryAfter_waitsAndSucceeds() throws Exception {
        server.enqueue(new MockResponse(429, Headers.of("Retry-After", "1"), ""));
        server.enqueue(json(200, good()));
        long start = System.nanoTime();

        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(SHARE), COUNTIES, 2024);

        assertTrue(out.complete(), out.failures().toString());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(950), "waited for Retry-After");
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void fetch_429BeyondRetries_failsNamingTheMeasure() {
        for (int i = 0; i <= PxWebClient.MAX_RETRIES_429; i++) {
            server.enqueue(new MockResponse(429, Headers.of("Retry-After", "0"), ""));
        }
        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(SHARE), COUNTIES, 2024);

        assertEquals(1, out.failures().size());
        assertTrue(out.failures().get(0).title().contains("HTTP 429"), out.failures().toString());
        assertEquals(PxWebClient.MAX_RETRIES_429 + 1, server.getRequestCount());
    }

    @Test
    void fetch_timeout_failsNamingMeasureAndNoValues() {
        server.enqueue(new MockResponse.Builder().code(200).body(good()).headersDelay(3, TimeUnit.SECONDS).build());

        FetchOutcome out = fetcher(Duration.ofMillis(500)).fetch(List.of(SHARE), COUNTIES, 2024);

        assertEquals(1, out.failures().size());
        FetchFailure f = out.failures().get(0);
        assertEquals("jmf_andel_kvinnor", f.measure());
        assertTrue(f.title().contains("no answer within"), f.title());
        assertTrue(f.sv().contains("inget svar inom"), f.sv());
        assertTrue(out.values().isEmpty());
    }

    @Test
    void fetch_500_failsNamingTable() {
        server.enqueue(json(500, "{\"title\":\"oops\"}"));
        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(SHARE), COUNTIES, 2024);

        assertEquals(List.of("jmf_andel_kvinnor: table TAB1: HTTP 500"), out.failures().stream().map(FetchFailure::title).toList());
        assertTrue(out.failures().get(0).sv().contains("svarade med HTTP 500"));
    }

    @Test
    void fetch_malformedBody_failsAsNotJsonStat() {
        server.enqueue(json(200, "{\"class\":\"dataset\",\"id\":[\"Region\"]"));
        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(SHARE), COUNTIES, 2024);

        assertEquals(1, out.failures().size());
        assertTrue(out.failures().get(0).title().contains("not JSON"), out.failures().toString());
    }

    @Test
    void fetch_countyMissingFromAnswer_failsNamingRegionAndMeasureOnly() {
        server.enqueue(json(200, ScbAnswers.answer(Map.of("24", Arrays.asList(30, 100), "25", Arrays.asList(10, 100)), "K", "A", 2024)));

        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(SHARE), COUNTIES, 2024);

        assertEquals(1, out.failures().size());
        FetchFailure f = out.failures().get(0);
        assertEquals("gotland", f.region());
        assertEquals("jmf_andel_kvinnor", f.measure());
        assertTrue(f.title().contains("county 09 missing"), f.title());
        assertTrue(f.sv().contains("län 09 saknas"), f.sv());
        assertTrue(!out.complete());
    }

    @Test
    void fetch_nullCell_failsAsNoValue() {
        server.enqueue(json(200, ScbAnswers.answer(Map.of("09", Arrays.asList(null, 20)), "K", "A", 2024)));
        FetchOutcome out = fetcher(Duration.ofSeconds(5)).fetch(List.of(SHARE), Map.of("gotland", List.of("09")), 2024);

        assertTrue(out.failures().get(0).title().contains("no value for county 09"), out.failures().toString());
    }
}
