package goalbook.notices;

import goalbook.storage.NoticeOutbox;
import goalbook.storage.QueuedNotice;
import goalbook.FilledTemplates;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Regions;
import goalbook.goals.TestStructures;
import goalbook.storage.Actor;
import goalbook.storage.ApprovalStore;
import goalbook.storage.Database;
import goalbook.storage.MutableClock;
import goalbook.periods.PeriodService;
import goalbook.submissions.ReferenceDataService;
import goalbook.storage.ReferenceStore;
import goalbook.storage.ReviewState;
import goalbook.storage.ReviewStore;
import goalbook.submissions.SubmissionService;
import goalbook.storage.SubmissionStore;
import goalbook.workbook.template.TemplateRenderer;
import goalbook.workbook.intake.UploadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The server's services and the notices on one SQLite file with a clock the test moves, the worker
 * run by hand: events come from the real stores (a stored version, a review, an approval), so each
 * notice is queued exactly where the server queues it. {@link #restart()} closes the database and
 * opens it again with a new worker, as a restarted server would.
 */
final class NoticeRig implements AutoCloseable {
    static final Period Q2 = new Period(2024, 2);
    static final Duration DEADLINE = Duration.ofDays(20);

    final MutableClock clock = new MutableClock();
    final Regions regions = TestStructures.regions();
    private final Path dir;
    private final NoticeSettings settings;
    private Database db;
    private SubmissionService submissions;
    ReviewStore reviews;
    PeriodService periods;
    NoticeOutbox outbox;
    Reminders reminders;
    NoticeWorker worker;

    private final String url;

    NoticeRig(String recipientsYaml, NoticeSettings.SmtpSettings smtp) {
        this(recipientsYaml, smtp, null);
    }

    /** @param url the database, e.g. a throw-away PostgreSQL one; null for SQLite in the rig's folder */
    NoticeRig(String recipientsYaml, NoticeSettings.SmtpSettings smtp, String url) {
        try {
            dir = Files.createTempDirectory("goalbook-notices");
            Path file = dir.resolve("notices.yaml");
            Files.writeString(file, recipientsYaml);
            settings = new NoticeSettings(file, smtp, 5, Duration.ofSeconds(30), 4, Duration.ofMinutes(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.url = url == null ? Database.defaultUrl(dir) : url;
        open();
    }

    private void open() {
        db = Database.open(url);
        SubmissionStore store = new SubmissionStore(db, clock);
        ReferenceDataService reference = new ReferenceDataService(new ReferenceStore(db, clock), regions);
        reviews = new ReviewStore(db, clock);
        submissions = new SubmissionService(TestStructures.catalog(), regions, store, reviews, reference, UploadLimits.DEFAULT, 1);
        periods = new PeriodService(TestStructures.catalog(), regions, store, new ApprovalStore(db, clock), reviews, reference);
        RecipientsFile file = new RecipientsFile(settings.recipientsFile(), regions.all().stream().map(r -> r.id())
                .collect(java.util.stream.Collectors.toSet()));
        db.onAudit(new AuditNotices(file::current, regions, "https://goalbook.example/addin/taskpane.html"));
        outbox = new NoticeOutbox(db);
        reminders = new Reminders(periods, regions, outbox, file::current, DEADLINE, settings.reminderDays(),
                "https://goalbook.example/addin/taskpane.html");
        worker = new NoticeWorker(outbox, reminders, new MailSender(settings.smtp()), new WebhookSender(), clock, settings);
    }

    void restart() {
        db.close();
        open();
    }

    void moveTo(Instant at) {
        clock.set(at);
    }

    /** A valid version of the region's 2024-Q2 report, stored as the region's user. */
    int submit(String region) {
        GoalStructure s = periods.structureFor(Q2);
        byte[] template = new TemplateRenderer().render(s, regions.byId(region).orElseThrow(), Q2, java.util.Map.of());
        return submissions.submit(Q2, region, Actor.named("kontakt@" + region + ".almi.se"),
                FilledTemplates.fillDue(template, FilledTemplates.B_Q2_MET), null).stored().orElseThrow().version();
    }

    void returnVersion(String region, String reason) {
        reviews.decide(Q2.toString(), region, 0, ReviewState.RETURNED, reason, null, List.of(), Actor.named("controller"));
    }

    void approveAllowingMissing() {
        periods.approve(Q2, Actor.named("Koncerncontroller"), true, true, "kvartalsmöte");
    }

    List<QueuedNotice> all() {
        return outbox.latest(null, 100);
    }

    @Override
    public void close() {
        db.close();
        goalbook.TestServer.removeTree(dir);
    }
}
