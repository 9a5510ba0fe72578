package goalbook.submissions;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound on workbooks parsed at once, with a short queue in front: POI's parsing cannot be
 * interrupted and holds the whole workbook, so a flood waits its turn or is told to retry (503)
 * instead of exhausting the heap. E.g. 4 at once, 24 waiting, at most 30 s each.
 */
final class ParseGate {
    private final Semaphore permits;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    ParseGate(int atOnce, int maxWaiting, Duration maxWait) {
        this.permits = new Semaphore(atOnce, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** Waits for a turn; {@link ServerBusyException} when the queue is full or the wait too long. */
    void enter() {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new ServerBusyException();
        }
        try {
            if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServerBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException();
        } finally {
            waiting.decrementAndGet();
        }
    }

    void leave() {
        permits.release();
    }
}
