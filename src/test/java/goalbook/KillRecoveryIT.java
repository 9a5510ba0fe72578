package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No lost versions: 16 clients upload distinct workbooks to the packaged server (8 for {@code nord},
 * 8 for a region each); once {@code killtest.killAfter} (default 40) uploads are acknowledged the
 * process is killed like {@code kill -9}; after a restart on the same data folder every acknowledged
 * version is there with the SHA-256 it was acknowledged with, version numbers have no holes and every
 * listed row is whole. {@code killtest.rounds} (default 1) repeats load and kill on the same data
 * before the final check. Driven by {@code scripts/kill-test.sh}.
 */
@Tag("integration")
class KillRecoveryIT {
    static final int CLIENTS = 16;
    static final int KILL_AFTER = Integer.getInteger("killtest.killAfter", 40);
    static final int ROUNDS = Integer.getInteger("killtest.rounds", 1);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final ConcurrentLinkedQueue<ConcurrentLoad.Ack> acks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger cutOff = new AtomicInteger();

    @Test
    void kill9_midLoad_everyAcknowledgedVersionIsStoredWholeAfterRestart() throws Exception {
        Path data = work.resolve("data");
        for (int round = 1; round <= ROUNDS; round++) {
            loadAndKill(data, round);
        }
        try (PackagedServer server = PackagedServer.start(data, ConcurrentLoad.ROOM_FOR_ALL)) {
            Figures f = verify(server);
            System.out.printf("kill test: rounds=%d, clients=%d, sent=%d, acknowledged=%d, cut off by the kill=%d, stored=%d, verified=%d, lost=%d%n",
                    ROUNDS, CLIENTS, sent.get(), acks.size(), cutOff.get(), f.stored, f.verified, acks.size() - f.verified);
            assertEquals(List.of(), List.copyOf(wrongAnswers), "answers other than 201 before the kill");
            assertTrue(acks.size() >= KILL_AFTER * ROUNDS, "acknowledged " + acks.size());
            assertEquals(acks.size(), f.verified, "lost versions");
            assertTrue(f.stored >= acks.size(), "stored " + f.stored + " < acknowledged " + acks.size());
            // the restarted server goes on numbering where the last whole version left off
            byte[] template = server.get(ConcurrentLoad.base("nord") + "/template.xlsx", "demo-nord").body();
            HttpResponse<byte[]> next = server.upload(ConcurrentLoad.base("nord") + "/submissions", "demo-nord",
                    ConcurrentLoad.distinct(template, 99, 0));
            assertEquals(201, next.statusCode(), new String(next.body()));
            assertEquals(f.lastNord + 1, JSON.readTree(next.body()).get("version").asInt());
            // a backup taken while the server runs, and the audit chain of the data that survived the kills
            Path copy = work.resolve("backup.db");
            PackagedServer.ToolRun backup = PackagedServer.runTool(data, "backup", "--to", copy.toString());
            assertEquals(0, backup.exit(), backup.output());
            PackagedServer.ToolRun audit = PackagedServer.runTool(data, "verify-audit");
            assertEquals(0, audit.exit(), audit.output());
            System.out.println("after the kills: " + audit.output().lines().filter(l -> l.startsWith("Audit log")).findFirst().orElse(audit.output()));
            PackagedServer.ToolRun copyAudit = PackagedServer.runTool(data, "verify-audit", "--db", "jdbc:sqlite:" + copy);
            assertEquals(0, copyAudit.exit(), copyAudit.output());
            assertTrue(copyAudit.output().contains("Audit log intact: " + (f.stored + 1) + " entries"), copyAudit.output());
        }
    }

