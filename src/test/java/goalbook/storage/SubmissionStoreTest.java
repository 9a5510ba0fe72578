package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionStoreTest {

    @TempDir
    Path dir;

    /** The database under test; the PostgreSQL suite ({@code *PostgresIT}) overrides it. Each call is another handle on the same data. */
    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }
    private Database db;
    private final MutableClock clock = new MutableClock();
    private final AtomicBoolean failBeforeCommit = new AtomicBoolean();
    private SubmissionStore store;

    @BeforeEach
    void open() {
        db = openDatabase();
        store = new SubmissionStore(db, clock, QuarterBudget.DEFAULT, () -> {
            if (failBeforeCommit.get()) {
                throw new IllegalStateException("injected failure");
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    static NewSubmission upload(String period, String region, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new NewSubmission(period, region, "demo-" + region, bytes, ("annotated " + content).getBytes(StandardCharsets.UTF_8),
                null, !content.contains("invalid"), "almi-2021", "rev-abc", "{\"content\":\"" + content + "\"}");
    }

    @Test
    void latest_ofSeveralQuarters_givesEachQuartersNewestVersionOfThatRegionOnly() {
        store.store(upload("2024-Q1", "nord", "q1 first"));
        store.store(upload("2024-Q1", "nord", "q1 second"));
        store.store(upload("2023-Q2", "nord", "last year"));
        store.store(upload("2024-Q1", "mitt", "another region, newer"));
        store.store(upload("2024-Q1", "mitt", "another region, newest"));
        store.store(upload("2023-Q4", "mitt", "only another region"));
        java.util.Map<String, StoredVersion> latest = store.latest("nord", List.of("2024-Q1", "2023-Q4", "2023-Q3", "2023-Q2"));
        assertEquals(java.util.Set.of("2024-Q1", "2023-Q2"), latest.keySet(), "a quarter without a version of the region is absent");
        assertEquals(2, latest.get("2024-Q1").version());
        assertEquals("{\"content\":\"q1 second\"}", latest.get("2024-Q1").reportJson());
        assertEquals("nord", latest.get("2023-Q2").region());
        assertEquals(latest.get("2024-Q1").id(), store.latest("2024-Q1", "nord").orElseThrow().id(), "the same as asking one quarter");
        assertEquals(java.util.Map.of(), store.latest("nord", List.of()));
    }

    @Test
    void store_threeUploads_numbersVersionsOneTwoThree() {
        assertEquals(1, store.store(upload("2024-Q2", "nord", "a")).version());
        assertEquals(2, store.store(upload("2024-Q2", "nord", "b")).version());
        StoredVersion third = store.store(upload("2024-Q2", "nord", "c invalid"));
        assertEquals(3, third.version());
        assertTrue(third.created());
        assertFalse(third.valid());
    }

    @Test
    void store_otherRegionOrPeriod_numbersIndependently() {
        store.store(upload("2024-Q2", "nord", "a"));
        store.store(upload("2024-Q2", "nord", "b"));
        assertEquals(1, store.store(upload("2024-Q2", "mitt", "a")).version());
        assertEquals(1, store.store(upload("2024-Q3", "nord", "a")).version());
        assertEquals(3, store.store(upload("2024-Q2", "nord", "c")).version());
    }

    @Test
    void store_keepsEveryFieldWithTheClocksTime() {
        StoredVersion v = store.store(upload("2024-Q2", "nord", "a"));
        StoredVersion expected = new StoredVersion(v.id(), "2024-Q2", "nord", 1, clock.instant(), "demo-nord",
                Hashes.sha256("a".getBytes(StandardCharsets.UTF_8)), true, "almi-2021", "rev-abc", "{\"content\":\"a\"}", true);
        assertEquals(expected, v);
        assertEquals(Optional.of(new StoredVersion(v.id(), "2024-Q2", "nord", 1, clock.instant(), "demo-nord", v.sha256(), true,
                "almi-2021", "rev-abc", "{\"content\":\"a\"}", false)), store.latest("2024-Q2", "nord"));
    }

    @Test
    void store_sameBytesAsLatest_returnsThatVersionUncreated() {
        store.store(upload("2024-Q2", "nord", "a"));
        StoredVersion first = store.store(upload("2024-Q2", "nord", "b"));
        clock.advance(Duration.ofMinutes(5));
        StoredVersion again = store.store(upload("2024-Q2", "nord", "b"));
        assertEquals(2, again.version());
        assertFalse(again.created());
        assertEquals(first.createdAt(), again.createdAt());
        assertEquals(2, store.versions("2024-Q2", "nord").size());
        assertEquals(2, new AuditLog(db, clock).verify().entries());
    }

    @Test
    void store_sameBytesAsAnOlderVersion_createsANewVersion() {
        store.store(upload("2024-Q2", "nord", "a"));
        store.store(upload("2024-Q2", "nord", "b"));
        StoredVersion back = store.store(upload("2024-Q2", "nord", "a"));
        assertEquals(3, back.version());
        assertTrue(back.created());
    }

    @Test
    void store_failureInsideTheTransaction_leavesNothingWritten() {
        store.store(upload("2024-Q2", "nord", "a"));
        failBeforeCommit.set(true);
        assertThrows(IllegalStateException.class, () -> store.store(upload("2024-Q2", "nord", "b")));
        assertThrows(IllegalStateException.class, () -> store.store(upload("2024-Q2", "mitt", "a")));
        failBeforeCommit.set(false);

        assertEquals(List.of(1), store.versions("2024-Q2", "nord").stream().map(StoredVersion::version).toList());
        assertEquals(List.of(), store.versions("2024-Q2", "mitt"));
        assertEquals(Optional.empty(), store.original("2024-Q2", "nord", 2));
        AuditLog.Verification v = new AuditLog(db, clock).verify();
        assertTrue(v.intact());
        assertEquals(1, v.entries());
        assertEquals(2, store.store(upload("2024-Q2", "nord", "b")).version());
    }

    @Test
    void versions_newestFirst_andBytesReadBackExactly() {
        store.store(upload("2024-Q2", "nord", "a"));
        store.store(upload("2024-Q2", "nord", "b"));
        assertEquals(List.of(2, 1), store.versions("2024-Q2", "nord").stream().map(StoredVersion::version).toList());
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), store.original("2024-Q2", "nord", 1).orElseThrow());
        assertArrayEquals("annotated b".getBytes(StandardCharsets.UTF_8), store.annotated("2024-Q2", "nord", 2).orElseThrow());
        assertEquals(Optional.empty(), store.original("2024-Q2", "nord", 3));
        assertEquals(List.of(), store.versions("2024-Q1", "nord"));
        assertEquals(Optional.empty(), store.latest("2024-Q1", "nord"));
    }

    @Test
    void annotated_noneStored_isEmpty() {
        byte[] bytes = {1, 2, 3};
        store.store(new NewSubmission("2024-Q2", "nord", "demo-nord", bytes, null, null, true, "almi-2021", "r", "{}"));
        assertEquals(Optional.empty(), store.annotated("2024-Q2", "nord", 1));
        assertArrayEquals(bytes, store.original("2024-Q2", "nord", 1).orElseThrow());
    }

    @Test
    void latestPerRegion_givesEachRegionsNewestVersionByRegionId() {
        store.store(upload("2024-Q2", "nord", "a"));
        store.store(upload("2024-Q2", "nord", "b"));
        store.store(upload("2024-Q2", "mitt", "a"));
        store.store(upload("2024-Q3", "skane", "a"));
        List<StoredVersion> latest = store.latestPerRegion("2024-Q2");
        assertEquals(List.of("mitt/1", "nord/2"), latest.stream().map(v -> v.region() + "/" + v.version()).toList());
    }

    @Test
    void store_appendsAnAuditEntryNamingVersionAndHash() {
        StoredVersion v = store.store(upload("2024-Q2", "nord", "a"));
        AuditEntry e = new AuditLog(db, clock).latest(1).get(0);
        assertEquals("demo-nord", e.actor());
        assertEquals("submission.store", e.action());
        assertEquals("2024-Q2/nord", e.subject());
        assertEquals("{\"version\":1,\"sha256\":\"" + v.sha256() + "\",\"valid\":true}", e.detail());
    }

    @Test
    void newSubmission_wrongSha256_isRefused() {
        byte[] bytes = {1};
        assertThrows(IllegalArgumentException.class,
                () -> new NewSubmission("2024-Q2", "nord", "a", bytes, null, "0".repeat(64), true, "s", "r", "{}"));
        assertEquals(Hashes.sha256(bytes),
                new NewSubmission("2024-Q2", "nord", "a", bytes, null, Hashes.sha256(bytes).toUpperCase(), true, "s", "r", "{}").sha256());
    }

    @Test
    void newSubmission_badPeriod_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> upload("2024-2", "nord", "a"));
    }

    @Test
    void annotatedCopy_keptOnceAfterTheVersion_laterKeepsAnswerTheFirst() {
        StoredVersion v = store.store(new NewSubmission("2024-Q2", "nord", "demo-nord", "a".getBytes(StandardCharsets.UTF_8), null, null, true,
                "almi-2021", "rev-abc", "{}"));
        assertEquals(Optional.empty(), store.annotated("2024-Q2", "nord", 1), "stored without a copy");
        byte[] first = "copy one".getBytes(StandardCharsets.UTF_8);
        long before = store.budgets().use("2024-Q2", "nord").bytes();
        assertArrayEquals(first, store.keepAnnotated(v, first));
        assertEquals(before + first.length, store.budgets().use("2024-Q2", "nord").bytes(), "the kept copy counts against the budget");
        assertArrayEquals(first, store.keepAnnotated(v, "copy two".getBytes(StandardCharsets.UTF_8)), "the first copy stays");
        assertEquals(before + first.length, store.budgets().use("2024-Q2", "nord").bytes(), "a copy not kept is not counted");
        assertEquals(1, store.budgets().use("2024-Q2", "nord").versions(), "a copy is not a version");
        assertArrayEquals(first, store.annotated("2024-Q2", "nord", 1).orElseThrow());
        assertEquals(Optional.empty(), store.annotated("2024-Q2", "nord", 2));
    }
}
