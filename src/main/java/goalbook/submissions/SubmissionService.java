package goalbook.submissions;

import goalbook.storage.Hashes;
import goalbook.storage.NewSubmission;
import goalbook.storage.StoredReport;
import goalbook.storage.StoredReportJson;
import goalbook.storage.Actor;
import goalbook.storage.SubmissionStore;
import goalbook.storage.StoredVersion;
import goalbook.storage.ReviewStore;
import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.Report;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.StructureCatalog;
import goalbook.evaluation.SubmittedInputs;
import goalbook.workbook.intake.PrescannedUpload;
import goalbook.workbook.intake.UploadLimits;
import goalbook.workbook.intake.UploadPrescan;
import goalbook.workbook.upload.UploadedWorkbook;
import goalbook.workbook.upload.WorkbookReader;
import goalbook.workbook.intake.WorkbookRefusedException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The flow of one upload: pre-scan (one pass that also keeps the parts a report reads), read them
 * with StAX, check identity, evaluate, annotate with POI when asked, and (unless a dry run) store the
 * original and annotated bytes with the report in one transaction. A JSON dry run never opens POI.
 */
public final class SubmissionService {

    private final ReviewStore reviews;
    private final StructureCatalog catalog;
    private final SubmissionStore store;
    private final ReferenceDataService reference;
    private final UploadLimits limits;
    private final Evaluator evaluator = new Evaluator();
    private final HistoryLoader histories;
    /** Uploads allowed to wait for a parse unless told: as many as the intake lets in by default (all 16 regions at once, twice over). */
    static final int MAX_WAITING = 32;
    private final ParseGate parses;

    private final java.util.function.UnaryOperator<String> regionName;

    public SubmissionService(StructureCatalog catalog, goalbook.goals.Regions regions, SubmissionStore store, ReviewStore reviews,
                             ReferenceDataService reference, UploadLimits limits, int parallelParses) {
        this(catalog, regions, store, reviews, reference, limits, parallelParses, MAX_WAITING);
    }

    /**
     * @param maxWaiting uploads that may wait for one of the {@code parallelParses} turns: the server passes its bound on
     *                   uploads in flight, so an upload it let in waits its turn (at most 30 s) rather than being told to retry
     */
    public SubmissionService(StructureCatalog catalog, goalbook.goals.Regions regions, SubmissionStore store, ReviewStore reviews,
                             ReferenceDataService reference, UploadLimits limits, int parallelParses, int maxWaiting) {
        this.reviews = reviews;
        this.regionName = id -> regions.byId(id).map(goalbook.goals.Region::name).orElse("regionen " + id);
        this.catalog = catalog;
        this.store = store;
        this.histories = new HistoryLoader(store);
        this.reference = reference;
        this.limits = limits;
        this.parses = new ParseGate(parallelParses, maxWaiting, java.time.Duration.ofSeconds(30));
    }

    /** The outcome of a submission or a dry run: the report, the annotated bytes and, when stored, the version. */
    public record Outcome(Report report, Map<String, BigDecimal> inputs, byte[] annotated, String sha256, Optional<StoredVersion> stored) {}

    public Outcome submit(Period period, String region, String actor, byte[] bytes) {
        return submit(period, region, actor, bytes, null);
    }

    /**
     * Stores a new version; with an {@code idempotencyKey} already used by {@code actor}, answers with
     * the version that first try stored instead.
     */
    public Outcome submit(Period period, String region, String actor, byte[] bytes, String idempotencyKey) {
        return submit(period, region, Actor.named(actor), bytes, idempotencyKey);
    }

    /** Like {@link #submit(Period, String, String, byte[], String)}; each token ({@code actor.id()}) has its own key space. */
    public Outcome submit(Period period, String region, Actor actor, byte[] bytes, String idempotencyKey) {
        return submit(period, region, actor, bytes, idempotencyKey, true);
    }

