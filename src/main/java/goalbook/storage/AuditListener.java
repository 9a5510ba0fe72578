package goalbook.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Told of every audit entry inside the transaction that writes it, e.g. to queue a notice that
 * commits or rolls back with the event. Runs under a savepoint: a failure here is logged and undone,
 * never a reason to fail the event itself.
 */
@FunctionalInterface
public interface AuditListener {
    AuditListener NONE = (c, entry, actorLabel) -> {};

    void recorded(Connection c, AuditEntry entry, String actorLabel) throws SQLException;
}
