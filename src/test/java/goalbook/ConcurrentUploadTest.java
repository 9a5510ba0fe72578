package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 16 uploads at once to the in-process server (8 for one region, 8 for others): all 201, every version's bytes verify. */
class ConcurrentUploadTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    // 8 clients share nord's token: room for all of them, since this test is about version numbers, not intake
    static final TestServer server = TestServer.perClass(new goalbook.http.IntakeLimits(16, 16, java.time.Duration.ofSeconds(30)));

    @Test
    void upload_sixteenAtOnce_allStoredWithTheirOwnBytesAndNoGaps() throws Exception {
        Map<String, byte[]> templates = new HashMap<>();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String region = ConcurrentLoad.regionOf(i);
            byte[] template = templates.computeIfAbsent(region, r -> server.get(ConcurrentLoad.base(r) + "/template.xlsx", "demo-controller").body());
            files.add(ConcurrentLoad.distinct(template, i, 0));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                int client = i;
                String region = ConcurrentLoad.regionOf(client);
                answers.add(pool.submit(() -> {
                    go.await();
                    return server.upload(ConcurrentLoad.base(region) + "/submissions", "demo-" + region, files.get(client), null);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<byte[]>> f : answers) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, TreeSet<Integer>> versions = new HashMap<>();
        for (int i = 0; i < 16; i++) {
            HttpResponse<byte[]> r = answers.get(i).get();
            assertEquals(201, r.statusCode(), "client " + i + ": " + new String(r.body()));
            JsonNode report = JSON.readTree(r.body());
            String region = ConcurrentLoad.regionOf(i);
            int v = report.get("version").asInt();
            assertEquals(ConcurrentLoad.sha256(files.get(i)), report.get("sha256").asText(), "client " + i);
            versions.computeIfAbsent(region, k -> new TreeSet<>()).add(v);
            HttpResponse<byte[]> stored = server.get(ConcurrentLoad.base(region) + "/submissions/" + v + "/original.xlsx", "demo-" + region);
            assertEquals(200, stored.statusCode());
            assertEquals(ConcurrentLoad.sha256(files.get(i)), ConcurrentLoad.sha256(stored.body()), "stored bytes of client " + i);
        }
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8)), versions.get("nord"), "nord's eight versions, no gaps");
        ConcurrentLoad.OTHER_REGIONS.forEach(r -> assertEquals(new TreeSet<>(List.of(1)), versions.get(r), r));
    }
}
