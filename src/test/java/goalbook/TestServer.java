package goalbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server on a free loopback port with a fresh database in a temporary folder, in demo mode;
 * requests go through {@code java.net.http.HttpClient}, multipart bodies are built with OkHttp's
 * {@code MultipartBody}. Closing it stops the server and removes the folder.
 *
 * <p>As a JUnit extension it serves one test class: {@code @RegisterExtension static final TestServer
 * server = TestServer.perClass();} starts before the class's own {@code @BeforeAll} methods and is
 * stopped and removed after the last test.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final java.util.function.Supplier<goalbook.http.RunningServer> starter;
    private goalbook.http.RunningServer app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final Path dataDir;

    public TestServer() {
        this(java.time.Clock.systemUTC());
    }

    /** With a fixed clock, e.g. {@code Clock.fixed(Instant.parse("2024-08-15T10:00:00Z"), UTC)}, so "now" is the test's. */
    public TestServer(java.time.Clock clock) {
        this(clock, "", null, null);
    }

    /** With {@code dbUrlQuery} after the database file, e.g. {@code ?max_page_count=80} for a database that fills up. */
    public TestServer(java.time.Clock clock, String dbUrlQuery) {
        this(clock, dbUrlQuery, null, null);
    }

    /** A server whose tokens come from {@code tokensFile} (not demo mode), still on loopback. */
    public static TestServer withTokens(Path tokensFile) {
        return new TestServer(java.time.Clock.systemUTC(), "", tokensFile, null);
    }

    /** With OIDC sign-in against {@code oidc} (e.g. a {@code goalbook.access.TestIssuer}) in front of the demo tokens. */
    public TestServer(java.time.Clock clock, goalbook.access.OidcSettings oidc) {
        this(clock, "", null, oidc);
    }

    /** A server for one test class, started and removed by JUnit (see the class comment). */
    public static TestServer perClass() {
        return perClass(java.time.Clock.systemUTC());
    }

    /** Like {@link #perClass()}, with the test's clock. */
    public static TestServer perClass(java.time.Clock clock) {
        return new TestServer(clock, "", null, null, false);
    }

    /** Like {@link #perClass()}, with other bounds on uploads in flight and the time a body may take. */
    public static TestServer perClass(goalbook.http.IntakeLimits intake) {
        return new TestServer(java.time.Clock.systemUTC(), "", null, null, false, intake, goalbook.storage.QuarterBudget.DEFAULT);
    }

    /** A server started now with another budget per region and quarter, e.g. for a benchmark that stores hundreds of versions. */
    public static TestServer started(goalbook.storage.QuarterBudget budget) {
        TestServer s = new TestServer(java.time.Clock.systemUTC(), "", null, null, false, goalbook.http.IntakeLimits.DEFAULT, budget);
        s.app = s.starter.get();
        return s;
    }

    /** Like {@link #perClass()}, with another budget per region and quarter. */
    public static TestServer perClass(goalbook.storage.QuarterBudget budget) {
        return new TestServer(java.time.Clock.systemUTC(), "", null, null, false, goalbook.http.IntakeLimits.DEFAULT, budget);
    }

    private TestServer(java.time.Clock clock, String dbUrlQuery, Path tokensFile, goalbook.access.OidcSettings oidc) {
        this(clock, dbUrlQuery, tokensFile, oidc, true);
    }

    private TestServer(java.time.Clock clock, String dbUrlQuery, Path tokensFile, goalbook.access.OidcSettings oidc, boolean startNow) {
        this(clock, dbUrlQuery, tokensFile, oidc, startNow, goalbook.http.IntakeLimits.DEFAULT, goalbook.storage.QuarterBudget.DEFAULT);
    }

    private TestServer(java.time.Clock clock, String dbUrlQuery, Path tokensFile, goalbook.access.OidcSettings oidc, boolean startNow,
                       goalbook.http.IntakeLimits intake, goalbook.storage.QuarterBudget budget) {
        this(clock, dbUrlQuery, tokensFile, oidc, startNow, intake, budget, goalbook.notices.NoticeSettings.OFF,
                System.getProperty("goalbook.scb.url", "http://127.0.0.1:9/no-scb-in-tests"));
    }

    /** A server for one test class that fetches comparison values from {@code scbUrl}, e.g. a MockWebServer playing Statistics Sweden. */
    public static TestServer perClassWithScb(String scbUrl) {
        return new TestServer(java.time.Clock.systemUTC(), "", null, null, false, goalbook.http.IntakeLimits.DEFAULT,
                goalbook.storage.QuarterBudget.DEFAULT, goalbook.notices.NoticeSettings.OFF, scbUrl);
    }

    /** A server for one test class whose notices go where {@code notices} says, delivered by its own background worker. */
    public static TestServer perClass(java.time.Clock clock, goalbook.notices.NoticeSettings notices) {
        return new TestServer(clock, "", null, null, false, goalbook.http.IntakeLimits.DEFAULT,
                goalbook.storage.QuarterBudget.DEFAULT, notices, "http://127.0.0.1:9/no-scb-in-tests");
    }

    private TestServer(java.time.Clock clock, String dbUrlQuery, Path tokensFile, goalbook.access.OidcSettings oidc, boolean startNow,
                       goalbook.http.IntakeLimits intake, goalbook.storage.QuarterBudget budget, goalbook.notices.NoticeSettings notices,
                       String scbUrl) {
        try {
            dataDir = Files.createTempDirectory("goalbook-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path templates = Path.of(System.getProperty("goalbook.templates", "templates"));
        Config config = new Config(0, dataDir, "jdbc:sqlite:" + dataDir.resolve("goalbook.db") + dbUrlQuery, tokensFile, templates,
                10L * 1024 * 1024, "127.0.0.1", 20, null, java.util.Set.of("https://excel.officeapps.live.com"), null, null, null, intake, budget,
                scbUrl);
        starter = () -> Server.start(config, clock, oidc, notices);
        if (startNow) {
            app = starter.get();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        app = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The routes the running server's router holds, e.g. {@code GET /api/regions}. */
    public java.util.Set<String> routes() {
        return app.routes();
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public HttpResponse<byte[]> get(String path, String token, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    public HttpResponse<byte[]> get(String path, String token) {
        return get(path, token, null);
    }

    public HttpResponse<byte[]> upload(String path, String token, byte[] file, String accept) {
        return upload(path, token, file, accept, java.util.Map.of());
    }

    public HttpResponse<byte[]> upload(String path, String token, byte[] file, String accept, java.util.Map<String, String> headers) {
        return upload(path, token, multipart(file), accept, headers);
    }

    /** A file as the browser page sends it: a multipart form with one part, {@code file}. */
    public record Multipart(byte[] body, String contentType) {}

    /** Builds the form once, e.g. before a benchmark's clock starts, so the figures are the server's. */
    public static Multipart multipart(byte[] file) {
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("file", "../../evil name.xlsx", RequestBody.create(file, MediaType.get(XLSX)))
                .build();
        Buffer buffer = new Buffer();
        try {
            body.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Multipart(buffer.readByteArray(), body.contentType().toString());
    }

    public HttpResponse<byte[]> upload(String path, String token, Multipart form, String accept) {
        return upload(path, token, form, accept, java.util.Map.of());
    }

    public HttpResponse<byte[]> upload(String path, String token, Multipart form, String accept, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        headers.forEach(b::header);
        return send(b.build());
    }

    public HttpResponse<byte[]> post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<byte[]> put(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
        removeTree(dataDir);
    }

    /** Deletes a test's folder and everything in it, e.g. the data folder of a server it started. */
    public static void removeTree(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the test's folder " + dir, e);
        }
    }
}
