package goalbook.periods;

import goalbook.storage.Approval;
import goalbook.storage.ReviewState;
import java.time.Instant;
import java.util.List;

/**
 * The quarter at a glance for the controller, e.g. 12 of 16 regions submitted, 11 valid, not approved.
 *
 * @param deadline when submissions are due (the quarter's end plus the configured number of days)
 */
public record PeriodStatus(String period, String structure, Instant deadline, int regions, int submitted, int valid,
                           String approval, Approval lastApproval, List<RegionStatus> perRegion) {

    /**
     * One region's line: its version in use (null when none), statuses re-evaluated with the current
     * reference data (the stored report stays as it was at upload), whether it is on time, and where it
     * stands with the controller (with the reason when returned).
     */
    public record RegionStatus(String region, String name, Integer version, Instant submittedAt, String submittedBy, Boolean valid,
                               int met, int notMet, int missing, int noTarget, int warnings, String timeliness, ReviewState review,
                               String reviewReason) {}
}