    /** Starts the server, lets 16 clients upload until KILL_AFTER more are acknowledged, then kills it mid-load. */
    private void loadAndKill(Path data, int round) throws Exception {
        PackagedServer server = PackagedServer.start(data, ConcurrentLoad.ROOM_FOR_ALL);
        try {
            Map<String, byte[]> templates = new HashMap<>();
            for (int i = 0; i < CLIENTS; i++) {
                String region = ConcurrentLoad.regionOf(i);
                if (!templates.containsKey(region)) {
                    HttpResponse<byte[]> t = server.get(ConcurrentLoad.base(region) + "/template.xlsx", "demo-controller");
                    assertEquals(200, t.statusCode());
                    templates.put(region, t.body());
                }
            }
            int target = acks.size() + KILL_AFTER;
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> clients = new ArrayList<>();
            int perClient = KILL_AFTER * 2 / CLIENTS + 4;
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                String region = ConcurrentLoad.regionOf(client);
                Thread t = new Thread(() -> runClient(server, client, region, templates.get(region), round, perClient, killed, ready, go), "client-" + i);
                clients.add(t);
                t.start();
            }
            assertTrue(ready.await(5, TimeUnit.MINUTES), "clients could not prepare their workbooks");
            go.countDown();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (acks.size() < target && System.nanoTime() < deadline && clients.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(5);
            }
            killed.set(true);
            server.kill();
            for (Thread t : clients) {
                t.join(TimeUnit.MINUTES.toMillis(2));
            }
        } finally {
            server.kill();
        }
    }

    private void runClient(PackagedServer server, int client, String region, byte[] template, int round, int count,
            AtomicBoolean killed, CountDownLatch ready, CountDownLatch go) {
        List<byte[]> files = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            files.add(ConcurrentLoad.distinct(template, client, round * 1000 + k));
        }
        ready.countDown();
        try {
            go.await();
        } catch (InterruptedException e) {
            return;
        }
        for (byte[] file : files) {
            if (killed.get()) {
                return;
            }
            sent.incrementAndGet();
            try {
                HttpResponse<byte[]> r = server.upload(ConcurrentLoad.base(region) + "/submissions", "demo-" + region, file);
                if (r.statusCode() != 201) {
                    wrongAnswers.add(region + ": " + r.statusCode() + " " + new String(r.body()));
                    continue;
                }
                JsonNode report = JSON.readTree(r.body());
                String sha = report.get("sha256").asText();
                if (!sha.equals(ConcurrentLoad.sha256(file))) {
                    wrongAnswers.add(region + ": acknowledged sha256 " + sha + " is not the sent bytes' " + ConcurrentLoad.sha256(file));
                }
                acks.add(new ConcurrentLoad.Ack(region, report.get("version").asInt(), ConcurrentLoad.sha256(file)));
            } catch (IOException e) {
                // the process was killed while this upload was in flight: not acknowledged, so not promised
                cutOff.incrementAndGet();
                return;
            }
        }
    }

    record Figures(int stored, int verified, int lastNord) {}

    /** Lists every used region's versions, checks numbering and each row's bytes, then each acknowledged version. */
    private Figures verify(PackagedServer server) throws IOException {
        Set<String> regions = new TreeSet<>();
        for (int i = 0; i < CLIENTS; i++) {
            regions.add(ConcurrentLoad.regionOf(i));
        }
        Map<String, Map<Integer, String>> listed = new HashMap<>();
        int stored = 0;
        for (String region : regions) {
            HttpResponse<byte[]> r = server.get(ConcurrentLoad.base(region) + "/submissions", "demo-" + region);
            assertEquals(200, r.statusCode(), new String(r.body()));
            Map<Integer, String> versions = new HashMap<>();
            for (JsonNode v : JSON.readTree(r.body())) {
                String sha = v.path("sha256").asText();
                assertTrue(sha.matches("[0-9a-f]{64}"), region + ": half-written row " + v);
                assertTrue(v.hasNonNull("time") && v.hasNonNull("who") && v.has("valid") && v.has("goals"), region + ": half-written row " + v);
                versions.put(v.get("version").asInt(), sha);
            }
            TreeSet<Integer> numbers = new TreeSet<>(versions.keySet());
            assertEquals(numbers.isEmpty() ? 0 : numbers.last(), numbers.size(), region + ": holes in " + numbers);
            for (Map.Entry<Integer, String> v : versions.entrySet()) {
                String base = ConcurrentLoad.base(region) + "/submissions/" + v.getKey();
                HttpResponse<byte[]> original = server.get(base + "/original.xlsx", "demo-" + region);
                assertEquals(200, original.statusCode(), region + " v" + v.getKey());
                assertEquals(v.getValue(), ConcurrentLoad.sha256(original.body()), region + " v" + v.getKey() + ": stored bytes differ from the listed sha256");
                assertEquals(200, server.get(base + "/annotated.xlsx", "demo-" + region).statusCode(), region + " v" + v.getKey() + " annotated");
            }
            stored += versions.size();
            listed.put(region, versions);
        }
        int verified = 0;
        for (ConcurrentLoad.Ack a : acks) {
            HttpResponse<byte[]> original = server.get(ConcurrentLoad.base(a.region()) + "/submissions/" + a.version() + "/original.xlsx",
                    "demo-" + a.region());
            if (original.statusCode() == 200 && ConcurrentLoad.sha256(original.body()).equals(a.sha256())
                    && a.sha256().equals(listed.get(a.region()).get(a.version()))) {
                verified++;
            } else {
                System.out.println("LOST " + a + ": " + original.statusCode());
            }
        }
        return new Figures(stored, verified, listed.get("nord").size());
    }
}
