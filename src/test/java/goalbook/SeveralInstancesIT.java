package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.storage.ThrowawayPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three packaged servers share one PostgreSQL database. 16 clients send {@code multiinstance.submissions}
 * (default 500) distinct workbooks round-robin across them, each with an Idempotency-Key, and resend
 * every fourth to another instance; halfway, two instances approve 2024-Q1 at once and one instance is
 * killed like {@code kill -9} and restarted (clients retry the same key elsewhere meanwhile). Afterwards
 * every acknowledged version is stored once with the SHA-256 it was acknowledged with, versions run
 * 1..n per region, one approval won, an upload to the approved quarter is refused with 409 on another
 * instance, and verify-audit passes.
 */
@Tag("integration")
class SeveralInstancesIT {
    static final int CLIENTS = 16;
    static final int INSTANCES = 3;
    static final int SUBMISSIONS = Integer.getInteger("multiinstance.submissions", 500);
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @TempDir
    Path work;

    private final AtomicReferenceArray<PackagedServer> servers = new AtomicReferenceArray<>(INSTANCES);
    private final ConcurrentLinkedQueue<ConcurrentLoad.Ack> acks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    private final AtomicInteger retriedAfterCutOff = new AtomicInteger();
    private final AtomicInteger resentToOther = new AtomicInteger();

    private Map<String, String> settings() {
        Map<String, String> all = new java.util.HashMap<>(ConcurrentLoad.ROOM_FOR_ALL);
        all.put("GOALBOOK_DB_URL", postgres.url());
        return all;
    }

    private PackagedServer startInstance(int i) {
        // generous: a restart competes for the CPU with two loaded instances and 16 clients
        return PackagedServer.start(work.resolve("instance-" + i), settings(), java.time.Duration.ofMinutes(5));
    }

