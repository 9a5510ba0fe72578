package goalbook.storage;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which database the server and the tools use, from the environment: {@code GOALBOOK_DB_URL}, else
 * SQLite at {@code $GOALBOOK_DATA/goalbook.db} ({@code ./data} by default), with {@code GOALBOOK_DB_USER}
 * and {@code GOALBOOK_DB_PASSWORD} for a server database.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        Path data = dataDir(env);
        return new DatabaseSettings(env.getOrDefault("GOALBOOK_DB_URL", Database.defaultUrl(data)), env.get("GOALBOOK_DB_USER"),
                env.get("GOALBOOK_DB_PASSWORD"));
    }

    /** {@code GOALBOOK_DATA}, or {@code ./data}. */
    public static Path dataDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("GOALBOOK_DATA", "./data"));
    }

    public Database open() {
        return Database.open(url, user, password);
    }
}
