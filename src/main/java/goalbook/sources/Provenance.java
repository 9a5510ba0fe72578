package goalbook.sources;

import java.time.Instant;

/**
 * Where one measure's fetched values came from, e.g. source {@code scb}, table {@code TAB1},
 * the query body sent, when, and the SHA-256 of the answer's bytes.
 */
public record Provenance(String measure, String source, String table, String query, Instant fetchedAt, String sha256) {}
