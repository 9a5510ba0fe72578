package goalbook.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import goalbook.storage.Approval;
import goalbook.periods.PeriodStatus;
import goalbook.storage.QuarterSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API's quarter status: the same fields as {@link PeriodStatus}, with the approval's snapshot as
 * an object rather than the JSON string the database keeps, e.g. {@code "lastApproval":{"state":"APPROVED",
 * …,"snapshot":{"structure":"almi-2021","referenceVersion":3,"regions":{"nord":{"version":2,…}},…}}}.
 */
@JsonPropertyOrder({"period", "structure", "deadline", "regions", "submitted", "valid", "approval", "lastApproval", "perRegion",
        "noticesFailed"})
record PeriodStatusView(String period, String structure, Instant deadline, int regions, int submitted, int valid, String approval,
                        ApprovalView lastApproval, List<RegionView> perRegion, int noticesFailed) {

    @JsonPropertyOrder({"period", "version", "state", "at", "actor", "reason", "snapshot"})
    record ApprovalView(String period, int version, String state, Instant at, String actor, String reason, SnapshotView snapshot) {}

    /** What an approval locked; null on a reopening. */
    @JsonPropertyOrder({"structure", "structureRevision", "referenceVersion", "regions", "missing", "approvedWithMissing",
            "approvedWithNotAccepted"})
    record SnapshotView(String structure, String structureRevision, int referenceVersion, Map<String, EntryView> regions,
                        List<String> missing, boolean approvedWithMissing, boolean approvedWithNotAccepted) {}

    @JsonPropertyOrder({"version", "sha256", "valid", "review"})
    record EntryView(int version, String sha256, boolean valid, String review) {}

    @JsonPropertyOrder({"region", "name", "version", "submittedAt", "submittedBy", "valid", "met", "notMet", "missing", "noTarget",
            "warnings", "timeliness", "review", "reviewText", "reviewReason"})
    record RegionView(String region, String name, Integer version, Instant submittedAt, String submittedBy, Boolean valid,
                      int met, int notMet, int missing, int noTarget, int warnings, String timeliness, String review, String reviewText,
                      String reviewReason) {}

    /** @param noticesFailed notices that failed for good (every quarter), so the controller sees a channel that does not work */
    static PeriodStatusView of(PeriodStatus s, int noticesFailed) {
        return new PeriodStatusView(s.period(), s.structure(), s.deadline(), s.regions(), s.submitted(), s.valid(), s.approval(),
                s.lastApproval() == null ? null : approval(s.lastApproval()),
                s.perRegion().stream().map(r -> new RegionView(r.region(), r.name(), r.version(), r.submittedAt(), r.submittedBy(),
                        r.valid(), r.met(), r.notMet(), r.missing(), r.noTarget(), r.warnings(), r.timeliness(), r.review().name(),
                        r.review().label(), r.reviewReason())).toList(), noticesFailed);
    }

    private static ApprovalView approval(Approval a) {
        return new ApprovalView(a.period(), a.version(), a.state().name(), a.at(), a.actor(), a.reason(),
                a.lockedSnapshot().map(PeriodStatusView::snapshot).orElse(null));
    }

    private static SnapshotView snapshot(QuarterSnapshot q) {
        Map<String, EntryView> regions = new TreeMap<>();
        q.regions().forEach((id, e) -> regions.put(id, new EntryView(e.version(), e.sha256(), e.valid(), e.review())));
        return new SnapshotView(q.structure(), q.structureRevision(), q.referenceVersion(), regions, q.missing(), q.approvedWithMissing(),
                q.approvedWithNotAccepted());
    }
}
