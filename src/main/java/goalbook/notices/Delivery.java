package goalbook.notices;

import java.time.Instant;

/**
 * One notice to one address, as the outbox holds it, e.g. a RETURNED notice to nord@almi.se on its
 * second attempt.
 *
 * @param state    PENDING, SENDING, SENT or FAILED (for good)
 * @param attempts attempts made, counting the one in progress
 */
record Delivery(long id, String eventKey, NoticeKind kind, String period, String region, Recipients.Channel channel, String address,
                String format, String title, String text, String link, String state, int attempts, String lastError,
                Instant createdAt, Instant sentAt) {

    Notice notice() {
        return new Notice(kind, period, region, title, text, link);
    }
}