    /**
     * As above; with {@code annotateNow} false (the caller wants the JSON report), the version is stored
     * without its annotated copy, which {@link #annotated} makes on first request: a JSON submission
     * never opens the workbook with POI.
     */
    public Outcome submit(Period period, String region, Actor actor, byte[] bytes, String idempotencyKey, boolean annotateNow) {
        if (idempotencyKey != null) {
            Optional<StoredVersion> earlier = store.byIdempotencyKey(actor.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return stored(earlier.get());
            }
        }
        // An approved quarter is refused before the upload is parsed: no parse slot, no POI, for bytes
        // that could never be stored. The store checks again inside its transaction (an approval may land meanwhile).
        store.requireOpen(period.toString());
        String sha256 = Hashes.sha256(bytes);
        store.requireRoom(period.toString(), region, bytes.length, sha256);
        Evaluated e = evaluate(period, region, bytes, annotateNow);
        StoredVersion v = store.store(new NewSubmission(period.toString(), region, actor.label(), bytes, e.annotated, sha256,
                e.report.valid(), e.structure.id(), e.structure.revision(), StoredReportJson.write(e.report, e.inputs), actor.id()), idempotencyKey);
        // Not created: the same bytes as the latest version, or a retry; answer with what was stored then.
        return v.created() ? new Outcome(e.report, e.inputs, e.annotated, v.sha256(), Optional.of(v)) : stored(v);
    }

    /** What was stored then; its annotated copy (when asked for) comes from {@link #annotated}. */
    private Outcome stored(StoredVersion v) {
        StoredReport previous = StoredReportJson.read(v.reportJson());
        return new Outcome(previous.report(), previous.inputs(), null, v.sha256(), Optional.of(v));
    }

    /**
     * The annotated copy of a stored version: the bytes kept with it, or, for a version stored without
     * one, made now from its original bytes and stored report with the review as it stood at upload,
     * which is what the copy would have been at upload, then kept so every later download is the same.
     */
    public Optional<byte[]> annotated(String period, String region, int version) {
        Optional<byte[]> kept = store.annotated(period, region, version);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<StoredVersion> stored = store.version(period, region, version);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredVersion v = stored.get();
        Period p = Period.parse(period);
        GoalStructure structure = catalog.forYear(p.year()).orElseThrow(() -> new IllegalStateException("no structure for stored " + period));
        byte[] original = store.original(period, region, version).orElseThrow();
        SubmittedInputs inputs = WorkbookReader.inputs(UploadPrescan.check(original, limits), structure, p);
        Report report = StoredReportJson.read(v.reportJson()).report();
        byte[] made = annotate(original, structure, region, report, inputs, ReviewNotesOf.at(structure, reviews, period, region, v.createdAt()));
        return Optional.of(store.keepAnnotated(v, made));
    }

    /** The same checks as a submission, nothing stored; the annotated copy only when {@code annotate} (it costs a write). */
    public Outcome validate(Period period, String region, byte[] bytes, boolean annotate) {
        Evaluated e = evaluate(period, region, bytes, annotate);
        return new Outcome(e.report, e.inputs, e.annotated, Hashes.sha256(bytes), Optional.empty());
    }

    private record Evaluated(GoalStructure structure, Report report, Map<String, BigDecimal> inputs, byte[] annotated) {}

    private Evaluated evaluate(Period period, String region, byte[] bytes, boolean annotate) {
        PrescannedUpload upload = UploadPrescan.check(bytes, limits);
        GoalStructure structure = catalog.forYear(period.year()).orElseThrow(() -> new WorkbookRefusedException(WorkbookRefusedException.UNPROCESSABLE, "no_structure",
                "No goal structure applies to " + period.year(), "Ingen målstruktur gäller för " + period.year() + "."));
        WorkbookReader.checkIdentity(WorkbookReader.identity(upload), structure, period, region, regionName);
        SubmittedInputs inputs = WorkbookReader.inputs(upload, structure, period);
        Map<String, BigDecimal> ref = reference.resolved(structure, period, region);
        Report report = evaluator.evaluate(new EvaluationInput(structure, period, region, inputs, ref, histories.of(period, region)));
        byte[] annotated = annotate ? annotate(bytes, structure, region, report, inputs, ReviewNotesOf.at(structure, reviews, period.toString(),
                region, null)) : null;
        return new Evaluated(structure, report, inputs.values(), annotated);
    }

    /** POI opens the upload only here, after the streaming pass found it within bounds; a few at a time. */
    private byte[] annotate(byte[] bytes, GoalStructure structure, String region, Report report, SubmittedInputs inputs,
                            goalbook.workbook.upload.ReviewNotes review) {
        parses.enter();
        try (UploadedWorkbook workbook = UploadedWorkbook.open(bytes)) {
            return workbook.annotate(structure, report, inputs, regionName.apply(region), review);
        } finally {
            parses.leave();
        }
    }

}
