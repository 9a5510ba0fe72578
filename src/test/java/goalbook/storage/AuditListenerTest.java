package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notices an audit entry gives are queued with it, roll back with it, and cannot fail it. */
class AuditListenerTest {
    @TempDir
    Path dir;
    private Database db;
    private AuditLog audit;
    private NoticeOutbox outbox;

    @BeforeEach
    void open() {
        db = openDatabase();
        audit = new AuditLog(db, new MutableClock());
        outbox = new NoticeOutbox(db);
    }

    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static NoticeDraft draft(AuditEntry entry, String label, String address) {
        return new NoticeDraft("audit/" + entry.seq(), "APPROVED", entry.subject(), null, "EMAIL", address, null,
                entry.action() + " by " + label, "text", null);
    }

    private List<String> queuedTitles() {
        return outbox.latest(null, 10).stream().map(q -> q.title() + " to " + q.address()).toList();
    }

    @Test
    void committedEvent_queuesItsNoticesOncePerAddress() {
        db.onAudit((entry, label) -> List.of(draft(entry, label, "a@almi.se"), draft(entry, label, "b@almi.se"),
                draft(entry, label, "a@almi.se")));
        audit.append("demo-controller", "period.approve", "2024-Q2", "{}");
        assertEquals(List.of("period.approve by demo-controller to b@almi.se", "period.approve by demo-controller to a@almi.se"),
                queuedTitles());
    }

    @Test
    void rolledBackEvent_queuesNothing() {
        db.onAudit((entry, label) -> List.of(draft(entry, label, "a@almi.se")));
        assertThrows(IllegalStateException.class, () -> db.write(c -> {
            audit.append(c, "demo-controller", "period.approve", "2024-Q2", "{}");
            throw new IllegalStateException("the approval fails after its audit entry");
        }));
        assertEquals(List.of(), queuedTitles());
        assertEquals(0, audit.latest(10).size());
    }

    @Test
    void failingListener_leavesTheEvent_andQueuesNothingHalfway() {
        db.onAudit((entry, label) -> List.of(draft(entry, label, "a@almi.se"),
                new NoticeDraft("audit/" + entry.seq(), "APPROVED", "2024-Q2", null, "EMAIL", null, null, "t", "x", null)));
        audit.append("demo-controller", "period.approve", "2024-Q2", "{}");
        assertEquals(List.of(), queuedTitles(), "the first notice is undone with the one the database refused");
        assertEquals(1, audit.latest(10).size(), "the event stands");
        assertEquals(true, audit.verify().intact());

        db.onAudit((entry, label) -> {
            throw new IllegalStateException("the recipients cannot be read");
        });
        audit.append("demo-controller", "period.reopen", "2024-Q2", "{}");
        assertEquals(2, audit.latest(10).size());
    }
}
