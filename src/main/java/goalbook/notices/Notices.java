package goalbook.notices;

import goalbook.goals.Regions;
import goalbook.storage.Database;
import goalbook.storage.NoticeOutbox;
import goalbook.storage.QueuedNotice;
import goalbook.periods.PeriodService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notices as the server runs them: queued with the events they tell about (through the database's
 * audit listener) and delivered in the background. Off without a recipients file; the controller's
 * overview then says so.
 */
public final class Notices implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Notices.class);
    private final NoticeOutbox outbox;
    /** Delivers in the background; null when notices are off. */
    private final NoticeWorker worker;

    private Notices(NoticeOutbox outbox, NoticeWorker worker) {
        this.outbox = outbox;
        this.worker = worker;
    }

    /**
     * Starts notices on {@code db}; with {@code settings} off, nothing is queued or sent.
     *
     * @param publicUrl the server's public address, for the link in each notice; null for none
     */
    public static Notices start(Database db, NoticeSettings settings, Regions regions, PeriodService periods, Clock clock,
                                Duration deadlineAfterQuarterEnd, String publicUrl) {
        NoticeOutbox outbox = new NoticeOutbox(db);
        if (!settings.enabled()) {
            return new Notices(outbox, null);
        }
        String link = publicUrl == null ? null : publicUrl.replaceAll("/+$", "") + "/addin/taskpane.html";
        RecipientsFile file = new RecipientsFile(settings.recipientsFile(), Set.copyOf(regions.ids()));
        db.onAudit(new AuditNotices(file::current, regions, link));
        Reminders reminders = new Reminders(periods, regions, outbox, file::current, deadlineAfterQuarterEnd, settings.reminderDays(), link);
        NoticeWorker worker = new NoticeWorker(outbox, reminders, new MailSender(settings.smtp()), new WebhookSender(), clock, settings);
        worker.start();
        LOG.info("Notices: on, recipients from {}; e-mail {}; reminders {} days before the last day", settings.recipientsFile(),
                settings.smtp() == null ? "off (no GOALBOOK_SMTP_HOST: e-mail notices fail visibly)"
                        : "via " + settings.smtp().host() + ":" + settings.smtp().port(), settings.reminderDays());
        return new Notices(outbox, worker);
    }

    /** What the controller sees: whether notices are on, how many are in each state, the newest ones (in {@code state} if given). */
    public Overview overview(String state, int limit) {
        // counts first: the lines, read after, are never older than the counts they come with
        Map<String, Integer> counts = outbox.counts();
        List<Line> lines = outbox.latest(state, limit).stream().map(Line::of).toList();
        return new Overview(worker != null, counts, lines);
    }

    /** Notices that failed for good, for the status grid. */
    public int failedForGood() {
        return outbox.counts().getOrDefault("FAILED", 0);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }

    /** The notices at a glance, e.g. enabled, {@code {SENT=30, FAILED=1}}, the newest first. */
    public record Overview(boolean enabled, Map<String, Integer> counts, List<Line> latest) {}

    /** One notice to one address and how its delivery stands. */
    public record Line(long id, String kind, String period, String region, String channel, String address, String title, String state,
                       int attempts, String lastError, Instant queuedAt, Instant sentAt) {
        static Line of(QueuedNotice d) {
            return new Line(d.id(), d.kind(), d.period(), d.region(), d.channel(), d.address(), d.title(), d.state(),
                    d.attempts(), d.lastError(), d.createdAt(), d.sentAt());
        }
    }
}
