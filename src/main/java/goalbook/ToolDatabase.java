package goalbook;

import goalbook.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The database the tools work on, which they never create. */
final class ToolDatabase {
    private ToolDatabase() {}

    /** The database a tool works on: {@code --db}, else the server's own ({@code GOALBOOK_DB_URL} or {@code GOALBOOK_DATA}). */
    static String databaseUrl(String option) {
        return option != null ? option : Config.fromEnvironment(System.getenv()).dbUrl();
    }

    /** Opens the tool's database with the server's credentials ({@code GOALBOOK_DB_USER}, {@code GOALBOOK_DB_PASSWORD}). */
    static Database open(String url) {
        Config env = Config.fromEnvironment(System.getenv());
        return Database.open(url, env.dbUser(), env.dbPassword());
    }

    /** Tools never create a database: opening a mistyped path would otherwise make an empty one and report it as fine. */
    static boolean missingSqliteFile(String url) {
        Optional<Path> file = Database.sqliteFile(url);
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            System.err.println("no database at " + file.get() + " (set GOALBOOK_DATA, GOALBOOK_DB_URL or --db)");
            return true;
        }
        return false;
    }
}
