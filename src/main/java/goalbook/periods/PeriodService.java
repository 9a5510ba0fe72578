package goalbook.periods;

import goalbook.submissions.ReferenceDataService;
import goalbook.submissions.HistoryLoader;
import goalbook.storage.Actor;
import goalbook.storage.ApprovalStore;
import goalbook.storage.Approval;
import goalbook.storage.QuarterSnapshot;
import goalbook.storage.SubmissionStore;
import goalbook.storage.StoredVersion;
import goalbook.storage.ReviewStore;
import goalbook.storage.Review;
import goalbook.storage.ReviewState;
import goalbook.storage.StoredReport;
import goalbook.storage.StoredReportJson;
import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Consolidator;
import goalbook.consolidation.RegionSubmission;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.History;
import goalbook.evaluation.Report;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Severity;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.reference.ReferenceData;
import goalbook.reference.ReferenceResolver;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controller's quarter: which version of each region counts (the latest while open, the
 * approval's snapshot once approved), the consolidation built from them, approval and reopening.
 */
public final class PeriodService {

    private final StructureCatalog catalog;
    private final Regions regions;
    private final SubmissionStore submissions;
    private final ApprovalStore approvals;
    private final ReviewStore reviews;
    private final ReferenceDataService reference;
    private final Consolidator consolidator = new Consolidator();
    private final HistoryLoader histories;

