package goalbook.notices;

import java.time.Duration;

/**
 * A notice that did not go out, e.g. "HTTP 503 from the webhook" (tried again later) or "HTTP 404"
 * (permanent: no retry can mend a webhook that does not exist).
 *
 * @param retryAfter what the receiver asked to wait, or null
 */
final class DeliveryFailure extends Exception {
    private final boolean permanent;
    private final transient Duration retryAfter;

    DeliveryFailure(String message, boolean permanent, Duration retryAfter) {
        super(message);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    boolean permanent() {
        return permanent;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
