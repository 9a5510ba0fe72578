package goalbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.FilledTemplates;
import goalbook.PackagedServer;
import goalbook.storage.ThrowawayPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stored-submission throughput side by side: SQLite (one instance, the embedded default), PostgreSQL
 * with one instance and with three instances sharing it. Each setup runs the packaged server(s)
 * ({@code -Xmx256m}, fresh data), then 16 clients, one per region, send new versions round-robin across
 * the instances for {@code bench.seconds} (default 20); it prints stored versions per second, latency
 * percentiles and errors. Run: {@code mvn -q -Pbench package -DskipTests exec:exec -Dbench.main=goalbook.bench.StorageThroughput}
 * (PostgreSQL on 127.0.0.1:5432, as for the integration tests). Figures are for comparing within one run.
 */
public final class StorageThroughput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;
    private static final int PER_CLIENT = Integer.getInteger("bench.versions", 45);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private static final String PERIOD = "2024-Q2";
    private static final int WARM_UP = 20;

    private StorageThroughput() {}

    private record Result(String setup, int stored, int errors, double seconds, List<Long> millis) {
        double perSecond() {
            return stored / seconds;
        }

        long percentile(double p) {
            if (millis.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("goalbook-storage-bench");
        List<Result> results = new ArrayList<>();
        results.add(run("SQLite, 1 instance", work.resolve("sqlite"), null, 1));
        String db1 = ThrowawayPostgres.create();
        try {
            results.add(run("PostgreSQL, 1 instance", work.resolve("pg1"), ThrowawayPostgres.url(db1), 1));
        } finally {
            ThrowawayPostgres.drop(db1);
        }
        String db3 = ThrowawayPostgres.create();
        try {
            results.add(run("PostgreSQL, 3 instances", work.resolve("pg3"), ThrowawayPostgres.url(db3), 3));
        } finally {
            ThrowawayPostgres.drop(db3);
        }
        double base = results.get(0).perSecond();
        System.out.printf(Locale.ROOT, "%nStored submissions, %d clients (one per region), %d s each, 2 cores shared by servers, database and clients%n",
                CLIENTS, MEASURE.toSeconds());
        System.out.println("| setup | stored | stored/s | vs SQLite | p50 | p95 | errors |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f× | %d ms | %d ms | %d |%n", r.setup(), r.stored(), r.perSecond(),
                    r.perSecond() / base, r.percentile(0.50), r.percentile(0.95), r.errors());
        }
    }

    private static Result run(String setup, Path dir, String dbUrl, int instances) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("GOALBOOK_UPLOADS_PER_CALLER", "16", "GOALBOOK_UPLOADS_TOTAL", "32",
                "GOALBOOK_VERSIONS_PER_QUARTER", "10000", "GOALBOOK_STORED_MB_PER_QUARTER", "10000"));
        if (dbUrl != null) {
            settings.put("GOALBOOK_DB_URL", dbUrl);
        }
        List<PackagedServer> servers = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                servers.add(PackagedServer.start(dir.resolve("instance-" + i), settings, Duration.ofMinutes(3)));
            }
            List<String> regions = new ArrayList<>();
            for (JsonNode r : JSON.readTree(servers.get(0).get("/api/regions", "demo-controller").body())) {
                regions.add(r.get("id").asText());
            }
            Map<String, List<byte[]>> workbooks = new HashMap<>();
            for (String region : regions.subList(0, CLIENTS)) {
                byte[] template = servers.get(0).get(base(region) + "/template.xlsx", "demo-controller").body();
                List<byte[]> versions = new ArrayList<>();
                for (int v = 0; v < PER_CLIENT; v++) {
                    Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
                    values.put("unika_kunder", 100 + v);
                    versions.add(FilledTemplates.fill(template, values));
                }
                workbooks.put(region, versions);
            }
            warmUp(servers, regions.get(0), workbooks.get(regions.get(0)).get(0));
            AtomicInteger stored = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch go = new CountDownLatch(1);
            long deadline = System.nanoTime() + MEASURE.toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String region = regions.get(c);
                int first = c;
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        // the warm-up stored version 1 of the first region: start after it
                        for (int v = first == 0 ? 1 : 0; v < PER_CLIENT && System.nanoTime() < deadline; v++) {
                            PackagedServer to = servers.get((first + v) % servers.size());
                            long start = System.nanoTime();
                            HttpResponse<byte[]> r = to.upload(base(region) + "/submissions", "demo-" + region, workbooks.get(region).get(v));
                            millis.add((System.nanoTime() - start) / 1_000_000);
                            (r.statusCode() == 201 ? stored : errors).incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                });
                clients.add(t);
                t.start();
            }
            long started = System.nanoTime();
            go.countDown();
            for (Thread t : clients) {
                t.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %d stored in %.1f s, %d errors%n", setup, stored.get(), seconds, errors.get());
            return new Result(setup, stored.get(), errors.get(), seconds, millis);
        } finally {
            servers.forEach(PackagedServer::close);
        }
    }

    /** Every instance checks the workbook a few times first, so the measured seconds do not include class loading and JIT. */
    private static void warmUp(List<PackagedServer> servers, String region, byte[] workbook) throws Exception {
        for (PackagedServer s : servers) {
            for (int i = 0; i < WARM_UP; i++) {
                s.upload(base(region) + "/validate", "demo-" + region, workbook);
            }
        }
        servers.get(0).upload(base(region) + "/submissions", "demo-" + region, workbook);
    }

    private static String base(String region) {
        return "/api/periods/" + PERIOD + "/regions/" + region;
    }
}
