package goalbook.notices;

import goalbook.storage.NoticeOutbox;
import goalbook.storage.QueuedNotice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds, on one background thread, apart from every request: an upload
 * never waits for a mail server. A failed attempt is tried again after a wait that doubles (1, 2,
 * 4 … minutes, at most an hour, or what the receiver asked for), and fails for good after the last
 * attempt or at once when the receiver refuses in a way no retry mends.
 */
final class NoticeWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeWorker.class);
    private static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final NoticeOutbox outbox;
    private final Reminders reminders;
    private final Sender mail;
    private final Sender webhook;
    private final Clock clock;
    private final NoticeSettings settings;
    private ScheduledExecutorService thread;

    NoticeWorker(NoticeOutbox outbox, Reminders reminders, Sender mail, Sender webhook, Clock clock, NoticeSettings settings) {
        this.outbox = outbox;
        this.reminders = reminders;
        this.mail = mail;
        this.webhook = webhook;
        this.clock = clock;
        this.settings = settings;
    }

    void start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "goalbook-notices");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, settings.pollEvery().toMillis());
        thread.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Notices: a round of delivery failed, the next one tries again: {}", e.toString());
        }
    }

    /** One round: queue due reminders, then try every notice that is due; returns how many were delivered. */
    synchronized int runOnce() {
        reminders.queueDue(clock);
        int delivered = 0;
        for (List<QueuedNotice> due = outbox.claimDue(clock.instant(), BATCH); !due.isEmpty(); due = outbox.claimDue(clock.instant(), BATCH)) {
            for (QueuedNotice d : due) {
                delivered += deliver(d) ? 1 : 0;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return delivered;
    }

    private boolean deliver(QueuedNotice d) {
        try {
            (Recipients.Channel.EMAIL.name().equals(d.channel()) ? mail : webhook).send(d);
            outbox.sent(d.id(), clock.instant());
            return true;
        } catch (DeliveryFailure f) {
            if (f.permanent() || d.attempts() >= settings.maxAttempts()) {
                LOG.warn("Notices: {} to {} failed for good after {} attempts: {}", d.kind(), d.address(), d.attempts(), f.getMessage());
                outbox.failed(d.id(), f.getMessage());
            } else {
                outbox.retry(d.id(), clock.instant().plus(wait(d.attempts(), f.retryAfter())), f.getMessage());
            }
            return false;
        }
    }

    /** The wait after attempt {@code attempts}: the first retry wait doubled per attempt, at most an hour, at least what was asked. */
    Duration wait(int attempts, Duration asked) {
        Duration backoff = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration capped = backoff.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : backoff;
        return asked != null && asked.compareTo(capped) > 0 ? asked : capped;
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
