package goalbook.storage;

import java.time.Instant;

/**
 * One line of the audit log, e.g. seq 12, "demo-nord" did "submission.store" on "2024-Q2/nord".
 *
 * @param prevHash the previous entry's hash (64 zeros for the first entry)
 * @param hash     SHA-256 of {@code prevHash} and this entry's fields, see {@link AuditLog}
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail, String prevHash, String hash) {}
