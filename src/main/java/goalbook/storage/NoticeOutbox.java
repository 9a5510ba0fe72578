package goalbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The notices waiting to go out and those that went, in table {@code notice_outbox} (filled by
 * {@code goalbook.notices}). A notice is
 * queued once per event and address (a second queueing is a no-op), claimed by one worker at a time
 * with a lease (a worker that dies mid-send leaves it to be claimed again when the lease ends), and
 * ends SENT or, after the last attempt or a refusal that no retry can mend, FAILED.
 */
public final class NoticeOutbox {
    /** How long a claimed notice is another worker's; longer than any send may take (its timeouts are 20 s). */
    public static final long LEASE_MILLIS = 120_000;
    private static final String COLUMNS = "id, event_key, kind, period, region, channel, address, format, title, body, link, state, attempts, "
            + "last_error, created_at, sent_at";

    private final Database db;

    public NoticeOutbox(Database db) {
        this.db = db;
    }

    /** Queues {@code drafts} inside the caller's transaction; notices already queued are left as they are. */
    static int queue(Connection c, List<NoticeDraft> drafts, Instant now) throws SQLException {
        int queued = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice_outbox (event_key, kind, period, region, channel, address, format, "
                + "title, body, link, state, attempts, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) "
                + "ON CONFLICT (event_key, channel, address) DO NOTHING")) {
            for (NoticeDraft d : drafts) {
                ps.setString(1, d.eventKey());
                ps.setString(2, d.kind());
                ps.setString(3, d.period());
                ps.setString(4, d.region());
                ps.setString(5, d.channel());
                ps.setString(6, d.address());
                ps.setString(7, d.format());
                ps.setString(8, d.title());
                ps.setString(9, d.text());
                ps.setString(10, d.link());
                ps.setLong(11, now.toEpochMilli());
                ps.setString(12, now.toString());
                queued += ps.executeUpdate();
            }
        }
        return queued;
    }

    /** Queues in a transaction of its own, e.g. a reminder, which no other change goes with. */
    public int queue(List<NoticeDraft> drafts, Instant now) {
        return db.write(c -> queue(c, drafts, now));
    }

    /** Claims up to {@code limit} notices that are due, or whose worker's lease has run out, for this worker. */
    public List<QueuedNotice> claimDue(Instant now, int limit) {
        long ms = now.toEpochMilli();
        return db.write(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM notice_outbox WHERE (state = 'PENDING' AND next_at <= ?) "
                    + "OR (state = 'SENDING' AND lease_until < ?) ORDER BY id LIMIT ?")) {
                ps.setLong(1, ms);
                ps.setLong(2, ms);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<QueuedNotice> claimed = new ArrayList<>();
            try (PreparedStatement claim = c.prepareStatement("UPDATE notice_outbox SET state = 'SENDING', lease_until = ?, "
                    + "attempts = attempts + 1 WHERE id = ? AND ((state = 'PENDING' AND next_at <= ?) OR (state = 'SENDING' AND lease_until < ?))")) {
                for (long id : ids) {
                    claim.setLong(1, ms + LEASE_MILLIS);
                    claim.setLong(2, id);
                    claim.setLong(3, ms);
                    claim.setLong(4, ms);
                    if (claim.executeUpdate() == 1) {
                        claimed.addAll(select(c, "WHERE id = ?", id));
                    }
                }
            }
            return claimed;
        });
    }

    public void sent(long id, Instant now) {
        update(id, "UPDATE notice_outbox SET state = 'SENT', sent_at = ?, lease_until = NULL, last_error = NULL WHERE id = ?", now.toString());
    }

    /** Another attempt at {@code next}, with what went wrong this time. */
    public void retry(long id, Instant next, String error) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE notice_outbox SET state = 'PENDING', next_at = ?, lease_until = NULL, last_error = ? WHERE id = ?")) {
                ps.setLong(1, next.toEpochMilli());
                ps.setString(2, error);
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    public void failed(long id, String error) {
        update(id, "UPDATE notice_outbox SET state = 'FAILED', lease_until = NULL, last_error = ? WHERE id = ?", error);
    }

    private void update(long id, String sql, String text) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, text);
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    /** The newest {@code limit} notices, newest first; only those in {@code state} when it is non-null. */
    public List<QueuedNotice> latest(String state, int limit) {
        return db.read(c -> state == null
                ? select(c, "ORDER BY id DESC LIMIT ?", limit)
                : select(c, "WHERE state = ? ORDER BY id DESC LIMIT ?", state, limit));
    }

    /** How many notices are in each state, e.g. {@code {SENT=12, FAILED=1}}. */
    public java.util.Map<String, Integer> counts() {
        return db.read(c -> {
            java.util.Map<String, Integer> out = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT state, COUNT(*) FROM notice_outbox GROUP BY state");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    private static List<QueuedNotice> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM notice_outbox " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<QueuedNotice> out = new ArrayList<>();
                while (rs.next()) {
                    String sent = rs.getString(16);
                    out.add(new QueuedNotice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), rs.getInt(13), rs.getString(14), Instant.parse(rs.getString(15)),
                            sent == null ? null : Instant.parse(sent)));
                }
                return out;
            }
        }
    }
}
