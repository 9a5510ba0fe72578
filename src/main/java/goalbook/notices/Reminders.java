package goalbook.notices;

import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.periods.PeriodService;
import goalbook.periods.QuarterData;
import goalbook.storage.NoticeDraft;
import goalbook.storage.NoticeOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
        // which regions have a version and whether the quarter is approved: no consolidation needed
        QuarterData quarter;
        try {
            quarter = periods.data(period);
        } catch (RuntimeException e) {
            LOG.warn("Notices: no reminders for {}: {}", period, e.getMessage());
            return 0;
        }
        if (quarter.approved()) {
            return 0;
        }
        List<NoticeDraft> drafts = new ArrayList<>();
        for (Region r : regions.all()) {
            if (quarter.versions().containsKey(r.id())) {
                continue;
            }
            Notice n = NoticeTexts.reminder(period, r.id(), r.name(), lastDay, onLastDay, link);
            String key = "reminder/" + period + "/" + r.id() + "/" + (onLastDay ? "last-day" : "before");
            drafts.addAll(n.to(key, recipients.get().of(n.kind(), r.id()).all()));
        }
        return drafts.isEmpty() ? 0 : outbox.queue(drafts, now);
    }
}
