package goalbook.storage;

import java.util.List;

/**
 * Asked, for every audit entry, which notices tell people about it; they are queued in the
 * transaction that writes the entry, so they commit or roll back with the event. Runs under a
 * savepoint: a failure here is logged and undone, never a reason to fail the event itself.
 */
@FunctionalInterface
public interface AuditListener {
    AuditListener NONE = (entry, actorLabel) -> List.of();

    List<NoticeDraft> noticesFor(AuditEntry entry, String actorLabel);
}
