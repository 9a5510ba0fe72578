package goalbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Approvals and reopenings per period, each a new row with an audit entry in the same transaction;
 * the latest row decides whether the period is locked.
 */
public final class ApprovalStore {

    private final Database db;
    private final Clock clock;
    private final AuditLog audit;

    public ApprovalStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.audit = new AuditLog(db, clock);
    }

    public Optional<Approval> current(String period) {
        return db.read(c -> current(c, period));
    }

    public List<Approval> history(String period) {
        return db.read(c -> list(c, period, "ORDER BY version"));
    }

    /** Locks {@code period} with {@code snapshot}; refused when it is already approved. */
    public Approval approve(String period, String actor, String reason, String snapshot) {
        return approve(period, Actor.named(actor), reason, snapshot);
    }

    public Approval approve(String period, Actor actor, String reason, String snapshot) {
        return db.write(c -> {
            Optional<Approval> now = current(c, period);
            if (now.isPresent() && now.get().locks()) {
                throw new PeriodLockedException(now.get());
            }
            return insert(c, period, now.map(a -> a.version() + 1).orElse(1), Approval.State.APPROVED, actor, reason, snapshot);
        });
    }

    /** Unlocks {@code period}; refused (empty) when it is not approved. */
    public Optional<Approval> reopen(String period, String actor, String reason) {
        return reopen(period, Actor.named(actor), reason);
    }

    public Optional<Approval> reopen(String period, Actor actor, String reason) {
        return db.write(c -> {
            Optional<Approval> now = current(c, period);
            if (now.isEmpty() || !now.get().locks()) {
                return Optional.empty();
            }
            return Optional.of(insert(c, period, now.get().version() + 1, Approval.State.REOPENED, actor, reason, null));
        });
    }

    /** Throws {@link PeriodLockedException} inside a write transaction, so no submission slips past an approval. */
    static void requireOpen(Connection c, String period) throws SQLException {
        Optional<Approval> now = current(c, period);
        if (now.isPresent() && now.get().locks()) {
            throw new PeriodLockedException(now.get());
        }
    }

    private Approval insert(Connection c, String period, int version, Approval.State state, Actor actor, String reason, String snapshot)
            throws SQLException {
        Instant at = clock.instant();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO approval (period, version, state, at, actor, reason, snapshot_json, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, period);
            ps.setInt(2, version);
            ps.setString(3, state.name());
            ps.setString(4, at.toString());
            ps.setString(5, actor.label());
            ps.setString(6, reason);
            ps.setString(7, snapshot);
            ps.setString(8, actor.id());
            ps.executeUpdate();
        }
        audit.append(c, actor, state == Approval.State.APPROVED ? "period.approve" : "period.reopen", period,
                AuditDetail.of("version", version, "reason", reason));
        return new Approval(period, version, state, at, actor.label(), reason, snapshot);
    }

    private static Optional<Approval> current(Connection c, String period) throws SQLException {
        List<Approval> rows = list(c, period, "ORDER BY version DESC LIMIT 1");
        return rows.stream().findFirst();
    }

    private static List<Approval> list(Connection c, String period, String order) throws SQLException {
        List<Approval> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT period, version, state, at, actor, reason, snapshot_json FROM approval WHERE period = ? " + order)) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Approval(rs.getString(1), rs.getInt(2), Approval.State.valueOf(rs.getString(3)),
                            Instant.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
    }
}
