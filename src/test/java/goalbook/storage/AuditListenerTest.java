package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit listener (notices hang on it) commits with the event, rolls back with it, and cannot fail it. */
class AuditListenerTest {
    @TempDir
    Path dir;
    private Database db;
    private AuditLog audit;

    @BeforeEach
    void open() {
        db = openDatabase();
        db.write(c -> c.createStatement().executeUpdate("CREATE TABLE heard (action VARCHAR(40))"));
        audit = new AuditLog(db, new MutableClock());
    }

    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void listenAndRecord() {
        db.onAudit((c, entry, label) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO heard (action) VALUES (?)")) {
                ps.setString(1, entry.action() + " by " + label);
                ps.executeUpdate();
            }
        });
    }

    private List<String> heard() {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT action FROM heard")) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    @Test
    void committedEvent_isHeardInItsTransaction() {
        listenAndRecord();
        audit.append("demo-controller", "period.approve", "2024-Q2", "{}");
        assertEquals(List.of("period.approve by demo-controller"), heard());
    }

    @Test
    void rolledBackEvent_isNotHeard() {
        listenAndRecord();
        assertThrows(IllegalStateException.class, () -> db.write(c -> {
            audit.append(c, "demo-controller", "period.approve", "2024-Q2", "{}");
            throw new IllegalStateException("the approval fails after its audit entry");
        }));
        assertEquals(List.of(), heard());
        assertEquals(0, audit.latest(10).size());
    }

    @Test
    void failingListener_leavesTheEventAndWhatItWroteBeforeFailingUndone() {
        db.onAudit((c, entry, label) -> {
            c.createStatement().executeUpdate("INSERT INTO heard (action) VALUES ('half-written')");
            throw new java.sql.SQLException("the outbox is full");
        });
        audit.append("demo-controller", "period.approve", "2024-Q2", "{}");
        assertEquals(List.of(), heard(), "the listener's own writes are undone");
        assertEquals(1, audit.latest(10).size(), "the event stands");
        assertEquals(true, audit.verify().intact());
    }
}
