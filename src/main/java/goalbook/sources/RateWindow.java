package goalbook.sources;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * At most {@code limit} requests per sliding {@code window}, e.g. PxWeb's 30 per 10 s:
 * {@link #waitBeforeNext} says how long to wait before one more may go.
 */
final class RateWindow {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();

    RateWindow(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Zero when fewer than {@code limit} requests went in the last window, else the time until the oldest leaves it. */
    synchronized Duration waitBeforeNext() {
        long now = clock.millis();
        while (!sent.isEmpty() && sent.peekFirst() <= now - window.toMillis()) {
            sent.removeFirst();
        }
        return sent.size() < limit ? Duration.ZERO : Duration.ofMillis(sent.peekFirst() + window.toMillis() - now);
    }

    synchronized void record() {
        sent.addLast(clock.millis());
    }
}
