package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goalbook.storage.Database;
import goalbook.storage.NewSubmission;
import goalbook.storage.StoredVersion;
import goalbook.storage.SubmissionStore;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Listing a region's versions reads only what the list shows: large old versions do not make it cost more. */
class HistoryCostHttpTest {
    static final String OWN = "/api/periods/2024-Q2/regions/nord";
    static final ObjectMapper JSON = new ObjectMapper();
    static final int BIG_VERSIONS = 8;
    static final int COMMENT_CHARS = 4 * 1024 * 1024;

    /** Bytes allocated by every live thread so far (HotSpot counts them exactly per thread). */
    static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }

    @Test
    void history_ofVersionsWithHugeReports_allocatesLittle() throws Exception {
        try (TestServer server = new TestServer()) {
            assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE).statusCode());
            byte[] template = server.get(OWN + "/template.xlsx", "demo-nord").body();
            assertEquals(201, server.upload(OWN + "/submissions", "demo-nord", FilledTemplates.fill(template, FilledTemplates.B_Q2_MET), null)
                    .statusCode());
            try (Database db = Database.open("jdbc:sqlite:" + server.dataDir.resolve("goalbook.db"))) {
                SubmissionStore store = new SubmissionStore(db, Clock.systemUTC());
                StoredVersion first = store.latest("2024-Q2", "nord").orElseThrow();
                ObjectNode report = (ObjectNode) JSON.readTree(first.reportJson());
                for (int i = 0; i < BIG_VERSIONS; i++) {
                    ((ObjectNode) report.path("goals").get(2)).put("comment", "v" + i + " " + "x".repeat(COMMENT_CHARS));
                    byte[] bytes = ("version " + i).getBytes(StandardCharsets.UTF_8);
                    store.store(new NewSubmission("2024-Q2", "nord", "demo-nord", bytes, null, null, true, first.structure(),
                            first.structureRevision(), JSON.writeValueAsString(report)));
                }
            }
            server.get(OWN + "/submissions", "demo-nord"); // warm up: classes, caches, connections
            long before = allocatedByAllThreads();
            HttpResponse<byte[]> history = server.get(OWN + "/submissions", "demo-nord");
            long allocated = allocatedByAllThreads() - before;
            assertEquals(200, history.statusCode());
            JsonNode list = JSON.readTree(history.body());
            assertEquals(BIG_VERSIONS + 1, list.size());
            assertEquals("MET", list.get(0).get("goals").get("andel_tidiga_skeden").asText(), list.get(0).toString());
            // the reports hold 8 × 4 MB of comment; reading them would allocate at least that
            assertTrue(allocated < 8L * 1024 * 1024, "listing allocated " + allocated / 1024 + " KB");
        }
    }
}
