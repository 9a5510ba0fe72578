package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void open_emptyFile_createsAllTables() throws Exception {
        Path file = Files.createFile(dir.resolve("goalbook.db"));
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            assertEquals("jdbc:sqlite:" + file, db.url());
            assertTrue(db.read(DatabaseTest::tables).containsAll(Set.of("submission", "reference_data", "approval", "audit_log")));
        }
    }

    @Test
    void open_missingFolder_createsIt() {
        Path data = dir.resolve("a/b");
        try (Database db = Database.open(Database.defaultUrl(data))) {
            assertTrue(Files.exists(data.resolve("goalbook.db")));
        }
    }

    @Test
    void open_again_runsNoMigrationTwiceAndKeepsData() {
        String url = Database.defaultUrl(dir);
        try (Database db = Database.open(url)) {
            new ReferenceStore(db, Clock.systemUTC()).save("almi-2021", 2024, "{}", "demo-controller");
        }
        try (Database db = Database.open(url)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM reference_data"));
            assertEquals(2, new ReferenceStore(db, Clock.systemUTC()).save("almi-2021", 2024, "{}", "demo-controller"));
        }
    }

    @Test
    void open_sqlite_appliesWalBusyTimeoutFullSyncAndForeignKeysOnReadersAndWriter() {
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            for (String side : new String[] {"reader", "writer"}) {
                SqlWork<String> settings = c -> pragma(c, "journal_mode") + "," + pragma(c, "busy_timeout") + ","
                        + pragma(c, "synchronous") + "," + pragma(c, "foreign_keys");
                assertEquals("wal,5000,2,1", side.equals("reader") ? db.read(settings) : db.write(settings), side);
            }
        }
    }

    @Test
    void write_afterClose_isRefused() {
        Database db = Database.open(Database.defaultUrl(dir));
        db.close();
        assertThrows(IllegalStateException.class, () -> db.write(c -> 1));
        assertThrows(IllegalStateException.class, () -> db.read(c -> 1));
    }

    @Test
    void write_nested_isRefusedAndOuterRolledBack() {
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            AuditLog audit = new AuditLog(db, Clock.systemUTC());
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                audit.append(c, "a", "outer", "s", "");
                return audit.append("a", "inner", "s", "");
            }));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM audit_log"));
        }
    }

    @Test
    void reachable_whileOpen_andNotOnceClosed() {
        Database db = Database.open(Database.defaultUrl(dir));
        assertTrue(db.reachable());
        db.close();
        assertFalse(db.reachable());
    }
}
