package goalbook.notices;

import goalbook.goals.Period;
import goalbook.goals.Regions;
import goalbook.periods.PeriodService;
import goalbook.periods.PeriodStatus;
import goalbook.storage.NoticeOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds the regions that have not submitted the quarter being reported (the last one that has
 * ended): once from {@code reminderDays} before the last day, once on the last day, never after it
 * and never once the quarter is approved. A server that was down on the day reminds when it is back,
 * still before the last day; each reminder is queued once per region, however many instances poll.
 */
final class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final PeriodService periods;
    private final Regions regions;
    private final NoticeOutbox outbox;
    private final Supplier<Recipients> recipients;
    private final Duration deadlineAfterQuarterEnd;
    private final int reminderDays;
    private final String link;

    Reminders(PeriodService periods, Regions regions, NoticeOutbox outbox, Supplier<Recipients> recipients, Duration deadlineAfterQuarterEnd,
              int reminderDays, String link) {
        this.periods = periods;
        this.regions = regions;
        this.outbox = outbox;
        this.recipients = recipients;
        this.deadlineAfterQuarterEnd = deadlineAfterQuarterEnd;
        this.reminderDays = reminderDays;
        this.link = link;
    }

    /** Queues the reminders due at {@code clock}'s now; returns how many were queued. */
    int queueDue(Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Period period = Period.lastCompletedOn(today);
        Instant deadline = PeriodService.deadline(period, deadlineAfterQuarterEnd);
        // the deadline is the start of the day after the last one
        LocalDate lastDay = LocalDate.ofInstant(deadline.minusSeconds(1), ZoneOffset.UTC);
        boolean onLastDay = today.equals(lastDay);
        if (today.isAfter(lastDay) || today.isBefore(lastDay.minusDays(reminderDays))) {
            return 0;
        }
        PeriodStatus status;
        try {
            status = periods.status(period, now, deadlineAfterQuarterEnd);
        } catch (RuntimeException e) {
            LOG.warn("Notices: no reminders for {}: {}", period, e.getMessage());
            return 0;
        }
        if ("APPROVED".equals(status.approval())) {
            return 0;
        }
        int queued = 0;
        for (PeriodStatus.RegionStatus r : status.perRegion()) {
            if (r.version() != null) {
                continue;
            }
            Notice n = NoticeTexts.reminder(period, r.region(), r.name(), lastDay, onLastDay, link);
            String key = "reminder/" + period + "/" + r.region() + "/" + (onLastDay ? "last-day" : "before");
            queued += outbox.queue(n.to(key, recipients.get().of(n.kind(), r.region()).all()), now);
        }
        return queued;
    }
}
