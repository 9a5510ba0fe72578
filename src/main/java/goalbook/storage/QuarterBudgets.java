package goalbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/**
 * Each region's budget per quarter ({@link QuarterBudget}): the default, or the controller's latest
 * raise for that region and quarter. Checked inside the transaction that stores a version, so two
 * uploads at once (or on two instances) cannot both take the last place.
 */
public final class QuarterBudgets {
    private final Database db;
    private final Clock clock;
    private final QuarterBudget defaults;
    private final AuditLog audit;

    public QuarterBudgets(Database db, Clock clock, QuarterBudget defaults) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.audit = new AuditLog(db, clock);
    }

    public BudgetUse use(String period, String region) {
        return db.read(c -> use(c, period, region));
    }

    /**
     * Sets the budget of {@code region} for {@code period}, with an audit entry, as a new row. It may
     * also be lowered, but never below what the default allows: the setting is the floor.
     */
    public BudgetUse raise(String period, String region, QuarterBudget budget, Actor actor, String reason) {
        Objects.requireNonNull(reason, "reason");
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_raise (period, region, versions, megabytes, at, actor, actor_id,"
                    + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, period);
                ps.setString(2, region);
                ps.setInt(3, budget.versions());
                ps.setInt(4, budget.megabytes());
                ps.setString(5, clock.instant().toString());
                ps.setString(6, actor.label());
                ps.setString(7, actor.id());
                ps.setString(8, reason);
                ps.executeUpdate();
            }
            audit.append(c, actor, "budget.raise", period + "/" + region,
                    AuditDetail.of("versions", budget.versions(), "megabytes", budget.megabytes(), "reason", reason));
            return use(c, period, region);
        });
    }

    /** Throws {@link BudgetExceededException} when one more version of {@code newBytes} does not fit; inside the storing transaction. */
    void requireRoom(Connection c, String period, String region, long newBytes) throws SQLException {
        BudgetUse use = use(c, period, region);
        if (!use.hasRoomFor(newBytes)) {
            throw new BudgetExceededException(use, newBytes);
        }
    }

    /** The parts a stored size counts: a version as stored, and an annotated copy made later. */
    static final String VERSION = "version";
    static final String ANNOTATED_COPY = "annotated_copy";

    /** Counts {@code bytes} stored for {@code submissionId} against its region's budget, in the transaction that stores them. */
    static void count(Connection c, long submissionId, String part, String period, String region, long bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stored_size (submission_id, part, period, region, bytes) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, submissionId);
            ps.setString(2, part);
            ps.setString(3, period);
            ps.setString(4, region);
            ps.setLong(5, bytes);
            ps.executeUpdate();
        }
    }

    BudgetUse use(Connection c, String period, String region) throws SQLException {
        int versions;
        long bytes;
        // a sum over the index of stored_size (V16), counted as each thing was stored, not over the stored rows
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(CASE WHEN part = ? THEN 1 ELSE 0 END), 0), COALESCE(SUM(bytes), 0)"
                + " FROM stored_size WHERE period = ? AND region = ?")) {
            ps.setString(1, VERSION);
            ps.setString(2, period);
            ps.setString(3, region);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                versions = rs.getInt(1);
                bytes = rs.getLong(2);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT versions, megabytes, actor, reason FROM budget_raise"
                + " WHERE period = ? AND region = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, period);
            ps.setString(2, region);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    QuarterBudget raised = QuarterBudget.of(Math.max(rs.getInt(1), defaults.versions()), Math.max(rs.getInt(2), defaults.megabytes()));
                    return new BudgetUse(period, region, versions, bytes, raised, rs.getString(3), rs.getString(4));
                }
            }
        }
        return new BudgetUse(period, region, versions, bytes, defaults, null, null);
    }
}
