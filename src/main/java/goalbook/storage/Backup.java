package goalbook.storage;

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
     * The {@code pg_dump} command that backs up a PostgreSQL database consistently while instances run,
     * e.g. for {@code jdbc:postgresql://db.example:5432/goalbook} and user {@code goalbook}:
     * {@code pg_dump --host=db.example --port=5432 --username=goalbook --format=custom --file=/backup/goalbook.dump goalbook}.
     * The user comes from {@code user}, else the URL's {@code user} parameter; the password is never printed.
     */
    public static String pgDumpCommand(String url, String user, Path target) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + url);
        }
        String rest = url.substring(prefix.length());
        String query = rest.contains("?") ? rest.substring(rest.indexOf('?') + 1) : "";
        rest = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
        String hostPort = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String database = rest.contains("/") ? rest.substring(rest.indexOf('/') + 1) : "";
        String host = hostPort.isEmpty() ? "localhost" : hostPort;
        String port = "5432";
        int colon = host.lastIndexOf(':');
        if (colon > 0 && !host.endsWith("]")) {
            port = host.substring(colon + 1);
            host = host.substring(0, colon);
        }
        String who = user;
        for (String param : query.split("&")) {
            if (who == null && param.startsWith("user=")) {
                who = java.net.URLDecoder.decode(param.substring(5), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        StringBuilder cmd = new StringBuilder("pg_dump --host=").append(host).append(" --port=").append(port);
        if (who != null) {
            cmd.append(" --username=").append(who);
        }
        cmd.append(" --format=custom --file=").append(target.toAbsolutePath().normalize());
        return cmd.append(' ').append(database.isEmpty() ? (who == null ? "postgres" : who) : database).toString();
    }

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
