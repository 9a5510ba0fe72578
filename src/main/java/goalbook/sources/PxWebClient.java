package goalbook.sources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Posts a selection to PxWeb v2, e.g. {@code POST {base}/tables/TAB1/data?outputFormat=json-stat2}, within
 * the documented limits (requests per window, cells per query), with a timeout and a bounded wait on 429.
 */
final class PxWebClient {
    static final int MAX_CELLS = 150_000;
    static final int MAX_RETRIES_429 = 3;
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient http;
    private final Duration timeout;
    private final RateWindow window;
    private final ObjectMapper mapper = new ObjectMapper();

    PxWebClient(String base, Duration timeout, RateWindow window) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timeout = timeout;
        this.window = window;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    static PxWebClient standard(String base, Clock clock) {
        return new PxWebClient(base, Duration.ofSeconds(30), new RateWindow(30, Duration.ofSeconds(10), clock));
    }

    /** The PxWeb v2 body for {@code query}, e.g. {@code {"selection":[{"variableCode":"Tid","valueCodes":["2024"]}]}}. */
    String body(Map<String, List<String>> query) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode selection = root.putArray("selection");
        query.forEach((variable, values) -> {
            ObjectNode s = selection.addObject();
            s.put("variableCode", variable);
            values.forEach(s.putArray("valueCodes")::add);
        });
        return root.toString();
    }

    /** The answer's body; throws {@link SourceException} naming the table on any failure. */
    String fetch(String table, Map<String, List<String>> query) {
        long cells = query.values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (cells > MAX_CELLS) {
            throw new SourceException("table " + table + ": query asks for " + cells + " cells, more than " + MAX_CELLS,
                    "Tabell " + table + ": frågan gäller " + cells + " celler, fler än " + MAX_CELLS);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/tables/" + table + "/data?lang=sv&outputFormat=json-stat2"))
                .timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(query), StandardCharsets.UTF_8)).build();
        for (int attempt = 0; ; attempt++) {
            pause(window.waitBeforeNext());
            window.record();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                throw new SourceException("table " + table + ": no answer within " + timeout.toSeconds() + " s",
                        "Tabell " + table + ": inget svar inom " + timeout.toSeconds() + " s");
            } catch (IOException e) {
                throw new SourceException("table " + table + ": " + e.getMessage(), "Tabell " + table + ": kunde inte nås");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException("table " + table + ": interrupted", "Tabell " + table + ": avbruten");
            }
            if (response.statusCode() == 429 && attempt < MAX_RETRIES_429) {
                pause(retryAfter(response));
                continue;
            }
            if (response.statusCode() != 200) {
                throw new SourceException("table " + table + ": HTTP " + response.statusCode(),
                        "Tabell " + table + ": svarade med HTTP " + response.statusCode());
            }
            return response.body();
        }
    }

    /** The Retry-After in seconds, at most {@link #MAX_RETRY_AFTER}; 1 s when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                long s = Long.parseLong(v.trim());
                return Duration.ofSeconds(Math.max(0, Math.min(s, MAX_RETRY_AFTER.toSeconds())));
            } catch (NumberFormatException e) {
                return Duration.ofSeconds(1);
            }
        }).orElse(Duration.ofSeconds(1));
    }

    private static void pause(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while waiting", "avbruten i väntan");
        }
    }
}
