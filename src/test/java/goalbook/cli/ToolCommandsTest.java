package goalbook.cli;

import goalbook.App;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.storage.AuditLog;
import goalbook.storage.Database;
import goalbook.storage.NewSubmission;
import goalbook.storage.SubmissionStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verify-audit} and {@code backup} as an operator runs them. */
public class ToolCommandsTest {
    @TempDir
    Path dir;

    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new App()).execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private String databaseWithThreeVersions() {
        String url = Database.defaultUrl(dir);
        try (Database db = Database.open(url)) {
            SubmissionStore store = new SubmissionStore(db, Clock.systemUTC());
            for (int i = 1; i <= 3; i++) {
                byte[] bytes = ("workbook " + i).getBytes(StandardCharsets.UTF_8);
                store.store(new NewSubmission("2024-Q2", "nord", "demo-nord", bytes, bytes, null, true, "almi-2021", "rev", "{}"));
            }
        }
        return url;
    }

    @Test
    void verifyAudit_intactLog_exitsZeroAndCountsEntries() {
        Run r = run("verify-audit", "--db", databaseWithThreeVersions());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Audit log intact: 3 entries"), r.out());
    }

    @Test
    void verifyAudit_tamperedRow_exitsOneAndNamesTheEntry() throws Exception {
        String url = databaseWithThreeVersions();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_log_no_update"); // as someone with the file could
            s.executeUpdate("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
        }
        Run r = run("verify-audit", "--db", url);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("BROKEN at entry 2"), r.out());
    }

    @Test
    void verifyAudit_deletedRow_exitsOne() throws Exception {
        String url = databaseWithThreeVersions();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_log_no_delete");
            s.executeUpdate("DELETE FROM audit_log WHERE seq = 1");
        }
        assertEquals(1, run("verify-audit", "--db", url).exit());
    }

    @Test
    void verifyAudit_noDatabaseThere_exitsTwoAndCreatesNothing() {
        Path missing = dir.resolve("nowhere").resolve("goalbook.db");
        Run r = run("verify-audit", "--db", "jdbc:sqlite:" + missing);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no database at"), r.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void backup_databaseWithVersions_writesACopyThatOpensWithTheSameRows() {
        String url = databaseWithThreeVersions();
        Path copy = dir.resolve("backup.db");
        Run r = run("backup", "--db", url, "--to", copy.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Backup written: " + copy), r.out());
        try (Database original = Database.open(url); Database restored = Database.open("jdbc:sqlite:" + copy)) {
            assertEquals(new SubmissionStore(original, Clock.systemUTC()).versions("2024-Q2", "nord"),
                    new SubmissionStore(restored, Clock.systemUTC()).versions("2024-Q2", "nord"));
            assertTrue(new AuditLog(restored, Clock.systemUTC()).verify().intact());
        }
    }

    @Test
    void backup_existingTarget_exitsTwoAndLeavesItAlone() throws Exception {
        String url = databaseWithThreeVersions();
        Path taken = Files.writeString(dir.resolve("taken.db"), "keep me");
        Run r = run("backup", "--db", url, "--to", taken.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("refusing to overwrite"), r.err());
        assertEquals("keep me", Files.readString(taken));
    }

    @Test
    void backup_postgres_printsThePgDumpCommandAndWritesNothing() {
        Path copy = dir.resolve("goalbook.dump");
        Run r = run("backup", "--db", "jdbc:postgresql://db.example:5433/goalbook?user=goalbook&ssl=true", "--to", copy.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("pg_dump --host=db.example --port=5433 --username=goalbook --format=custom --file="
                + copy.toAbsolutePath().normalize() + " goalbook"), r.err());
        assertFalse(Files.exists(copy));
    }
}
