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

    BudgetUse use(Connection c, String period, String region) throws SQLException {
        int versions;
        long bytes;
        // octet_length() is read from each value's header in both databases: length() of a text counts its
        // characters, which made every upload read every stored report of the quarter, and counted bytes wrong
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(octet_length(s.original) + COALESCE(octet_length(s.annotated), 0)"
                + " + COALESCE(octet_length(a.bytes), 0) + octet_length(s.report_json)), 0) FROM submission s LEFT JOIN annotated_copy a"
                + " ON a.submission_id = s.id WHERE s.period = ? AND s.region = ?")) {
            ps.setString(1, period);
            ps.setString(2, region);
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
