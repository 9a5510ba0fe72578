package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;
    private Database db;
    private SubmissionStore store;

    @BeforeEach
    void open() {
        db = Database.open(Database.defaultUrl(dir.resolve("data")));
        store = new SubmissionStore(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static NewSubmission upload(String region, String content) {
        return new NewSubmission("2024-Q2", region, "demo-" + region, content.getBytes(StandardCharsets.UTF_8),
                ("annotated " + content).getBytes(StandardCharsets.UTF_8), null, true, "almi-2021", "rev", "{\"c\":\"" + content + "\"}");
    }

    @Test
    void write_databaseWithVersions_copyOpensWithTheSameRowsBytesAndAuditChain() {
        for (int i = 1; i <= 3; i++) {
            store.store(upload("nord", "nord " + i));
        }
        store.store(upload("mitt", "mitt 1"));
        Path copy = dir.resolve("copy.db");

        long size = Backup.write(db, copy);

        assertEquals(size, copy.toFile().length());
        try (Database restored = Database.open(Database.defaultUrl(dir).replace("goalbook.db", "copy.db"))) {
            SubmissionStore r = new SubmissionStore(restored, Clock.systemUTC());
            for (String region : List.of("nord", "mitt")) {
                assertEquals(store.versions("2024-Q2", region), r.versions("2024-Q2", region), region);
                for (StoredVersion v : store.versions("2024-Q2", region)) {
                    assertArrayEquals(store.original("2024-Q2", region, v.version()).orElseThrow(),
                            r.original("2024-Q2", region, v.version()).orElseThrow());
                    assertArrayEquals(store.annotated("2024-Q2", region, v.version()).orElseThrow(),
                            r.annotated("2024-Q2", region, v.version()).orElseThrow());
                }
            }
            AuditLog.Verification v = new AuditLog(restored, Clock.systemUTC()).verify();
            assertEquals(new AuditLog.Verification(true, 4, java.util.OptionalLong.empty()), v);
            assertEquals(new AuditLog(db, Clock.systemUTC()).latest(10), new AuditLog(restored, Clock.systemUTC()).latest(10));
        }
    }

    @Test
    void write_whileUploadsGoOn_copyIsOneWholeSnapshot() throws Exception {
        store.store(upload("nord", "first"));
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.CountDownLatch fiveStored = new java.util.concurrent.CountDownLatch(4);
        Thread writer = new Thread(() -> {
            for (int i = 2; !stop.get(); i++) {
                store.store(upload("nord", "more " + i));
                fiveStored.countDown();
            }
        });
        writer.start();
        try {
            assertTrue(fiveStored.await(60, java.util.concurrent.TimeUnit.SECONDS), "the writer stored five versions");
            Backup.write(db, dir.resolve("live.db"));
        } finally {
            stop.set(true);
            writer.join();
        }
        try (Database copy = Database.open(Database.defaultUrl(dir).replace("goalbook.db", "live.db"))) {
            List<StoredVersion> versions = new SubmissionStore(copy, Clock.systemUTC()).versions("2024-Q2", "nord");
            int n = versions.size();
            assertTrue(n >= 5, "versions in the copy: " + n);
            // newest first, numbered n … 1 without holes, and one audit entry per version, chain intact
            assertEquals(java.util.stream.IntStream.iterate(n, i -> i - 1).limit(n).boxed().toList(),
                    versions.stream().map(StoredVersion::version).toList());
            assertEquals(new AuditLog.Verification(true, n, java.util.OptionalLong.empty()), new AuditLog(copy, Clock.systemUTC()).verify());
        }
    }

    @Test
    void write_existingTarget_isRefusedAndLeftAlone() throws Exception {
        Path target = Files.writeString(dir.resolve("taken.db"), "keep me");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backup.write(db, target));
        assertTrue(e.getMessage().contains("refusing to overwrite"), e.getMessage());
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void write_missingFolder_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Backup.write(db, dir.resolve("no-such-folder").resolve("copy.db")));
    }
}
