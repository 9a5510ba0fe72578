package goalbook.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The controller's reference data per structure and year, as JSON; every save is a new version,
 * e.g. {@code save("almi-2021", 2024, json, "demo-controller")} → 3.
 */
public final class ReferenceStore {

    private final Database db;
    private final Clock clock;
    private final AuditLog audit;

    public ReferenceStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = new AuditLog(db, clock);
    }

    /** Stores {@code json} as the next version with an audit entry, in one transaction; returns the version number. */
    public int save(String structure, int year, String json, String actor) {
        return save(structure, year, json, Actor.named(actor));
    }

    /** Like {@link #save(String, int, String, String)}: the row shows the actor's label, the audit entry its id. */
    public int save(String structure, int year, String json, Actor actor) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(actor, "actor");
        return db.write(c -> {
            int version = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM reference_data WHERE structure = ? AND year = ?")) {
                ps.setString(1, structure);
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        version = rs.getInt(1) + 1;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO reference_data (structure, year, version, created_at, actor, json, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, structure);
                ps.setInt(2, year);
                ps.setInt(3, version);
                ps.setString(4, clock.instant().toString());
                ps.setString(5, actor.label());
                ps.setString(6, json);
                ps.setString(7, actor.id());
                ps.executeUpdate();
            }
            audit.append(c, actor, "reference.save", structure + "/" + year,
                    AuditDetail.of("version", version, "sha256", Hashes.sha256(json)));
            return version;
        });
    }

    /** The newest saved JSON of {@code structure} and {@code year}; empty when none was saved. */
    public Optional<String> latest(String structure, int year) {
        return latestVersion(structure, year).map(ReferenceVersion::json);
    }

    /** The newest version with its number, time and author; empty when none was saved. */
    public Optional<ReferenceVersion> latestVersion(String structure, int year) {
        return find(structure, year, "ORDER BY version DESC LIMIT 1", null);
    }

    /** The newest version number, 0 when none was saved: the cheap check a cache of parsed data keys on. */
    public int latestNumber(String structure, int year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM reference_data WHERE structure = ? AND year = ?")) {
                ps.setString(1, structure);
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** One saved version, e.g. the one an approval's snapshot names. */
    public Optional<ReferenceVersion> version(String structure, int year, int version) {
        return find(structure, year, "AND version = ?", version);
    }

    private Optional<ReferenceVersion> find(String structure, int year, String condition, Integer version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version, created_at, actor, json FROM reference_data"
                    + " WHERE structure = ? AND year = ? " + condition)) {
                ps.setString(1, structure);
                ps.setInt(2, year);
                if (version != null) {
                    ps.setInt(3, version);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new ReferenceVersion(structure, year, rs.getInt(1), Instant.parse(rs.getString(2)),
                                    rs.getString(3), rs.getString(4)))
                            : Optional.empty();
                }
            }
        });
    }
}
