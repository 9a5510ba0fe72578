package goalbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The append-only audit log, hash-chained: entry n stores
 * {@code hash = SHA-256(prev_hash + fields)} with {@code prev_hash} = entry n−1's hash, so changing
 * or removing any entry but the last breaks the chain from there on, e.g. {@code verify()} →
 * {@code intact=false, firstBrokenSeq=7}.
 */
public final class AuditLog {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditLog.class);

    static final String GENESIS = "0".repeat(64);

    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The result of checking the whole chain.
     *
     * @param entries        how many entries fit the chain (all of them when intact)
     * @param firstBrokenSeq the first entry whose hash, link or sequence number is wrong; empty when intact
     */
    public record Verification(boolean intact, long entries, OptionalLong firstBrokenSeq) {}

    /** Appends one entry in its own transaction, e.g. {@code append("demo-controller", "period.approve", "2024-Q2", "")}. */
    public AuditEntry append(String actor, String action, String subject, String detail) {
        return db.write(c -> append(c, actor, action, subject, detail));
    }

    /** Appends inside the caller's write transaction, so the entry commits or rolls back with the change it records. */
    AuditEntry append(Connection c, String actor, String action, String subject, String detail) {
        return append(c, Actor.named(actor), action, subject, detail);
    }

    /**
     * Appends an entry whose actor is the token's id (in the hash chain); its label is stored beside it for
     * display only, outside the chain, since labels are not unique.
     */
    AuditEntry append(Connection c, Actor who, String action, String subject, String detail) {
        String actor = who.id();
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        String d = detail == null ? "" : detail;
        long seq = 1;
        String prev = GENESIS;
        try (PreparedStatement last = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = last.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the audit log: " + e.getMessage(), e);
        }
        String at = clock.instant().toString();
        String hash = hash(prev, seq, at, actor, action, subject, d);
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash, actor_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, seq);
            ins.setString(2, at);
            ins.setString(3, actor);
            ins.setString(4, action);
            ins.setString(5, subject);
            ins.setString(6, d);
            ins.setString(7, prev);
            ins.setString(8, hash);
            ins.setString(9, who.label());
            ins.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot append to the audit log: " + e.getMessage(), e);
        }
        AuditEntry entry = new AuditEntry(seq, Instant.parse(at), actor, action, subject, d, prev, hash);
        tell(c, entry, who.label());
        return entry;
    }

    /** The listener's notices commit with the event or not at all; its failure never fails the event. */
    private void tell(Connection c, AuditEntry entry, String actorLabel) {
        AuditListener listener = db.auditListener();
        if (listener == AuditListener.NONE) {
            return;
        }
        java.sql.Savepoint before;
        try {
            before = c.setSavepoint();
        } catch (SQLException e) {
            LOG.warn("No savepoint for the listener of audit entry {}: {}", entry.seq(), e.getMessage());
            return;
        }
        try {
            NoticeOutbox.queue(c, listener.noticesFor(entry, actorLabel), entry.at());
            c.releaseSavepoint(before);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The listener of audit entry {} ({}) failed; the entry stands: {}", entry.seq(), entry.action(), e.toString());
            try {
                c.rollback(before);
            } catch (SQLException undo) {
                throw new StorageException("cannot undo a failed audit listener: " + undo.getMessage(), undo);
            }
        }
    }

    /** Walks the whole log in order and reports the first entry that does not fit the chain. */
    public Verification verify() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                long expectedSeq = 1;
                String prev = GENESIS;
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    String stored = rs.getString(8);
                    boolean fits = seq == expectedSeq && prev.equals(rs.getString(7))
                            && stored.equals(hash(prev, seq, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    if (!fits) {
                        return new Verification(false, expectedSeq - 1, OptionalLong.of(Math.min(seq, expectedSeq)));
                    }
                    prev = stored;
                    expectedSeq++;
                }
                return new Verification(true, expectedSeq - 1, OptionalLong.empty());
            }
        });
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<AuditEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                    return entries;
                }
            }
        });
    }

    /** Each field length-prefixed, so that moving text from one field to the next changes the hash. */
    static String hash(String prev, long seq, String at, String actor, String action, String subject, String detail) {
        StringBuilder sb = new StringBuilder(prev);
        for (String field : new String[] {Long.toString(seq), at, actor, action, subject, detail}) {
            String f = field == null ? "" : field;
            sb.append('|').append(f.length()).append(':').append(f);
        }
        return Hashes.sha256(sb.toString());
    }
}
