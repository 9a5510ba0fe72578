package goalbook.bench;

import goalbook.FilledTemplates;
import goalbook.TestServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Measures upload → JSON report, upload → annotated workbook, cached template download and
 * submission over HTTP on loopback, then 16 concurrent clients; prints p50/p95/p99, throughput, peak
 * heap and the CPU per concurrent submission. Run: {@code mvn -q -Pbench test-compile exec:exec}.
 * Compare figures as ratios within one run; the machine is shared.
 */
public final class Benchmark {
    private static final String BASE = "/api/periods/2024-Q2/regions/";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        // hundreds of versions of one region: far past the default budget of 50 per quarter
        try (TestServer server = TestServer.started(goalbook.storage.QuarterBudget.of(100_000, 100_000))) {
            server.put("/api/reference/almi-2021/2024", "demo-controller", """
                    {"regions":{"nord":{"jmf_andel_kvinnor":0.30,"jmf_andel_utlandsk":0.20,"plan_utbetalda_lan":100000000,
                     "plan_avslutade_insatser":200,"plan_kostnad_per_insats":35000}},"group":{}}""");
            byte[] template = server.get(BASE + "nord/template.xlsx", "demo-nord").body();
            Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
            values.put("kunder_tidiga_skeden", 70); // one goal not met, no comment: a warning and a red mark
            byte[] filled = FilledTemplates.fill(template, values);
            System.out.printf("workbook: template %d bytes, filled %d bytes%n", template.length, filled.length);

            // the forms and versions are made before the clock starts: the figures are the server's, not the client's
            TestServer.Multipart form = TestServer.multipart(filled);
            List<TestServer.Multipart> versions = new ArrayList<>();
            for (int i = 1; i <= 2 * Math.min(n, 100); i++) {
                Map<String, Object> v = new HashMap<>(values);
                v.put("unika_kunder", 100 + i);
                versions.add(TestServer.multipart(FilledTemplates.fill(template, v)));
            }
            // warm: every path runs long enough for the JIT to have compiled it, as on a server in use
            warm(server, form, Math.max(n, WARM_UPLOADS));
            AtomicInteger k = new AtomicInteger();
            int half = versions.size() / 2;
            for (int i = 0; i < half; i++) {
                server.upload(BASE + "nord/submissions", "demo-nord", versions.get(k.getAndIncrement()), null);
                server.get(BASE + "nord/submissions/" + k.get() + "/annotated.xlsx", "demo-nord");
            }
            resetPeaks();
            report("template (cached)", n, () -> status(server.get(BASE + "nord/template.xlsx", "demo-nord")));
            report("validate -> JSON report", n, () -> status(server.upload(BASE + "nord/validate", "demo-nord", form, null)));
            report("validate -> annotated xlsx", n,
                    () -> status(server.upload(BASE + "nord/validate", "demo-nord", form, TestServer.XLSX)));
            report("submit (new version each)", half,
                    () -> status(server.upload(BASE + "nord/submissions", "demo-nord", versions.get(k.getAndIncrement()), null)));
            AtomicInteger first = new AtomicInteger(half);
            report("annotated copy, first GET", half,
                    () -> status(server.get(BASE + "nord/submissions/" + first.incrementAndGet() + "/annotated.xlsx", "demo-nord")));
            AtomicInteger later = new AtomicInteger(half);
            report("annotated copy, later GET", half,
                    () -> status(server.get(BASE + "nord/submissions/" + later.incrementAndGet() + "/annotated.xlsx", "demo-nord")));
            concurrent(server, template, 16, 10);
            System.out.printf("peak heap: %d MiB (max %d MiB)%n", peakHeap() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /** Uploads before any clock starts (half asking for JSON, half for the annotated workbook). */
    private static final int WARM_UPLOADS = 1000;

    private static void warm(TestServer server, TestServer.Multipart form, int n) {
        for (int i = 0; i < n; i++) {
            server.upload(BASE + "nord/validate", "demo-nord", form, i % 2 == 0 ? null : TestServer.XLSX);
            server.get(BASE + "nord/template.xlsx", "demo-nord");
        }
    }

    private static int status(HttpResponse<byte[]> r) {
        return r.statusCode();
    }

    private static void report(String what, int n, IntSupplier call) {
        long[] nanos = new long[n];
        int errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            int s = call.getAsInt();
            nanos[i] = System.nanoTime() - t;
            if (s >= 300) {
                errors++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("%-28s n=%4d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %6.1f req/s  errors %d%n", what, n,
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), n / seconds, errors);
    }

    /** {@code clients} threads, each for its own region, submitting {@code each} new versions. */
    private static void concurrent(TestServer server, byte[] ignored, int clients, int each) throws Exception {
        String[] regions = {"nord", "mitt", "gavle-dala", "uppsala", "stockholm-sormland", "malardalen", "varmland", "ostergotland",
            "vast", "halland", "jonkoping", "kronoberg", "kalmar", "blekinge", "skane", "gotland"};
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.CountDownLatch filled = new java.util.concurrent.CountDownLatch(clients);
        java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong cpuAtStart = new java.util.concurrent.atomic.AtomicLong();
        for (int c = 0; c < clients; c++) {
            String region = regions[c % regions.length];
            futures.add(pool.submit(() -> {
                byte[] tpl = server.get(BASE + region + "/template.xlsx", "demo-" + region).body();
                List<TestServer.Multipart> bodies = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    Map<String, Object> v = new HashMap<>(FilledTemplates.B_Q2_MET);
                    v.put("unika_kunder", 200 + i);
                    bodies.add(TestServer.multipart(FilledTemplates.fill(tpl, v)));
                }
                // every client has its workbooks before any starts: the clients' POI does not compete with the server
                filled.countDown();
                filled.await();
                if (started.compareAndSet(0, System.nanoTime())) {
                    cpuAtStart.set(processCpuNanos());
                }
                long[] t = new long[each];
                for (int i = 0; i < each; i++) {
                    long s = System.nanoTime();
                    int code = server.upload(BASE + region + "/submissions", "demo-" + region, bodies.get(i), null).statusCode();
                    t[i] = System.nanoTime() - s;
                    if (code != 201) {
                        errors.incrementAndGet();
                    }
                }
                return t;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long t : f.get()) {
                all.add(t);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started.get()) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuAtStart.get()) / 1e6;
        long[] nanos = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-28s n=%4d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %6.1f req/s  errors %d%n",
                clients + " concurrent submits", nanos.length, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos.length / seconds, errors.get());
        // whether the cores were the limit: CPU of the whole JVM (server, client, JIT, GC) per submission and in use
        System.out.printf("  CPU per submission %.1f ms; %.2f of %d cores busy%n", cpuMillis / nanos.length,
                cpuMillis / 1000 / seconds, Runtime.getRuntime().availableProcessors());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
