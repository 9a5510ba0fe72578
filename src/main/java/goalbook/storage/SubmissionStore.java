package goalbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every uploaded workbook per period and region, numbered 1, 2, 3 …; never overwritten. Sending
 * the latest version's bytes again returns that version ({@code created=false}).
 */
public final class SubmissionStore {

    private static final String COLUMNS =
            "id, period, region, version, created_at, actor, sha256, valid, structure, structure_revision, report_json";

    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final QuarterBudgets budgets;
    private final Runnable beforeCommit;

    public SubmissionStore(Database db, Clock clock) {
        this(db, clock, QuarterBudget.DEFAULT);
    }

    /** With {@code budget} as every region's default budget per quarter. */
    public SubmissionStore(Database db, Clock clock, QuarterBudget budget) {
        this(db, clock, budget, () -> {});
    }

    /** With a hook run inside the transaction after every insert, so tests can fail it halfway. */
    SubmissionStore(Database db, Clock clock, QuarterBudget budget, Runnable beforeCommit) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = new AuditLog(db, clock);
        this.budgets = new QuarterBudgets(db, clock, budget);
        this.beforeCommit = beforeCommit;
    }

    /** The regions' budgets per quarter, which every new version is checked against. */
    public QuarterBudgets budgets() {
        return budgets;
    }

    /**
     * Stores {@code s} as the next version of its period and region, with an audit entry, in one
     * transaction; or returns the latest version unchanged when its SHA-256 is the same.
     */
    public StoredVersion store(NewSubmission s) {
        return store(s, null);
    }

    /**
     * Like {@link #store(NewSubmission)}, but a retry with the same {@code idempotencyKey} from the same
     * actor returns the version the first try stored (flag {@code created=false}), whatever its bytes.
     */
    public StoredVersion store(NewSubmission s, String idempotencyKey) {
        // worked out before the write lock, which every other region's upload waits for
        String summary = GoalStatusSummary.of(s.reportJson());
        long bytes = storedBytes(s);
        return db.write(c -> {
            if (idempotencyKey != null) {
                Optional<StoredVersion> earlier = byIdempotencyKey(c, s.actorId(), idempotencyKey);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            StoredVersion stored = insert(c, s, summary, bytes);
            if (idempotencyKey != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (actor, idem_key, period, region, version,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, s.actorId());
                    ps.setString(2, idempotencyKey);
                    ps.setString(3, stored.period());
                    ps.setString(4, stored.region());
                    ps.setInt(5, stored.version());
                    ps.setString(6, clock.instant().toString());
                    ps.executeUpdate();
                }
            }
            return stored;
        });
    }

    /** The version an earlier upload with this key by this token ({@code actorId}) stored, if any. */
    public Optional<StoredVersion> byIdempotencyKey(String actorId, String idempotencyKey) {
        return db.read(c -> byIdempotencyKey(c, actorId, idempotencyKey));
    }

    private static Optional<StoredVersion> byIdempotencyKey(Connection c, String actor, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT period, region, version FROM idempotency_key WHERE actor = ? AND idem_key = ?")) {
            ps.setString(1, actor);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                StoredVersion v = version(c, rs.getString(1), rs.getString(2), rs.getInt(3)).orElseThrow();
                return Optional.of(new StoredVersion(v.id(), v.period(), v.region(), v.version(), v.createdAt(), v.actor(), v.sha256(),
                        v.valid(), v.structure(), v.structureRevision(), v.reportJson(), false));
            }
        }
    }

    private StoredVersion insert(Connection c, NewSubmission s, String summary, long bytes) throws SQLException {
        ApprovalStore.requireOpen(c, s.period());
        Optional<Head> latest = head(c, s.period(), s.region());
        if (latest.isPresent() && latest.get().sha256().equals(s.sha256())) {
            return version(c, s.period(), s.region(), latest.get().version()).orElseThrow();
        }
        budgets.requireRoom(c, s.period(), s.region(), bytes);
        int version = latest.map(v -> v.version() + 1).orElse(1);
        Instant now = clock.instant();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (period, region, version, created_at, actor,"
                + " sha256, valid, structure, structure_revision, report_json, original, annotated, actor_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.period());
            ps.setString(2, s.region());
            ps.setInt(3, version);
            ps.setString(4, now.toString());
            ps.setString(5, s.actor());
            ps.setString(6, s.sha256());
            ps.setBoolean(7, s.valid());
            ps.setString(8, s.structure());
            ps.setString(9, s.structureRevision());
            ps.setString(10, s.reportJson());
            ps.setBytes(11, s.original());
            ps.setBytes(12, s.annotated());
            ps.setString(13, s.actorId());
            ps.executeUpdate();
        }
        long id = idOf(c, s.period(), s.region(), version);
        QuarterBudgets.count(c, id, QuarterBudgets.VERSION, s.period(), s.region(), bytes);
        insertSummary(c, id, summary);
        audit.append(c, new Actor(s.actorId(), s.actor()), "submission.store", s.period() + "/" + s.region(),
                AuditDetail.of("version", version, "sha256", s.sha256(), "valid", s.valid()));
        beforeCommit.run();
        return new StoredVersion(id, s.period(), s.region(), version, now, s.actor(), s.sha256(),
                s.valid(), s.structure(), s.structureRevision(), s.reportJson(), true);
    }

    /** The newest version's number and hash: all a new upload is compared with, without reading its report. */
    private record Head(int version, String sha256) {}

    private static Optional<Head> head(Connection c, String period, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, sha256 FROM submission WHERE period = ? AND region = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, period);
            ps.setString(2, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getInt(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private static long idOf(Connection c, String period, String region, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM submission WHERE period = ? AND region = ? AND version = ?")) {
            ps.setString(1, period);
            ps.setString(2, region);
            ps.setInt(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What a version takes in the database, in bytes, as the budget counts it. */
    private static long storedBytes(NewSubmission s) {
        return s.original().length + (s.annotated() == null ? 0 : s.annotated().length)
                + s.reportJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static void insertSummary(Connection c, long submissionId, String goalsJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission_summary (submission_id, goals_json) VALUES (?, ?)")) {
            ps.setLong(1, submissionId);
            ps.setString(2, goalsJson);
            ps.executeUpdate();
        }
    }

    /**
     * The version history of a period and region, newest first: only what it shows, never the stored
     * reports, so its cost does not grow with the size of old versions. A version stored before
     * summaries existed gets its summary now, once, from its own report.
     */
    public List<VersionSummary> history(String period, String region) {
        List<VersionSummary> rows = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.version, s.created_at, s.actor, s.sha256, s.valid, m.goals_json"
                    + " FROM submission s LEFT JOIN submission_summary m ON m.submission_id = s.id"
                    + " WHERE s.period = ? AND s.region = ? ORDER BY s.version DESC")) {
                ps.setString(1, period);
                ps.setString(2, region);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String goals = rs.getString(7);
                        if (goals == null) {
                            missing.add(rs.getLong(1));
                        }
                        rows.add(new VersionSummary(rs.getInt(2), Instant.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getBoolean(6), goals == null ? null : GoalStatusSummary.read(goals)));
                    }
                }
            }
            return null;
        });
        if (missing.isEmpty()) {
            return rows;
        }
        missing.forEach(this::backfillSummary);
        return history(period, region);
    }

    /** One old version's summary, from its report alone; a concurrent backfill of the same row is fine. */
    private void backfillSummary(long submissionId) {
        String report = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report_json FROM submission WHERE id = ?")) {
                ps.setLong(1, submissionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "{}";
                }
            }
        });
        String goals = GoalStatusSummary.of(report);
        db.write(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM submission_summary WHERE submission_id = ?")) {
                exists.setLong(1, submissionId);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        insertSummary(c, submissionId, goals);
                    }
                }
            }
            return null;
        });
    }

    /** Throws {@link PeriodLockedException} when {@code period} is approved; cheap, so it goes before any parsing. */
    public void requireOpen(String period) {
        db.read(c -> {
            ApprovalStore.requireOpen(c, period);
            return null;
        });
    }

    /**
     * Throws {@link BudgetExceededException} when a new upload of {@code uploadBytes} cannot fit the
     * region's budget for the quarter; cheap, so it goes before any parsing. The same bytes as the latest
     * version pass (they store nothing). The store checks again, with the annotated copy, inside its transaction.
     */
    public void requireRoom(String period, String region, long uploadBytes, String sha256) {
        db.read(c -> {
            Optional<Head> latest = head(c, period, region);
            if (latest.isEmpty() || !latest.get().sha256().equals(sha256)) {
                budgets.requireRoom(c, period, region, uploadBytes);
            }
            return null;
        });
    }

    /** Whether the database answers, for {@code /health}. */
    public boolean databaseReachable() {
        return db.reachable();
    }

    /** One version without its bytes, e.g. the one an approval's snapshot names. */
    public Optional<StoredVersion> version(String period, String region, int version) {
        return db.read(c -> version(c, period, region, version));
    }

    /** All versions of a period and region, newest first, without bytes; empty when none. */
    public List<StoredVersion> versions(String period, String region) {
        return db.read(c -> list(c, "SELECT " + COLUMNS + " FROM submission WHERE period = ? AND region = ? ORDER BY version DESC",
                period, region));
    }

    public Optional<StoredVersion> latest(String period, String region) {
        return db.read(c -> latest(c, period, region));
    }

    /** The newest version of {@code region} in each of {@code periods} that has one, in one read: a report's history asks for four quarters. */
    public Map<String, StoredVersion> latest(String region, Collection<String> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(periods.size(), "?"));
        Object[] params = new Object[periods.size() + 1];
        params[0] = region;
        int i = 1;
        for (String p : periods) {
            params[i++] = p;
        }
        List<StoredVersion> rows = db.read(c -> list(c, "SELECT " + COLUMNS + " FROM submission s WHERE region = ? AND period IN (" + marks + ")"
                + " AND version = (SELECT MAX(version) FROM submission t WHERE t.period = s.period AND t.region = s.region)", params));
        Map<String, StoredVersion> byPeriod = new HashMap<>();
        rows.forEach(v -> byPeriod.put(v.period(), v));
        return byPeriod;
    }

    /** The newest version of every region that has submitted for {@code period}, ordered by region id. */
    public List<StoredVersion> latestPerRegion(String period) {
        return db.read(c -> list(c, "SELECT " + COLUMNS + " FROM submission s WHERE period = ? AND version ="
                + " (SELECT MAX(version) FROM submission t WHERE t.period = s.period AND t.region = s.region) ORDER BY region", period));
    }

    /** The workbook as uploaded, byte for byte. */
    public Optional<byte[]> original(String period, String region, int version) {
        return bytes("original", period, region, version);
    }

    /** The annotated workbook of that version: stored with it, or made later and kept ({@link #keepAnnotated}); empty when none yet. */
    public Optional<byte[]> annotated(String period, String region, int version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.annotated, a.bytes FROM submission s LEFT JOIN annotated_copy a"
                    + " ON a.submission_id = s.id WHERE s.period = ? AND s.region = ? AND s.version = ?")) {
                ps.setString(1, period);
                ps.setString(2, region);
                ps.setInt(3, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    byte[] withVersion = rs.getBytes(1);
                    return Optional.ofNullable(withVersion != null ? withVersion : rs.getBytes(2));
                }
            }
        });
    }

    /**
     * Keeps {@code bytes} as the annotated copy of {@code v}, made after it was stored; when another
     * request (or instance) kept one first, that one is returned, so every download is the same bytes.
     */
    public byte[] keepAnnotated(StoredVersion v, byte[] bytes) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM annotated_copy WHERE submission_id = ?")) {
                ps.setLong(1, v.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getBytes(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotated_copy (submission_id, bytes, created_at) VALUES (?, ?, ?)")) {
                ps.setLong(1, v.id());
                ps.setBytes(2, bytes);
                ps.setString(3, clock.instant().toString());
                ps.executeUpdate();
            }
            QuarterBudgets.count(c, v.id(), QuarterBudgets.ANNOTATED_COPY, v.period(), v.region(), bytes.length);
            return bytes;
        });
    }

    private Optional<byte[]> bytes(String column, String period, String region, int version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + column + " FROM submission WHERE period = ? AND region = ? AND version = ?")) {
                ps.setString(1, period);
                ps.setString(2, region);
                ps.setInt(3, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    static Optional<StoredVersion> latest(Connection c, String period, String region) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM submission WHERE period = ? AND region = ? ORDER BY version DESC LIMIT 1",
                period, region).stream().findFirst();
    }

    private static Optional<StoredVersion> version(Connection c, String period, String region, int version) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM submission WHERE period = ? AND region = ? AND version = ?",
                period, region, version).stream().findFirst();
    }

    private static List<StoredVersion> list(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<StoredVersion> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new StoredVersion(rs.getLong("id"), rs.getString("period"), rs.getString("region"), rs.getInt("version"),
                            Instant.parse(rs.getString("created_at")), rs.getString("actor"), rs.getString("sha256"),
                            rs.getBoolean("valid"), rs.getString("structure"), rs.getString("structure_revision"),
                            rs.getString("report_json"), false));
                }
                return out;
            }
        }
    }
}
