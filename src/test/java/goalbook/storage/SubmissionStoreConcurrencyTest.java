package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent uploads queue behind the single writer instead of failing with SQLITE_BUSY. */
class SubmissionStoreConcurrencyTest {

    private static final int THREADS = 16;

    @TempDir
    Path dir;

    /** The database under test; the PostgreSQL suite ({@code *PostgresIT}) overrides it. Each call is another handle on the same data. */
    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }

    private static byte[] workbook(int i) {
        byte[] bytes = new byte[100_000 + i];
        new Random(i).nextBytes(bytes);
        return bytes;
    }

    /** Stores one upload per thread through {@code stores[i % stores.length]}, all released at once, with readers polling. */
    private List<StoredVersion> storeConcurrently(SubmissionStore... stores) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<StoredVersion>> writes = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                writes.add(pool.submit(() -> {
                    start.await();
                    return stores[n % stores.length].store(new NewSubmission("2024-Q2", "nord", "demo-nord", workbook(n), workbook(n + 1000),
                            null, true, "almi-2021", "r", "{\"n\":" + n + "}"));
                }));
            }
            List<Future<Integer>> reads = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                reads.add(pool.submit(() -> {
                    int polls = 0;
                    start.await();
                    while (writing.get()) {
                        stores[0].versions("2024-Q2", "nord");
                        stores[0].latestPerRegion("2024-Q2");
                        polls++;
                    }
                    return polls;
                }));
            }
            start.countDown();
            List<StoredVersion> stored = new ArrayList<>();
            for (Future<StoredVersion> f : writes) {
                stored.add(f.get(60, TimeUnit.SECONDS));
            }
            writing.set(false);
            for (Future<Integer> f : reads) {
                assertTrue(f.get(60, TimeUnit.SECONDS) >= 0);
            }
            return stored;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSixteenIntactVersions(List<StoredVersion> stored, SubmissionStore store, Database db) {
        Set<Integer> versions = stored.stream().map(StoredVersion::version).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IntStream.rangeClosed(1, THREADS).boxed().collect(Collectors.toSet()), versions);
        for (StoredVersion v : stored) {
            int n = Integer.parseInt(v.reportJson().replaceAll("\\D", ""));
            byte[] original = store.original("2024-Q2", "nord", v.version()).orElseThrow();
            assertArrayEquals(workbook(n), original);
            assertEquals(Hashes.sha256(original), v.sha256());
            assertArrayEquals(workbook(n + 1000), store.annotated("2024-Q2", "nord", v.version()).orElseThrow());
        }
        AuditLog.Verification check = new AuditLog(db, Clock.systemUTC()).verify();
        assertTrue(check.intact());
        assertEquals(THREADS, check.entries());
    }

    @Test
    void store_sixteenThreadsAtOnce_allGetDistinctVersionsAndIntactBytes() throws Exception {
        try (Database db = openDatabase()) {
            SubmissionStore store = new SubmissionStore(db, Clock.systemUTC());
            assertSixteenIntactVersions(storeConcurrently(store), store, db);
        }
    }

    @Test
    void store_twoDatabaseHandlesOnOneFile_waitForEachOtherInsteadOfFailing() throws Exception {
        try (Database a = openDatabase(); Database b = openDatabase()) {
            SubmissionStore storeA = new SubmissionStore(a, Clock.systemUTC());
            SubmissionStore storeB = new SubmissionStore(b, Clock.systemUTC());
            assertSixteenIntactVersions(storeConcurrently(storeA, storeB), storeA, a);
        }
    }
}
