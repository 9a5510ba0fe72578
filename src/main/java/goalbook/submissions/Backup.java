package goalbook.submissions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

/**
 * A consistent copy of a running server's SQLite database, e.g. {@code Backup.write(db,
 * Path.of("backup/goalbook-2024-07-01.db"))}: SQLite's {@code VACUUM INTO} reads one snapshot (WAL
 * lets uploads go on meanwhile) and writes a compact, self-contained database file that opens as is.
 * Restoring is replacing {@code goalbook.db} with the copy while the server is stopped.
 */
public final class Backup {
    private Backup() {}

    /**
     * Writes the copy to {@code target}, which must not exist yet (an existing file is never overwritten)
     * and whose folder must exist; returns the copy's size in bytes.
     *
     * @throws IllegalArgumentException for an existing target, a missing folder or a database that is not SQLite
     */
    public static long write(Database db, Path target) {
        if (!db.url().startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("backup copies SQLite databases only; use the database's own tools for " + db.url());
        }
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new IllegalArgumentException("refusing to overwrite " + file + ": choose a new file name");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException("folder " + file.getParent() + " does not exist");
        }
        db.read(c -> {
            // a reader connection is in auto-commit mode: VACUUM cannot run inside a transaction
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, file.toString());
                ps.executeUpdate();
            }
            return null;
        });
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException("backup written but unreadable: " + file + ": " + e.getMessage(), e);
        }
    }
}
