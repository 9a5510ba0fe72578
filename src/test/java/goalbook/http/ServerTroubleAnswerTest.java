package goalbook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.storage.StorageException;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Out of memory and a full disk are the server's trouble, not the caller's: 503 problem+json in Swedish, never an empty 500. */
class ServerTroubleAnswerTest {
    static Javalin app;
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            SecurityHeaders.register(c, Set.of());
            ProblemJson.register(c);
            c.routes.get("/oom", ctx -> {
                throw new OutOfMemoryError("Java heap space");
            });
            c.routes.get("/oom-wrapped", ctx -> {
                throw new IllegalStateException("POI could not read a part", new OutOfMemoryError("Java heap space"));
            });
            c.routes.get("/sqlite-full", ctx -> {
                throw new StorageException("write failed", new SQLException("[SQLITE_FULL] Insertion failed because database is full"
                        + " (database or disk is full)", null, 13));
            });
            c.routes.get("/no-space", ctx -> {
                throw new UncheckedIOException(new IOException("No space left on device"));
            });
            c.routes.get("/read-only", ctx -> {
                throw new StorageException("write failed", new SQLException("[SQLITE_READONLY] Attempt to write a readonly database"
                        + " (attempt to write a readonly database)", null, 8));
            });
            c.routes.get("/other-storage", ctx -> {
                throw new StorageException("write failed", new SQLException("[SQLITE_CONSTRAINT] UNIQUE constraint failed", null, 19));
            });
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode assertUnavailable(String path, String type) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(503, r.statusCode(), path + ": " + r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"), path);
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"), path);
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), path);
        JsonNode body = JSON.readTree(r.body());
        assertEquals("https://goalbook.example/problems/" + type, body.get("type").asText(), r.body());
        assertEquals(503, body.get("status").asInt());
        return body;
    }

    @Test
    void outOfMemory_isA503InSwedish() throws Exception {
        assertTrue(assertUnavailable("/oom", "out_of_memory").get("sv").asText().contains("minne"));
    }

    @Test
    void outOfMemoryInsideAnotherException_isA503Too() throws Exception {
        assertUnavailable("/oom-wrapped", "out_of_memory");
    }

    @Test
    void databaseFull_isA503SayingNothingWasSaved() throws Exception {
        String sv = assertUnavailable("/sqlite-full", "storage_full").get("sv").asText();
        assertTrue(sv.contains("fullt") && sv.contains("inte sparad"), sv);
    }

    @Test
    void noSpaceLeftOnDevice_isA503Too() throws Exception {
        assertUnavailable("/no-space", "storage_full");
    }

    @Test
    void readOnlyDatabase_isA503() throws Exception {
        assertTrue(assertUnavailable("/read-only", "storage_read_only").get("sv").asText().contains("inte sparad"));
    }

    @Test
    void anotherStorageFailure_staysAnInternalError() throws Exception {
        HttpResponse<String> r = get("/other-storage");
        assertEquals(500, r.statusCode());
        assertEquals("https://goalbook.example/problems/internal_error", JSON.readTree(r.body()).get("type").asText());
    }
}
