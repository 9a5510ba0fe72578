package goalbook.cli;

import goalbook.storage.Database;
import goalbook.storage.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every tool that works on the database shares (a picocli mixin), and how the
 * tool opens that database, which it never creates.
 */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "JDBC_URL", description = "database (default: $GOALBOOK_DB_URL, else $GOALBOOK_DATA/goalbook.db)")
    String db;

    private static DatabaseSettings environment() {
        return DatabaseSettings.fromEnvironment(System.getenv());
    }

    /** {@code --db}, else the server's own ({@code GOALBOOK_DB_URL} or {@code GOALBOOK_DATA}). */
    String url() {
        return db != null ? db : environment().url();
    }

    /** The server's database user ({@code GOALBOOK_DB_USER}), e.g. for pg_dump. */
    String user() {
        return environment().user();
    }

    /** Opens the database with the server's credentials ({@code GOALBOOK_DB_USER}, {@code GOALBOOK_DB_PASSWORD}). */
    Database open() {
        DatabaseSettings env = environment();
        return Database.open(url(), env.user(), env.password());
    }

    /** Tools never create a database: opening a mistyped path would otherwise make an empty one and report it as fine. */
    boolean missingSqliteFile() {
        Optional<Path> file = Database.sqliteFile(url());
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            System.err.println("no database at " + file.get() + " (set GOALBOOK_DATA, GOALBOOK_DB_URL or --db)");
            return true;
        }
        return false;
    }
}
