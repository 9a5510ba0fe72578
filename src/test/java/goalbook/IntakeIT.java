package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One region's token against the packaged server ({@code -Xmx256m}, default intake bounds): it must
 * not make Goalbook stop answering anyone else.
 */
@Tag("integration")
class IntakeIT {
    private static final String PERIOD_BASE = ConcurrentLoad.base("nord");

    @TempDir
    Path work;

    /**
     * 300 uploads and 100 request heads that send a byte every 5 s: /health and another region's template keep answering within
     * 1 s, and the heads' connections are closed at the head deadline.
     */
    @Test
    void threeHundredSlowUploads_healthAndOtherRegionsAnswerWithinASecond() throws Exception {
        try (PackagedServer server = PackagedServer.start(work.resolve("data"))) {
            List<SlowUpload> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    slow.add(new SlowUpload(server.port, PERIOD_BASE + "/submissions", "demo-nord", 5_000_000));
                }
                // and 100 requests whose headers never end: Jetty parses headers without holding a thread
                List<SlowUpload> slowHeaders = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    slowHeaders.add(SlowUpload.headersOnly(server.port, "/health"));
                }
                slow.addAll(slowHeaders);
                // the template is built once per structure and reference version; what is measured is answering, not that first build
                assertEquals(200, server.get(ConcurrentLoad.base("mitt") + "/template.xlsx", "demo-mitt").statusCode());
                List<String> late = new ArrayList<>();
                long start = System.nanoTime();
                // past the 30 s body deadline, so the two admitted uploads are cut off on the way
                while (System.nanoTime() - start < Duration.ofSeconds(40).toNanos()) {
                    slow.forEach(SlowUpload::trickle);
                    for (int i = 0; i < 5; i++) {
                        timed(late, "health", () -> server.healthStatus());
                        timed(late, "mitt's template", () -> server.get(ConcurrentLoad.base("mitt") + "/template.xlsx", "demo-mitt").statusCode());
                        Thread.sleep(1000);
                    }
                }
                assertEquals(List.of(), late);
                // the heads trickled for 40 s, past the 20 s head deadline: each connection was closed
                for (SlowUpload h : slowHeaders) {
                    assertEquals(SlowUpload.CLOSED, h.answer(2000), "a head still arriving after 40 s keeps no connection");
                }
                Map<String, Integer> answers = new TreeMap<>();
                for (SlowUpload u : slow.subList(0, 300)) {
                    String a = u.answer(2000);
                    answers.merge(a.startsWith("HTTP/1.1 ") ? a.substring(9, 12) : a, 1, Integer::sum);
                }
                // each refused at once, or cut off: the 2 admitted at the body deadline, up to 32 more while being drained
                assertEquals(300, answers.getOrDefault("429", 0) + answers.getOrDefault(SlowUpload.CLOSED, 0), "answers: " + answers);
                assertTrue(answers.getOrDefault("429", 0) >= 300 - 2 - 32, "answers: " + answers);
            } finally {
                slow.forEach(SlowUpload::close);
            }
            assertEquals(200, server.healthStatus());
            assertEquals(List.of(), goalbookThreads(server), "no request thread left in Goalbook's code");
        }
    }

    /**
     * 64 uploads of filled templates at once (4 per region, every other one asking for the annotated copy) against the
     * 256 MiB server with room for all 64 in flight: every one stored, none refused, no error. (By default 32 are let in
     * at once and 2 per caller; past that the answer is 503 or 429 at once, which the 10 MB test below relies on.)
     */
    @Test
    void sixtyFourUploadsAtOnce_allStored_noError() throws Exception {
        try (PackagedServer server = PackagedServer.start(work.resolve("data"), Map.of("GOALBOOK_UPLOADS_PER_CALLER", "4",
                "GOALBOOK_UPLOADS_TOTAL", "64"))) {
            List<String> regions = goalbook.goals.TestStructures.regions().ids();
            Map<String, byte[]> templates = new HashMap<>();
            for (String region : regions) {
                HttpResponse<byte[]> t = server.get(ConcurrentLoad.base(region) + "/template.xlsx", "demo-" + region);
                assertEquals(200, t.statusCode());
                templates.put(region, t.body());
            }
            List<byte[]> files = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                files.add(ConcurrentLoad.distinct(templates.get(regions.get(i % regions.size())), i % regions.size(), i / regions.size()));
            }
            Map<String, Integer> counted = atOnce(64, i -> {
                String region = regions.get(i % regions.size());
                String accept = i % 2 == 0 ? "application/json" : TestServer.XLSX;
                return () -> {
                    HttpResponse<byte[]> r = server.uploadAsking(ConcurrentLoad.base(region) + "/submissions", "demo-" + region, files.get(i), accept);
                    String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                    return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "")
                            + (r.statusCode() >= 400 ? " " + body.replaceAll("(?s).*problems/([a-z_]+).*", "$1") : "");
                };
            }, Duration.ofMinutes(2));
            assertEquals(Map.of("201 application/json", 32, "201 " + TestServer.XLSX, 32), counted, "every upload stored, as asked");
            for (String region : regions) {
                HttpResponse<byte[]> versions = server.get(ConcurrentLoad.base(region) + "/submissions", "demo-" + region);
                assertEquals(200, versions.statusCode());
                assertTrue(new String(versions.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"version\":4"), region + " has 4 versions");
            }
            assertEquals(200, server.healthStatus());
            assertEquals(List.of(), goalbookThreads(server), "no request thread left in Goalbook's code");
        }
    }

    /** 64 uploads of 10 MB at once, 4 per region, each asking for the annotated copy: every one answered, none with 500. */
    @Test
    void sixtyFourTenMegabyteUploads_allAnsweredAndTheServerStaysHealthy() throws Exception {
        try (PackagedServer server = PackagedServer.start(work.resolve("data"))) {
            List<String> regions = new ArrayList<>(ConcurrentLoad.OTHER_REGIONS);
            regions.add("nord");
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            for (String region : regions) {
                HttpResponse<byte[]> t = server.get(ConcurrentLoad.base(region) + "/template.xlsx", "demo-" + region);
                assertEquals(200, t.statusCode());
                files.put(region, padded(FilledTemplates.fill(t.body(), FilledTemplates.B_Q2_MET), 10_000_000));
            }
            Map<String, Integer> counted = atOnce(64, i -> {
                String region = regions.get(i % regions.size());
                return () -> {
                    try {
                        HttpResponse<byte[]> r = server.uploadAsking(ConcurrentLoad.base(region) + "/submissions", "demo-" + region,
                                files.get(region), TestServer.XLSX);
                        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                        return r.statusCode() + (body.contains("\"type\"") ? " " + body.replaceAll("(?s).*problems/([a-z_]+).*", "$1") : "");
                    } catch (IOException e) {
                        return e.toString();
                    }
                };
            }, Duration.ofMinutes(3));
            if (counted.keySet().stream().anyMatch(k -> k.contains("corrupt") || k.contains("Exception"))) {
                Files.readAllLines(server.log).stream().filter(l -> l.contains("WARN") || l.contains("ERROR") || l.contains("Exception"))
                        .limit(40).forEach(System.out::println);
            }
            assertTrue(counted.keySet().stream().allMatch(s -> s.equals("201") || s.equals("429 too_many_uploads") || s.equals("503 uploads_busy")), "answers: " + counted);
            // a 10 MB upload takes a fifth of the 256 MB heap while it is checked and annotated: few run at once
            assertTrue(counted.getOrDefault("201", 0) >= 1, "some were stored: " + counted);
            assertEquals(200, server.healthStatus());
            assertEquals(List.of(), goalbookThreads(server), "no request thread left in Goalbook's code");
        }
    }

    /** Starts {@code n} calls at the same moment, each on its own thread, and counts their answers (each within {@code wait}). */
    private static Map<String, Integer> atOnce(int n, java.util.function.IntFunction<java.util.concurrent.Callable<String>> call, Duration wait)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                java.util.concurrent.Callable<String> one = call.apply(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return one.call();
                }));
            }
            go.countDown();
            Map<String, Integer> counted = new TreeMap<>();
            for (Future<String> f : answers) {
                counted.merge(f.get(wait.toMillis(), TimeUnit.MILLISECONDS), 1, Integer::sum);
            }
            return counted;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Probe {
        int status() throws Exception;
    }

    private static void timed(List<String> late, String what, Probe probe) throws Exception {
        long start = System.nanoTime();
        int status = probe.status();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (status != 200 || millis > 1000) {
            late.add(what + ": " + status + " after " + millis + " ms");
        }
    }

    /** The workbook with an unused picture of random bytes stored (not compressed), to about {@code size} bytes. */
    static byte[] padded(byte[] workbook, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 100_000);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("[Content_Types].xml")) {
                    zip.write(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/><Default ")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            byte[] noise = new byte[size - workbook.length - 1000];
            new Random(7).nextBytes(noise);
            ZipEntry picture = new ZipEntry("xl/media/image1.png");
            picture.setMethod(ZipEntry.STORED);
            picture.setSize(noise.length);
            CRC32 crc = new CRC32();
            crc.update(noise);
            picture.setCrc(crc.getValue());
            zip.putNextEntry(picture);
            zip.write(noise);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Request threads whose stack is in Goalbook's own code, from {@code jcmd <pid> Thread.print}. */
    static List<String> goalbookThreads(PackagedServer server) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(server.pid()), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0, dump);
        Files.writeString(server.dataDir.resolveSibling("threads.txt"), dump);
        List<String> stuck = new ArrayList<>();
        for (String thread : dump.split("\n\n")) {
            if (thread.contains("at goalbook.http.") && !thread.contains("goalbook-body-deadline")) {
                stuck.add(thread.lines().findFirst().orElse(thread));
            }
        }
        return stuck;
    }
}