    @Test
    void threeInstancesOnePostgres_killOneMidway_nothingLostAndOneApprovalWins() throws Exception {
        for (int i = 0; i < INSTANCES; i++) {
            servers.set(i, startInstance(i));
        }
        try {
            Map<String, byte[]> templates = new HashMap<>();
            for (int c = 0; c < CLIENTS; c++) {
                String region = ConcurrentLoad.regionOf(c);
                if (!templates.containsKey(region)) {
                    HttpResponse<byte[]> t = servers.get(0).get(ConcurrentLoad.base(region) + "/template.xlsx", "demo-controller");
                    assertEquals(200, t.statusCode());
                    templates.put(region, t.body());
                }
            }
            int perClient = (SUBMISSIONS + CLIENTS - 1) / CLIENTS;
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                String region = ConcurrentLoad.regionOf(c);
                Thread t = new Thread(() -> runClient(client, region, templates.get(region), perClient, ready, go), "client-" + c);
                clients.add(t);
                t.start();
            }
            assertTrue(ready.await(10, TimeUnit.MINUTES), "clients could not prepare their workbooks");
            long started = System.nanoTime();
            go.countDown();
            while (acks.size() < perClient * CLIENTS / 2 && clients.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(5);
            }
            List<Integer> approvals = approveAtOnce("2024-Q1", servers.get(0), servers.get(2));
            servers.get(1).kill();
            // restarted while the clients go on: until it answers, their uploads to it are retried on the others
            java.util.concurrent.CompletableFuture<PackagedServer> restarted = java.util.concurrent.CompletableFuture.supplyAsync(() -> startInstance(1));
            for (Thread t : clients) {
                t.join(TimeUnit.MINUTES.toMillis(20));
            }
            servers.set(1, restarted.get(6, TimeUnit.MINUTES));
            double seconds = (System.nanoTime() - started) / 1e9;

            assertEquals(List.of(), List.copyOf(wrong));
            assertEquals(201, approvals.stream().filter(s -> s == 201).count() == 1 ? 201 : -1, "approvals " + approvals);
            assertEquals(1, approvals.stream().filter(s -> s == 409).count(), "approvals " + approvals);
            assertEquals(perClient * CLIENTS, acks.size(), "every upload acknowledged once retried");
            int stored = verifyStored();
            assertEquals(acks.size(), stored, "stored versions = acknowledged uploads (no duplicates from retries)");

            // the approved quarter is closed on every instance, whichever approved it
            byte[] q1 = servers.get(1).get("/api/periods/2024-Q1/regions/nord/template.xlsx", "demo-nord").body();
            HttpResponse<byte[]> late = servers.get(1).upload("/api/periods/2024-Q1/regions/nord/submissions", "demo-nord",
                    FilledTemplates.fillDue(q1, FilledTemplates.B_Q2_MET));
            assertEquals(409, late.statusCode(), new String(late.body()));

            PackagedServer.ToolRun audit = PackagedServer.runTool(work, "verify-audit", "--db", postgres.url());
            assertEquals(0, audit.exit(), audit.output());
            System.out.printf("several instances: instances=%d, clients=%d, acknowledged=%d, stored=%d, resent to another instance=%d,"
                    + " retried after the kill=%d, approvals=%s, %.1f s, %.1f stored/s; %s%n", INSTANCES, CLIENTS, acks.size(), stored,
                    resentToOther.get(), retriedAfterCutOff.get(), approvals, seconds, stored / seconds,
                    audit.output().lines().filter(l -> l.startsWith("Audit log")).findFirst().orElse(""));
        } finally {
            for (int i = 0; i < INSTANCES; i++) {
                if (servers.get(i) != null) {
                    servers.get(i).close();
                }
            }
        }
    }

    private static List<Integer> approveAtOnce(String period, PackagedServer a, PackagedServer b) throws Exception {
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (PackagedServer s : List.of(a, b)) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    statuses.add(s.post("/api/periods/" + period + "/approval", "demo-controller", "{\"allowMissing\":true,\"allowNotAccepted\":true}").statusCode());
                } catch (IOException | InterruptedException e) {
                    statuses.add(-1);
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(2));
        }
        return statuses;
    }

    /** Sends each upload to the next instance in turn; a cut-off answer is retried with the same key on the next one. */
    private void runClient(int client, String region, byte[] template, int count, CountDownLatch ready, CountDownLatch go) {
        List<byte[]> files = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            files.add(ConcurrentLoad.distinct(template, client, k));
        }
        ready.countDown();
        try {
            go.await();
        } catch (InterruptedException e) {
            return;
        }
        String path = ConcurrentLoad.base(region) + "/submissions";
        for (int k = 0; k < count; k++) {
            String key = "client-" + client + "-upload-" + k;
            String sha = ConcurrentLoad.sha256(files.get(k));
            int instance = (client + k) % INSTANCES;
            JsonNode first = null;
            for (int attempt = 0; attempt < 30 && first == null; attempt++) {
                try {
                    HttpResponse<byte[]> r = servers.get((instance + attempt) % INSTANCES).upload(path, "demo-" + region, files.get(k), key);
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        wrong.add(region + " " + key + ": " + r.statusCode() + " " + new String(r.body()));
                        return;
                    }
                    first = JSON.readTree(r.body());
                } catch (IOException e) {
                    retriedAfterCutOff.incrementAndGet();
                    sleep(200);
                }
            }
            if (first == null) {
                wrong.add(region + " " + key + ": no instance answered");
                return;
            }
            if (!sha.equals(first.get("sha256").asText())) {
                wrong.add(region + " " + key + ": acknowledged sha256 " + first.get("sha256").asText() + " is not " + sha);
            }
            int version = first.get("version").asInt();
            acks.add(new ConcurrentLoad.Ack(region, version, sha));
            if (k % 4 == 0) {
                resend(path, region, key, files.get(k), version, (instance + 1) % INSTANCES);
            }
        }
    }

    /** The same key sent to another instance answers 200 with the first version, even with other bytes. */
    private void resend(String path, String region, String key, byte[] file, int version, int instance) {
        try {
            HttpResponse<byte[]> again = servers.get(instance).upload(path, "demo-" + region, file, key);
            resentToOther.incrementAndGet();
            if (again.statusCode() != 200 || JSON.readTree(again.body()).get("version").asInt() != version) {
                wrong.add(region + " " + key + ": resent to instance " + instance + " answered " + again.statusCode() + " "
                        + new String(again.body()) + " instead of 200 with version " + version);
            }
        } catch (IOException e) {
            // that instance is being killed: the resend proves nothing either way
        }
    }

    /** Every region's listed versions run 1..n, every listed row's bytes match, every acknowledged version is there once. */
    private int verifyStored() throws IOException {
        PackagedServer s = servers.get(2);
        Map<String, Map<Integer, String>> listed = new TreeMap<>();
        int stored = 0;
        for (int c = 0; c < CLIENTS; c++) {
            String region = ConcurrentLoad.regionOf(c);
            if (listed.containsKey(region)) {
                continue;
            }
            HttpResponse<byte[]> r = s.get(ConcurrentLoad.base(region) + "/submissions", "demo-" + region);
            assertEquals(200, r.statusCode(), new String(r.body()));
            Map<Integer, String> versions = new TreeMap<>();
            for (JsonNode v : JSON.readTree(r.body())) {
                versions.put(v.get("version").asInt(), v.get("sha256").asText());
            }
            assertEquals(versions.size(), versions.isEmpty() ? 0 : ((TreeMap<Integer, String>) versions).lastKey(), region + ": holes in " + versions.keySet());
            assertEquals(versions.size(), new java.util.HashSet<>(versions.values()).size(), region + ": one upload stored twice");
            listed.put(region, versions);
            stored += versions.size();
        }
        for (ConcurrentLoad.Ack a : acks) {
            assertEquals(a.sha256(), listed.get(a.region()).get(a.version()), a.region() + " v" + a.version());
        }
        HttpResponse<byte[]> one = s.get(ConcurrentLoad.base("nord") + "/submissions/1/original.xlsx", "demo-nord");
        assertEquals(listed.get("nord").get(1), ConcurrentLoad.sha256(one.body()));
        return stored;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
