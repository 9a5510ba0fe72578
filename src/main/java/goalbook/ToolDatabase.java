package goalbook;

import java.nio.file.Files;
import java.nio.file.Path;

/** The database the tools work on, which they never create. */
final class ToolDatabase {
    private ToolDatabase() {}

    /** The database a tool works on: {@code --db}, else the server's own ({@code GOALBOOK_DB_URL} or {@code GOALBOOK_DATA}). */
    static String databaseUrl(String option) {
        return option != null ? option : Config.fromEnvironment(System.getenv()).dbUrl();
    }

    /** Tools never create a database: opening a mistyped path would otherwise make an empty one and report it as fine. */
    static boolean missingSqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return false;
        }
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        file = query >= 0 ? file.substring(0, query) : file;
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
            return false;
        }
        if (!Files.isRegularFile(Path.of(file))) {
            System.err.println("no database at " + file + " (set GOALBOOK_DATA, GOALBOOK_DB_URL or --db)");
            return true;
        }
        return false;
    }
}
