package goalbook.storage;

import goalbook.submissions.ReferenceDataService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.GoalStructure;
import goalbook.goals.TestStructures;
import goalbook.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two database handles on the same data stand for two server instances: they agree on version
 * numbers, approvals, idempotency keys, the audit chain and the reference data, with nothing
 * serialised inside one process. {@code SeveralWritersPostgresIT} runs the same on PostgreSQL.
 */
class SeveralWritersTest {

    @TempDir
    Path dir;
    private Database one;
    private Database two;
    private final MutableClock clock = new MutableClock();

    /** The database under test; the PostgreSQL suite overrides it. Each call is another handle on the same data. */
    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }

    @BeforeEach
    void open() {
        one = openDatabase();
        two = openDatabase();
    }

    @AfterEach
    void close() {
        one.close();
        two.close();
    }

    private static NewSubmission upload(String region, String content) {
        return SubmissionStoreTest.upload("2024-Q2", region, content);
    }

    /** Runs every task at once on its own thread and returns what each returned or threw. */
    private static List<Object> atOnce(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> t : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return t.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void store_twentyUploadsThroughBothHandles_versionsOneToTwentyOnceEach() throws Exception {
        SubmissionStore a = new SubmissionStore(one, clock);
        SubmissionStore b = new SubmissionStore(two, clock);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SubmissionStore s = i % 2 == 0 ? a : b;
            String content = "upload " + i;
            tasks.add(() -> s.store(upload("nord", content)));
        }
        List<Object> results = atOnce(tasks);
        List<Integer> versions = results.stream().map(r -> ((StoredVersion) r).version()).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), versions);
        assertEquals(20, b.versions("2024-Q2", "nord").size());
        AuditLog.Verification check = new AuditLog(one, clock).verify();
        assertTrue(check.intact());
        assertEquals(20, check.entries());
    }

    @Test
    void approve_sameQuarterFromBothAtOnce_exactlyOneWins() throws Exception {
        ApprovalStore a = new ApprovalStore(one, clock);
        ApprovalStore b = new ApprovalStore(two, clock);
        List<Object> results = atOnce(List.of(() -> a.approve("2024-Q2", "controller-a", "klart", "{}"),
                () -> b.approve("2024-Q2", "controller-b", "klart", "{}"),
                () -> a.approve("2024-Q2", "controller-a", "igen", "{}"),
                () -> b.approve("2024-Q2", "controller-b", "igen", "{}")));
        assertEquals(1, results.stream().filter(r -> r instanceof Approval).count(), results.toString());
        assertEquals(3, results.stream().filter(r -> r instanceof PeriodLockedException).count(), results.toString());
        assertEquals(1, b.history("2024-Q2").size());
        assertTrue(new AuditLog(two, clock).verify().intact());
    }

    @Test
    void reopen_sameQuarterFromBothAtOnce_exactlyOneWins() throws Exception {
        ApprovalStore a = new ApprovalStore(one, clock);
        ApprovalStore b = new ApprovalStore(two, clock);
        a.approve("2024-Q2", "controller-a", "klart", "{}");
        List<Object> results = atOnce(List.of(() -> a.reopen("2024-Q2", "controller-a", "fel"),
                () -> b.reopen("2024-Q2", "controller-b", "fel")));
        assertEquals(1, results.stream().filter(r -> r instanceof Optional<?> o && o.isPresent()).count(), results.toString());
        assertEquals(1, results.stream().filter(r -> r instanceof Optional<?> o && o.isEmpty()).count(), results.toString());
        assertEquals(List.of(1, 2), a.history("2024-Q2").stream().map(Approval::version).toList());
    }

    @Test
    void store_toAQuarterTheOtherJustApproved_isRefused() {
        SubmissionStore b = new SubmissionStore(two, clock);
        b.store(upload("nord", "a"));
        new ApprovalStore(one, clock).approve("2024-Q2", "controller", "klart", "{}");
        assertThrows(PeriodLockedException.class, () -> b.store(upload("nord", "b")));
        assertThrows(PeriodLockedException.class, () -> b.store(upload("syd", "a"), "key-1"));
        assertEquals(1, b.versions("2024-Q2", "nord").size());
    }

    @Test
    void store_retryWithTheSameKeyToTheOther_answersWithTheFirstVersion() throws Exception {
        SubmissionStore a = new SubmissionStore(one, clock);
        SubmissionStore b = new SubmissionStore(two, clock);
        StoredVersion first = a.store(upload("nord", "a"), "key-1");
        StoredVersion retry = b.store(upload("nord", "different bytes"), "key-1");
        assertEquals(first.version(), retry.version());
        assertEquals(first.sha256(), retry.sha256());
        assertFalse(retry.created());

        // the same new key sent to both at once: one version stored, both answers name it
        List<Object> results = atOnce(List.of(() -> a.store(upload("nord", "b"), "key-2"), () -> b.store(upload("nord", "c"), "key-2")));
        StoredVersion x = (StoredVersion) results.get(0);
        StoredVersion y = (StoredVersion) results.get(1);
        assertEquals(x.version(), y.version());
        assertEquals(x.sha256(), y.sha256());
        assertEquals(2, a.versions("2024-Q2", "nord").size());
    }

    @Test
    void referenceData_savedThroughTheOther_isUsedAtOnce() {
        GoalStructure s = TestStructures.structureB();
        ReferenceDataService a = new ReferenceDataService(new ReferenceStore(one, clock), TestStructures.regions());
        ReferenceDataService b = new ReferenceDataService(new ReferenceStore(two, clock), TestStructures.regions());
        assertEquals(Optional.empty(), a.latest(s, 2024));
        b.put(s, 2024, "{\"group\":{\"jmf_andel_kvinnor\":0.30}}", "controller");
        ReferenceData first = a.latest(s, 2024).orElseThrow();
        assertEquals(first, b.latest(s, 2024).orElseThrow());
        b.put(s, 2024, "{\"group\":{\"jmf_andel_kvinnor\":0.40}}", "controller");
        // no waiting for an expiry: a's cache is keyed by the stored version, which moved to 2
        ReferenceData second = a.latest(s, 2024).orElseThrow();
        assertNotEquals(first, second);
        assertEquals(b.latest(s, 2024).orElseThrow(), second);
        assertEquals(2, a.latestVersion(s, 2024));
    }
}
