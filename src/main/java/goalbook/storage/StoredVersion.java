package goalbook.storage;

import java.time.Instant;

/**
 * One stored version of a region's submission for a period, without its bytes, e.g. version 3 of
 * "2024-Q2"/"nord", valid, stored at 2024-04-10T08:15:30Z by "demo-nord".
 *
 * @param created false when {@link SubmissionStore#store} found the same bytes as the latest version
 *                and returned that version instead of creating one
 */
public record StoredVersion(
        long id,
        String period,
        String region,
        int version,
        Instant createdAt,
        String actor,
        String sha256,
        boolean valid,
        String structure,
        String structureRevision,
        String reportJson,
        boolean created) {}
