package goalbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The packaged {@code goalbook.jar} (system property {@code goalbook.jar}) as its own process, e.g.
 * {@code PackagedServer.start(dataDir)} → demo mode on a free loopback port, {@code -Xmx256m}, its own
 * {@code java.io.tmpdir}, output in {@code server.log} beside the data folder. Kill it with
 * {@link #kill()} (like {@code kill -9}) or stop it with {@link #close()}.
 */
public final class PackagedServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    public final Path dataDir;
    public final Path tmpDir;
    public final Path log;
    public final int port;
    private final Process process;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedServer(Path dataDir, Path tmpDir, Path log, int port, Process process) {
        this.dataDir = dataDir;
        this.tmpDir = tmpDir;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /** The jar named by {@code -Dgoalbook.jar}; a missing jar fails the test (package first). */
    public static Path jar() {
        String p = System.getProperty("goalbook.jar");
        if (p == null) {
            throw new IllegalStateException("system property goalbook.jar is not set (run with -Pintegration)");
        }
        Path jar = Path.of(p);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("packaged server missing: " + jar + " (run mvn package first)");
        }
        return jar;
    }

    /** Starts a server on {@code dataDir} (created if needed) and waits until {@code /health} answers 200. */
    public static PackagedServer start(Path dataDir) {
        return start(dataDir, java.util.Map.of());
    }

    /** As {@link #start(Path)} with more settings, e.g. {@code GOALBOOK_DB_URL} for a PostgreSQL database several servers share. */
    public static PackagedServer start(Path dataDir, java.util.Map<String, String> settings) {
        return start(dataDir, settings, START_TIMEOUT);
    }

    /** As {@link #start(Path, java.util.Map)}, waiting up to {@code timeout}, e.g. for a restart on a machine under full load. */
    public static PackagedServer start(Path dataDir, java.util.Map<String, String> settings, Duration timeout) {
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-server.log");
            int port = freePort();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-Djava.io.tmpdir=" + tmp,
                    "-jar", jar().toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().keySet().removeIf(k -> k.startsWith("GOALBOOK_"));
            pb.environment().put("GOALBOOK_PORT", Integer.toString(port));
            pb.environment().put("GOALBOOK_DATA", dataDir.toString());
            pb.environment().put("GOALBOOK_TEMPLATES", Path.of(System.getProperty("goalbook.templates", "templates")).toAbsolutePath().toString());
            pb.environment().putAll(settings);
            PackagedServer s = new PackagedServer(dataDir, tmp, log, port, pb.start());
            s.awaitHealthy(timeout);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a tool run of the jar printed and how it exited. */
    public record ToolRun(int exit, String output) {}

    /** Runs {@code java -jar goalbook.jar ARGS} on {@code dataDir} (as {@code GOALBOOK_DATA}), e.g. {@code verify-audit}. */
    public static ToolRun runTool(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GOALBOOK_"));
        pb.environment().put("GOALBOOK_DATA", dataDir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("tool did not finish: " + cmd);
        }
        return new ToolRun(p.exitValue(), out);
    }

    /** A port nobody listens on right now: bind port 0, note the number, close. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + " during start; log:\n" + logTail());
            }
            if (healthStatus() == 200) {
                return;
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("server not healthy within " + timeout + "; log:\n" + logTail());
    }

    /** The status of {@code GET /health}, or -1 when nothing answers. */
    public int healthStatus() {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<byte[]> get(String path, String token) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    /** Sends {@code file} as the multipart field {@code file}; IOExceptions (a killed server) go to the caller. */
    public HttpResponse<byte[]> upload(String path, String token, byte[] file) throws IOException {
        return upload(path, token, file, null);
    }

    /** As {@link #upload(String, String, byte[])} with an {@code Idempotency-Key} (none when null). */
    public HttpResponse<byte[]> upload(String path, String token, byte[] file, String idempotencyKey) throws IOException {
        return upload(path, token, file, idempotencyKey, null);
    }

    /** As {@link #upload(String, String, byte[])}, asking for {@code accept}, e.g. the annotated workbook. */
    public HttpResponse<byte[]> uploadAsking(String path, String token, byte[] file, String accept) throws IOException {
        return upload(path, token, file, null, accept);
    }

    private HttpResponse<byte[]> upload(String path, String token, byte[] file, String idempotencyKey, String accept) throws IOException {
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("file", "upload.xlsx", RequestBody.create(file, MediaType.get(TestServer.XLSX))).build();
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", body.contentType().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(buffer.readByteArray()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> post(String path, String token, String json) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<byte[]> put(String path, String token, String json) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Files left in the server's own temp folder, except the SQLite driver's extracted native library. */
    public List<Path> leftoverTempFiles() {
        try (Stream<Path> files = Files.walk(tmpDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches("sqlite-.*(libsqlitejdbc\\.(so|dylib|dll)(\\.lck)?)"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the server's output, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Like {@code kill -9}: no shutdown hook runs, nothing is flushed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
