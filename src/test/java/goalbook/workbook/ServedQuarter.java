package goalbook.workbook;

import goalbook.workbook.template.TemplateRenderer;
import goalbook.workbook.intake.UploadLimits;
import goalbook.FilledTemplates;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.goals.TestStructures;
import goalbook.storage.ApprovalStore;
import goalbook.storage.Database;
import goalbook.periods.PeriodService;
import goalbook.periods.QuarterWorkbooks;
import goalbook.submissions.ReferenceDataService;
import goalbook.storage.ReferenceStore;
import goalbook.storage.ReviewStore;
import goalbook.submissions.SubmissionService;
import goalbook.storage.SubmissionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server's services in-process on a fresh database with a fixed clock, e.g. a region submits a
 * filled template and gets the stored annotated copy back, as over HTTP but without a server.
 */
final class ServedQuarter implements AutoCloseable {
    final Regions regions = TestStructures.regions();
    private final java.nio.file.Path dir;
    private final Database db;
    private final SubmissionService submissions;
    final PeriodService periods;
    final QuarterWorkbooks workbooks;
    private final ReferenceDataService reference;

    final ReviewStore reviews;

    ServedQuarter(Instant now) {
        try {
            dir = Files.createTempDirectory("goalbook-conformance");
            db = Database.open(Database.defaultUrl(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SubmissionStore store = new SubmissionStore(db, clock);
        reference = new ReferenceDataService(new ReferenceStore(db, clock), regions);
        reviews = new ReviewStore(db, clock);
        submissions = new SubmissionService(TestStructures.catalog(), regions, store, reviews, reference, UploadLimits.DEFAULT, 1);
        periods = new PeriodService(TestStructures.catalog(), regions, store, new ApprovalStore(db, clock), reviews, reference);
        workbooks = new QuarterWorkbooks(periods, regions, clock);
    }

    /** Stores {@link Fixtures#reference} for every region and the group. */
    void putReference(GoalStructure s, int year) {
        String levels = Fixtures.reference(s).entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue().toPlainString())
                .collect(Collectors.joining(",", "{", "}"));
        String json = regions.all().stream().map(r -> "\"" + r.id() + "\":" + levels)
                .collect(Collectors.joining(",", "{\"regions\":{", "},\"group\":" + levels + "}"));
        reference.put(s, year, json, "controller");
    }

    /** The region's template as the template route renders it, filled with the values whose names it has. */
    byte[] filledTemplate(Period p, String region, Map<String, ?> values) {
        GoalStructure s = periods.structureFor(p);
        Region r = regions.byId(region).orElseThrow();
        Map<String, BigDecimal> ref = reference.resolved(s, p, region);
        return FilledTemplates.fillDue(new TemplateRenderer().render(s, r, p, ref), values);
    }

    /** A stored submission's annotated copy. */
    byte[] submit(Period p, String region, byte[] xlsx) {
        return submissions.submit(p, region, "kontakt@" + region + ".almi.se", xlsx).annotated();
    }

    /** A dry run's annotated copy: checked and annotated, nothing stored. */
    byte[] dryRun(Period p, String region, byte[] xlsx) {
        return submissions.validate(p, region, xlsx, true).annotated();
    }

    byte[] template(Period p, String region) {
        GoalStructure s = periods.structureFor(p);
        return new TemplateRenderer().render(s, regions.byId(region).orElseThrow(), p, reference.resolved(s, p, region));
    }

    byte[] referenceWorkbook(GoalStructure s, int year) {
        return reference.workbook(s, year);
    }

    @Override
    public void close() {
        db.close();
        goalbook.TestServer.removeTree(dir);
    }
}
