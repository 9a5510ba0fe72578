package goalbook.storage;

import java.time.Instant;

/**
 * A notice as the outbox holds it, e.g. a RETURNED notice to nord@almi.se on its second attempt.
 *
 * @param state    PENDING, SENDING, SENT or FAILED (for good)
 * @param attempts attempts made, counting the one in progress
 */
public record QueuedNotice(long id, String eventKey, String kind, String period, String region, String channel, String address,
                           String format, String title, String text, String link, String state, int attempts, String lastError,
                           Instant createdAt, Instant sentAt) {}
