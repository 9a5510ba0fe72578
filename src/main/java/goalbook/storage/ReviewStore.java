package goalbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The controller's review of each region's latest version, and the conversation per goal. Every
 * decision and comment is a new row with an audit entry in the same transaction; the rules (latest
 * version only, no accepting a returned or invalid version without an override) are checked inside it,
 * so a version that arrives meanwhile is never accepted unseen.
 */
public final class ReviewStore {
    private static final String REVIEW_COLUMNS = "period, region, version, state, reason, override, at, actor";
    private static final String COMMENT_COLUMNS = "id, period, region, goal_id, version, from_controller, text, at, actor";

    private final Database db;
    private final Clock clock;
    private final AuditLog audit;

    public ReviewStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = new AuditLog(db, clock);
    }

    /** A goal comment written together with a decision. */
    public record NewComment(String goalId, String text) {}

    /**
     * Records {@code decision} (ACCEPTED or RETURNED) on the region's latest version.
     *
     * @param version  the version the controller looked at; 0 for the latest, whatever it is
     * @param override why a returned or invalid version is accepted anyway; null or blank for none
     */
    public Review decide(String period, String region, int version, ReviewState decision, String reason, String override,
                         List<NewComment> comments, Actor actor) {
        if (decision != ReviewState.ACCEPTED && decision != ReviewState.RETURNED) {
            throw new IllegalArgumentException("a review accepts or returns: " + decision);
        }
        String overrideText = override == null || override.isBlank() ? null : override.trim();
        return db.write(c -> {
            ApprovalStore.requireOpen(c, period);
            StoredVersion latest = SubmissionStore.latest(c, period, region)
                    .orElseThrow(() -> new ReviewRefusedException(ReviewRefusedException.Reason.NO_VERSION, 0));
            if (version != 0 && version != latest.version()) {
                throw new ReviewRefusedException(ReviewRefusedException.Reason.STALE_VERSION, latest.version());
            }
            if (decision == ReviewState.ACCEPTED && overrideText == null) {
                Optional<Review> now = current(c, period, region);
                if (now.isPresent() && now.get().version() == latest.version() && now.get().state() == ReviewState.RETURNED) {
                    throw new ReviewRefusedException(ReviewRefusedException.Reason.RETURNED_VERSION, latest.version());
                }
                if (!latest.valid()) {
                    throw new ReviewRefusedException(ReviewRefusedException.Reason.INVALID_VERSION, latest.version());
                }
            }
            Instant at = clock.instant();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review (" + REVIEW_COLUMNS + ", actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, period);
                ps.setString(2, region);
                ps.setInt(3, latest.version());
                ps.setString(4, decision.name());
                ps.setString(5, reason);
                ps.setString(6, overrideText);
                ps.setString(7, at.toString());
                ps.setString(8, actor.label());
                ps.setString(9, actor.id());
                ps.executeUpdate();
            }
            for (NewComment comment : comments) {
                insertComment(c, period, region, comment, latest.version(), true, at, actor);
            }
            audit.append(c, actor, decision == ReviewState.ACCEPTED ? "review.accept" : "review.return", period + "/" + region,
                    AuditDetail.of("version", latest.version(), "reason", reason, "override", overrideText, "comments", comments.size()));
            return new Review(period, region, latest.version(), decision, reason, overrideText, at, actor.label());
        });
    }

    /** Adds one entry to the conversation about {@code goalId}; by the controller or the region. */
    public GoalComment comment(String period, String region, NewComment comment, boolean fromController, Actor actor) {
        return db.write(c -> {
            Integer version = SubmissionStore.latest(c, period, region).map(StoredVersion::version).orElse(null);
            Instant at = clock.instant();
            long id = insertComment(c, period, region, comment, version, fromController, at, actor);
            audit.append(c, actor, "comment.add", period + "/" + region + "/" + comment.goalId(),
                    AuditDetail.of("version", version, "fromController", fromController, "text", comment.text()));
            return new GoalComment(id, period, region, comment.goalId(), version, fromController, comment.text(), at, actor.label());
        });
    }

    /** The latest decision on any version of the region, if any. */
    public Optional<Review> current(String period, String region) {
        return db.read(c -> current(c, period, region));
    }

    /** Every decision on the region's versions, oldest first. */
    public List<Review> history(String period, String region) {
        return db.read(c -> reviews(c, "WHERE period = ? AND region = ? ORDER BY id", period, region));
    }

    /** The latest decision per region that has one. */
    public Map<String, Review> currentPerRegion(String period) {
        return db.read(c -> {
            Map<String, Review> out = new LinkedHashMap<>();
            for (Review r : reviews(c, "WHERE period = ? ORDER BY id", period)) {
                out.put(r.region(), r);
            }
            return out;
        });
    }

    /** The region's conversation, every goal, in the order written. */
    public List<GoalComment> comments(String period, String region) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMENT_COLUMNS + " FROM goal_comment WHERE period = ? AND region = ? ORDER BY id")) {
                ps.setString(1, period);
                ps.setString(2, region);
                try (ResultSet rs = ps.executeQuery()) {
                    List<GoalComment> out = new ArrayList<>();
                    while (rs.next()) {
                        int v = rs.getInt(5);
                        out.add(new GoalComment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.wasNull() ? null : v,
                                rs.getBoolean(6), rs.getString(7), Instant.parse(rs.getString(8)), rs.getString(9)));
                    }
                    return out;
                }
            }
        });
    }

    /** The state of a region whose latest version is {@code latest} (null: none), given its latest decision. */
    public static ReviewState stateOf(StoredVersion latest, Review decision) {
        return stateOf(latest == null ? null : latest.version(), decision);
    }

    public static ReviewState stateOf(Integer latestVersion, Review decision) {
        if (latestVersion == null) {
            return ReviewState.MISSING;
        }
        return decision != null && decision.version() == latestVersion ? decision.state() : ReviewState.SUBMITTED;
    }

    private static Optional<Review> current(Connection c, String period, String region) throws SQLException {
        List<Review> all = reviews(c, "WHERE period = ? AND region = ? ORDER BY id DESC LIMIT 1", period, region);
        return all.stream().findFirst();
    }

    private static List<Review> reviews(Connection c, String where, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REVIEW_COLUMNS + " FROM review " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Review> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Review(rs.getString(1), rs.getString(2), rs.getInt(3), ReviewState.valueOf(rs.getString(4)), rs.getString(5),
                            rs.getString(6), Instant.parse(rs.getString(7)), rs.getString(8)));
                }
                return out;
            }
        }
    }

    private static long insertComment(Connection c, String period, String region, NewComment comment, Integer version, boolean fromController,
                                      Instant at, Actor actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO goal_comment (period, region, goal_id, version, from_controller, text, at,"
                + " actor, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, period);
            ps.setString(2, region);
            ps.setString(3, comment.goalId());
            if (version == null) {
                ps.setNull(4, java.sql.Types.INTEGER);
            } else {
                ps.setInt(4, version);
            }
            ps.setBoolean(5, fromController);
            ps.setString(6, comment.text());
            ps.setString(7, at.toString());
            ps.setString(8, actor.label());
            ps.setString(9, actor.id());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
