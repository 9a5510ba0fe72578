package goalbook.periods;

import goalbook.storage.Approval;
import goalbook.storage.StoredVersion;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.reference.ReferenceData;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one period's status, consolidation and board workbook are built from: the latest
 * versions and reference data while the period is open, the approval's snapshot once approved.
 *
 * @param versions region id → the version used (regions without one are absent)
 */
public record QuarterData(GoalStructure structure, Period period, Map<String, StoredVersion> versions,
                          ReferenceData reference, int referenceVersion, Optional<Approval> approval) {

    public boolean approved() {
        return approval.isPresent() && approval.get().locks();
    }
}