    public PeriodService(StructureCatalog catalog, Regions regions, SubmissionStore submissions, ApprovalStore approvals,
                         ReviewStore reviews, ReferenceDataService reference) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.regions = regions;
        this.submissions = submissions;
        this.histories = new HistoryLoader(submissions);
        this.approvals = approvals;
        this.reference = reference;
    }

    /** Regions missing when approving without the explicit flag. */
    public static final class MissingRegionsException extends RuntimeException {
        private final transient List<String> missing;

        MissingRegionsException(List<String> missing) {
            super("regions without a submission: " + missing, null, false, false);
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }
    }

    /** Regions whose version was returned or has errors, when approving without the explicit flag. */
    public static final class NotAcceptedRegionsException extends RuntimeException {
        private final transient RegionsByReview regions;

        NotAcceptedRegionsException(RegionsByReview regions) {
            super("regions returned " + regions.returned() + ", invalid " + regions.invalid(), null, false, false);
            this.regions = regions;
        }

        public RegionsByReview regions() {
            return regions;
        }
    }

    public GoalStructure structureFor(Period p) {
        return catalog.forYear(p.year()).orElseThrow(() -> new IllegalArgumentException("no goal structure applies to " + p.year()));
    }

    public Optional<Approval> approval(Period p) {
        return approvals.current(p.toString());
    }

    /** The versions and reference data the period's figures come from. */
    public QuarterData data(Period p) {
        GoalStructure s = structureFor(p);
        Optional<Approval> approval = approvals.current(p.toString());
        if (approval.isPresent() && approval.get().locks()) {
            return approved(p, s, approval.get());
        }
        Map<String, StoredVersion> versions = new LinkedHashMap<>();
        submissions.latestPerRegion(p.toString()).forEach(v -> versions.put(v.region(), v));
        ReferenceData ref = reference.latest(s, p.year()).orElse(ReferenceData.empty(s.id(), p.year()));
        return new QuarterData(s, p, versions, ref, reference.latestVersion(s, p.year()), approval);
    }

    /**
     * While a reopened quarter is not approved again: what its latest approval covered, for the board,
     * whose workbook of that approval stays available, marked as superseded. Empty otherwise.
     */
    public Optional<QuarterData> superseded(Period p) {
        Optional<Approval> now = approvals.current(p.toString());
        if (now.isEmpty() || now.get().locks()) {
            return Optional.empty();
        }
        List<Approval> all = approvals.history(p.toString());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).locks()) {
                return Optional.of(approved(p, structureFor(p), all.get(i)));
            }
        }
        return Optional.empty();
    }

    /** The versions and reference data {@code approval}'s snapshot locked. */
    private QuarterData approved(Period p, GoalStructure s, Approval approval) {
        QuarterSnapshot snap = QuarterSnapshot.fromJson(approval.snapshot());
        Map<String, StoredVersion> versions = new LinkedHashMap<>();
        snap.regions().forEach((region, e) -> submissions.version(p.toString(), region, e.version()).ifPresent(v -> versions.put(region, v)));
        ReferenceData ref = reference.at(s, p.year(), snap.referenceVersion()).orElse(ReferenceData.empty(s.id(), p.year()));
        return new QuarterData(s, p, versions, ref, snap.referenceVersion(), Optional.of(approval));
    }

    /** Re-evaluates every region from its stored inputs with the data's reference values, and the group from their sums. */
    public Consolidation consolidate(QuarterData q) {
        GoalStructure s = q.structure();
        List<String> regionIds = regions.ids();
        Map<String, RegionSubmission> latest = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> refByRegion = new LinkedHashMap<>();
        Map<String, History> historyByRegion = new LinkedHashMap<>();
        for (String region : regionIds) {
            refByRegion.put(region, ReferenceResolver.resolve(s, q.reference(), region, q.period().quarter()));
            StoredVersion v = q.versions().get(region);
            if (v != null) {
                latest.put(region, regionSubmission(v));
                historyByRegion.put(region, histories.of(q.period(), region));
            }
        }
        Map<String, BigDecimal> groupRef = ReferenceResolver.resolve(s, q.reference(), null, q.period().quarter());
        return consolidator.consolidate(s, q.period(), regionIds, latest, refByRegion, groupRef, historyByRegion);
    }

    /** Where the quarter's fetched comparison values came from (the reference version it uses); empty when typed by hand. */
    java.util.List<goalbook.workbook.referencebook.ReferenceSource> referenceSources(QuarterData q) {
        return reference.sources(q.structure(), q.period().year(), q.referenceVersion());
    }

    /** When reports for {@code p} are due, e.g. 2024-Q2 with 20 days → 2024-07-21T00:00Z (the last day to submit is 20 July). */
    public static Instant deadline(Period p, java.time.Duration deadlineAfterQuarterEnd) {
        return p.firstDay().plusMonths(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(deadlineAfterQuarterEnd);
    }

    /** Per region: version in use, statuses re-evaluated from its stored inputs, warnings, and on time or overdue. */
    public PeriodStatus status(Period p, Instant now, java.time.Duration deadlineAfterQuarterEnd) {
        QuarterData q = data(p);
        Consolidation c = consolidate(q);
        Instant deadline = deadline(p, deadlineAfterQuarterEnd);
        List<PeriodStatus.RegionStatus> rows = new ArrayList<>();
        Map<String, Review> decisions = reviews.currentPerRegion(p.toString());
        int submitted = 0;
        int valid = 0;
        for (Region r : regions.all()) {
            StoredVersion v = q.versions().get(r.id());
            Report report = c.regionReports().get(r.id());
            Map<GoalStatus, Integer> counts = new java.util.EnumMap<>(GoalStatus.class);
            int warnings = 0;
            if (report != null) {
                report.goals().forEach(g -> counts.merge(g.status(), 1, Integer::sum));
                warnings = (int) report.problems().stream().filter(x -> x.severity() == Severity.WARNING).count();
            }
            ReviewState review = ReviewStore.stateOf(v, decisions.get(r.id()));
            String timeliness = v == null ? (now.isAfter(deadline) ? "OVERDUE" : "PENDING")
                    : v.createdAt().isAfter(deadline) ? "LATE" : "ON_TIME";
            if (v != null) {
                submitted++;
                valid += v.valid() ? 1 : 0;
            }
            rows.add(new PeriodStatus.RegionStatus(r.id(), r.name(), v == null ? null : v.version(), v == null ? null : v.createdAt(),
                    v == null ? null : v.actor(), v == null ? null : v.valid(), counts.getOrDefault(GoalStatus.MET, 0),
                    counts.getOrDefault(GoalStatus.NOT_MET, 0), counts.getOrDefault(GoalStatus.MISSING, 0),
                    counts.getOrDefault(GoalStatus.NO_TARGET, 0), warnings, timeliness, review, review == ReviewState.RETURNED
                            || review == ReviewState.ACCEPTED ? decisions.get(r.id()).reason() : null));
        }
        String state = q.approved() ? "APPROVED" : q.approval().isPresent() ? "REOPENED" : "OPEN";
        return new PeriodStatus(p.toString(), q.structure().id(), deadline, regions.all().size(), submitted, valid, state,
                q.approval().orElse(null), rows);
    }

    /** Approves and locks the period with a snapshot of what it approved; refused with regions missing unless allowed. */
    public Approval approve(Period p, String actor, boolean allowMissing, String reason) {
        return approve(p, Actor.named(actor), allowMissing, false, reason);
    }

    /**
     * Approves and locks the period with a snapshot of what it approved. Refused with regions missing
     * unless {@code allowMissing}, and with a region whose version was returned or has errors unless
     * {@code allowNotAccepted}: both are explicit choices, recorded in the snapshot.
     */
    public Approval approve(Period p, Actor actor, boolean allowMissing, boolean allowNotAccepted, String reason) {
        QuarterData q = data(p);
        RegionsByReview overview = reviewOverview(q);
        if (!overview.missing().isEmpty() && !allowMissing) {
            throw new MissingRegionsException(overview.missing());
        }
        boolean notAccepted = !overview.returned().isEmpty() || !overview.invalid().isEmpty();
        if (notAccepted && !allowNotAccepted) {
            throw new NotAcceptedRegionsException(overview);
        }
        Map<String, QuarterSnapshot.Entry> entries = new LinkedHashMap<>();
        q.versions().forEach((region, v) -> entries.put(region,
                new QuarterSnapshot.Entry(v.version(), v.sha256(), v.valid(), overview.stateOf(region).name())));
        QuarterSnapshot snap = new QuarterSnapshot(q.structure().id(), q.structure().revision(), q.referenceVersion(), entries,
                overview.missing(), !overview.missing().isEmpty(), notAccepted);
        return approvals.approve(p.toString(), actor, reason, snap.toJson());
    }

    /** Each region by where its report stands: accepted, submitted (not reviewed), returned, invalid, missing. */
    public RegionsByReview reviewOverview(Period p) {
        return reviewOverview(data(p));
    }

    private RegionsByReview reviewOverview(QuarterData q) {
        Set<String> invalid = new HashSet<>();
        q.versions().forEach((region, v) -> {
            if (!v.valid()) {
                invalid.add(region);
            }
        });
        return RegionsByReview.of(currentStates(q), invalid);
    }

    /** Each region's review state from the current decisions on its latest version. */
    private Map<String, ReviewState> currentStates(QuarterData q) {
        Map<String, Review> decisions = reviews.currentPerRegion(q.period().toString());
        Map<String, ReviewState> states = new LinkedHashMap<>();
        for (Region r : regions.all()) {
            states.put(r.id(), ReviewStore.stateOf(q.versions().get(r.id()), decisions.get(r.id())));
        }
        return states;
    }

    /**
     * Each region's review state in {@code q}: as recorded at approval for an approved quarter (absent
     * in snapshots from before reviews existed), else from the current decisions.
     */
    public Map<String, ReviewState> reviewStates(QuarterData q) {
        Map<String, ReviewState> out = new LinkedHashMap<>();
        if (q.approved()) {
            q.approval().orElseThrow().lockedSnapshot().ifPresent(snap -> snap.regions().forEach((region, e) -> {
                if (e.review() != null) {
                    out.put(region, ReviewState.valueOf(e.review()));
                }
            }));
            return out;
        }
        return currentStates(q);
    }

    /** The latest decision on each region's versions for the period. */
    public Map<String, Review> reviews(Period p) {
        return reviews.currentPerRegion(p.toString());
    }

    public Optional<Approval> reopen(Period p, String actor, String reason) {
        return reopen(p, Actor.named(actor), reason);
    }

    public Optional<Approval> reopen(Period p, Actor actor, String reason) {
        return approvals.reopen(p.toString(), actor, reason);
    }

    static RegionSubmission regionSubmission(StoredVersion v) {
        StoredReport stored = StoredReportJson.read(v.reportJson());
        Set<String> invalid = new HashSet<>();
        for (Problem problem : stored.report().problems()) {
            if (problem.severity() == Severity.ERROR && problem.measure() != null) {
                invalid.add(problem.measure());
            }
        }
        Map<String, String> comments = new LinkedHashMap<>();
        stored.report().goals().forEach(g -> {
            if (g.comment() != null && !g.comment().isBlank()) {
                comments.put(g.id(), g.comment());
            }
        });
        return new RegionSubmission(v.region(), v.version(), v.sha256(), v.valid(), stored.inputs(), invalid, comments, stored.report());
    }


    /** Group values per goal for up to {@code count} earlier periods of the same structure, oldest first. */
    public List<Map.Entry<Period, Consolidation>> earlier(Period p, int count) {
        List<Map.Entry<Period, Consolidation>> out = new ArrayList<>();
        Period at = p;
        for (int i = 0; i < count; i++) {
            at = at.previousQuarter();
            if (catalog.forYear(at.year()).filter(s -> s.id().equals(structureFor(p).id())).isEmpty()) {
                break;
            }
            QuarterData q = data(at);
            if (!q.versions().isEmpty()) {
                out.add(0, Map.entry(at, consolidate(q)));
            }
        }
        return out;
    }
}
