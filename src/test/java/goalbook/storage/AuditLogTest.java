package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path dir;

    /** The database under test; the PostgreSQL suite ({@code *PostgresIT}) overrides it. Each call is another handle on the same data. */
    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }
    private Database db;
    private final MutableClock clock = new MutableClock();
    private AuditLog audit;

    @BeforeEach
    void open() {
        db = openDatabase();
        audit = new AuditLog(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            audit.append("demo-controller", "test.action", "subject-" + i, "detail " + i);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    /** SQLite syntax; PostgreSQL names the table too. */
    void dropAppendOnlyTriggers(java.sql.Connection c) throws java.sql.SQLException {
        c.createStatement().executeUpdate("DROP TRIGGER IF EXISTS audit_log_no_update");
        c.createStatement().executeUpdate("DROP TRIGGER IF EXISTS audit_log_no_delete");
    }

    /** Tampering as someone with the database file would: drop the append-only triggers first. */
    private void sql(String statement) {
        db.write(c -> {
            dropAppendOnlyTriggers(c);
            return c.createStatement().executeUpdate(statement);
        });
    }

    @Test
    void appendOnly_updateOrDeleteOfAnEntry_isRefusedByTheDatabase() {
        audit.append("demo-controller", "period.approve", "2024-Q2", "{}");
        StorageException update = assertThrows(StorageException.class,
                () -> db.write(c -> c.createStatement().executeUpdate("UPDATE audit_log SET actor = 'x'")));
        assertTrue(String.valueOf(update.getCause()).contains("append-only"), String.valueOf(update.getCause()));
        assertThrows(StorageException.class, () -> db.write(c -> c.createStatement().executeUpdate("DELETE FROM audit_log")));
        assertEquals(1, audit.verify().entries());
    }

    @Test
    void verify_emptyLog_isIntact() {
        assertEquals(new AuditLog.Verification(true, 0, OptionalLong.empty()), audit.verify());
    }

    @Test
    void append_chainsEachEntryToThePrevious() {
        appendFive();
        List<AuditEntry> entries = audit.latest(5);
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), entries.stream().map(AuditEntry::seq).toList());
        assertEquals(AuditLog.GENESIS, entries.get(4).prevHash());
        for (int i = 0; i < 4; i++) {
            assertEquals(entries.get(i + 1).hash(), entries.get(i).prevHash());
        }
        assertEquals(clock.instant().minus(Duration.ofMinutes(1)), entries.get(0).at());
        assertEquals(new AuditLog.Verification(true, 5, OptionalLong.empty()), audit.verify());
    }

    @Test
    void verify_changedDetail_reportsThatEntry() {
        appendFive();
        sql("UPDATE audit_log SET detail = 'detail X' WHERE seq = 3");
        assertEquals(new AuditLog.Verification(false, 2, OptionalLong.of(3)), audit.verify());
    }

    @Test
    void verify_changedRowWithRecomputedHash_reportsTheNextEntry() {
        appendFive();
        AuditEntry third = audit.latest(3).get(2);
        String forged = AuditLog.hash(third.prevHash(), 3, third.at().toString(), "someone-else", third.action(), third.subject(),
                third.detail());
        sql("UPDATE audit_log SET actor = 'someone-else', hash = '" + forged + "' WHERE seq = 3");
        AuditLog.Verification v = audit.verify();
        assertFalse(v.intact());
        assertEquals(OptionalLong.of(4), v.firstBrokenSeq());
    }

    @Test
    void verify_deletedEntry_reportsTheGap() {
        appendFive();
        sql("DELETE FROM audit_log WHERE seq = 2");
        assertEquals(OptionalLong.of(2), audit.verify().firstBrokenSeq());
    }

    @Test
    void hash_movingTextBetweenFields_changesTheHash() {
        assertFalse(AuditLog.hash(AuditLog.GENESIS, 1, "t", "ab", "c", "s", "").equals(AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "bc", "s", "")));
        assertTrue(AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "s", "").matches("[0-9a-f]{64}"));
    }
}
