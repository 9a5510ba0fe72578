package goalbook.storage;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a region's version history, e.g. version 3, stored 2024-04-10T08:15:30Z by "Almi Nord",
 * valid, goal statuses {@code {"nps": "MET", ...}}: no bytes and no stored report.
 *
 * @param goals each goal's status at upload, by goal id, in the report's order
 */
public record VersionSummary(int version, Instant createdAt, String actor, String sha256, boolean valid, Map<String, String> goals) {}
