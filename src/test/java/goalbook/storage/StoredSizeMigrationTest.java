package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V16: what was stored before the budget counted sizes as they were stored is counted as the budget counted it then. */
class StoredSizeMigrationTest {
    private static final String REPORT = "{\"kommentar\":\"Större än väntat\"}";

    @TempDir
    Path dir;

    @Test
    void migration_countsEveryVersionAndLaterCopyStoredBefore() throws SQLException {
        String url = Database.defaultUrl(dir);
        Schema.createFolder(url);
        Schema.migrate(url, "15");
        try (Connection c = DriverManager.getConnection(url)) {
            insert(c, 1, "nord", 1, new byte[1000], new byte[300]);
            insert(c, 2, "nord", 2, new byte[1200], null);
            insert(c, 3, "mitt", 1, new byte[5000], null);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotated_copy (submission_id, bytes, created_at) VALUES (2, ?, ?)")) {
                ps.setBytes(1, new byte[400]);
                ps.setString(2, "2024-05-01T10:00:00Z");
                ps.executeUpdate();
            }
        }
        long report = REPORT.getBytes(StandardCharsets.UTF_8).length;
        MutableClock clock = new MutableClock();
        try (Database db = Database.open(url)) {
            SubmissionStore store = new SubmissionStore(db, clock);
            BudgetUse nord = store.budgets().use("2024-Q2", "nord");
            assertEquals(2, nord.versions(), "an annotated copy made later is not a version");
            assertEquals(1000 + 300 + report + 1200 + 400 + report, nord.bytes(), "Swedish text counted in bytes, the later copy too");
            assertEquals(5000 + report, store.budgets().use("2024-Q2", "mitt").bytes());

            store.store(new NewSubmission("2024-Q2", "nord", "demo-nord", new byte[700], null, null, true, "almi-2021", "rev", REPORT));
            assertEquals(3, store.budgets().use("2024-Q2", "nord").versions(), "a version stored after the migration adds to the count");
            assertEquals(nord.bytes() + 700 + report, store.budgets().use("2024-Q2", "nord").bytes());
            assertThrows(StorageException.class, () -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE stored_size SET bytes = 0")) {
                    return ps.executeUpdate();
                }
            }), "a counted size is never changed");
        }
    }

    private static void insert(Connection c, int id, String region, int version, byte[] original, byte[] annotated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (id, period, region, version, created_at, actor, sha256, valid,"
                + " structure, structure_revision, report_json, original, annotated) VALUES (?, '2024-Q2', ?, ?, '2024-05-01T09:00:00Z',"
                + " 'demo', ?, 1, 'almi-2021', 'rev', ?, ?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, region);
            ps.setInt(3, version);
            ps.setString(4, Hashes.sha256(original));
            ps.setString(5, REPORT);
            ps.setBytes(6, original);
            ps.setBytes(7, annotated);
            ps.executeUpdate();
        }
    }
}
