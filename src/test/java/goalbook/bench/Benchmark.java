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
 * Every figure is of a warm server: 1 000 uploads and 30 rounds of all regions submitting last year's
 * quarter at once come first, then a wait until the JIT is idle.
 * Compare figures as ratios within one run; the machine is shared.
 */
public final class Benchmark {
    private static final String BASE = "/api/periods/2024-Q2/regions/";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        // hundreds of versions of one region: far past the default budget of 50 per quarter
        try (TestServer server = TestServer.started(goalbook.storage.QuarterBudget.of(100_000, 100_000))) {
            for (String year : new String[] {"2023", "2024"}) {
                server.put("/api/reference/almi-2021/" + year, "demo-controller", """
                        {"regions":{"nord":{"jmf_andel_kvinnor":0.30,"jmf_andel_utlandsk":0.20,"plan_utbetalda_lan":100000000,
                         "plan_avslutade_insatser":200,"plan_kostnad_per_insats":35000}},"group":{}}""");
            }
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
            // last year's second quarter, submitted by all regions at once: the same work as the figures below,
            // long enough for the JIT to have compiled it (code run once per submission needs thousands)
            Map<String, List<TestServer.Multipart>> lastYear = forms(server, "2023-Q2", 10);
            for (int round = 0; round < WARM_ROUNDS; round++) {
                concurrent(server, "2023-Q2", lastYear);
            }
            AtomicInteger k = new AtomicInteger();
            int half = versions.size() / 2;
            for (int i = 0; i < half; i++) {
                server.upload(BASE + "nord/submissions", "demo-nord", versions.get(k.getAndIncrement()), null);
                server.get(BASE + "nord/submissions/" + k.get() + "/annotated.xlsx", "demo-nord");
            }
            Map<String, List<TestServer.Multipart>> thisYear = forms(server, "2024-Q2", 10);
            settleJit();
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
            printConcurrent(concurrent(server, "2024-Q2", thisYear));
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

    private static final List<String> REGIONS = goalbook.goals.TestStructures.regions().ids();

    /** Rounds of 16 × 10 submissions of last year's quarter before any clock starts. */
    private static final int WARM_ROUNDS = 30;

    /** Ten versions per region of {@code period}, each other bytes than the one before (also the last before the first). */
    private static Map<String, List<TestServer.Multipart>> forms(TestServer server, String period, int each) {
        Map<String, List<TestServer.Multipart>> forms = new HashMap<>();
        for (String region : REGIONS) {
            byte[] tpl = server.get("/api/periods/" + period + "/regions/" + region + "/template.xlsx", "demo-" + region).body();
            List<TestServer.Multipart> bodies = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                Map<String, Object> v = new HashMap<>(FilledTemplates.B_Q2_MET);
                v.put("unika_kunder", 200 + i);
                bodies.add(TestServer.multipart(FilledTemplates.fill(tpl, v)));
            }
            forms.put(region, bodies);
        }
        return forms;
    }

    private record Concurrent(long[] sortedNanos, int errors, double seconds, double cpuMillis) {}

    /** One thread per region, all started together, each submitting its versions one after another. */
    private static Concurrent concurrent(TestServer server, String period, Map<String, List<TestServer.Multipart>> forms) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REGIONS.size());
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(REGIONS.size());
        long cpuAtStart = processCpuNanos();
        long started = System.nanoTime();
        for (String region : REGIONS) {
            List<TestServer.Multipart> bodies = forms.get(region);
            futures.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                long[] t = new long[bodies.size()];
                for (int i = 0; i < bodies.size(); i++) {
                    long s = System.nanoTime();
                    int code = server.upload("/api/periods/" + period + "/regions/" + region + "/submissions", "demo-" + region,
                            bodies.get(i), null).statusCode();
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
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuAtStart) / 1e6;
        return new Concurrent(all.stream().mapToLong(Long::longValue).sorted().toArray(), errors.get(), seconds, cpuMillis);
    }

    private static void printConcurrent(Concurrent c) {
        long[] nanos = c.sortedNanos();
        System.out.printf("%-28s n=%4d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %6.1f req/s  errors %d%n",
                REGIONS.size() + " concurrent submits", nanos.length, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99),
                nanos.length / c.seconds(), c.errors());
        // whether the cores were the limit: CPU of the whole JVM (server, client, JIT, GC) per submission and in use
        System.out.printf("  CPU per submission %.1f ms; %.2f of %d cores busy%n", c.cpuMillis() / nanos.length,
                c.cpuMillis() / 1000 / c.seconds(), Runtime.getRuntime().availableProcessors());
    }

    private static void settleJit() throws InterruptedException {
        double seconds = JitSettle.await();
        System.out.printf("warm: %d uploads, %d submissions, JIT settled after %.1f s%n", WARM_UPLOADS,
                WARM_ROUNDS * REGIONS.size() * 10, seconds);
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
