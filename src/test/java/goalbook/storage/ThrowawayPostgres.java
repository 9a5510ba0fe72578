package goalbook.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL database of its own per test, created with a random name before it and dropped after it,
 * on the server {@code GOALBOOK_TEST_PG} names (default {@code jdbc:postgresql://127.0.0.1:5432/}, user
 * postgres). A server that does not answer fails the test: CI must never skip PostgreSQL silently.
 */
public final class ThrowawayPostgres implements BeforeEachCallback, AfterEachCallback {

    /** The server's base URL, ending in {@code /}. */
    public static final String SERVER = System.getenv().getOrDefault("GOALBOOK_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("GOALBOOK_TEST_PG_USER", "postgres");

    private String name;

    @Override
    public void beforeEach(ExtensionContext context) {
        name = create();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        drop(name);
    }

    /** The URL of this test's database, with the user in it so tools and servers need no further settings. */
    public String url() {
        return url(name);
    }

    public static String url(String database) {
        return SERVER + database + "?user=" + USER;
    }

    /** Creates an empty database with a random name and returns the name. */
    public static String create() {
        String db = "goalbook_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + db);
        return db;
    }

    public static void drop(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, null); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for this test (.ci/run starts it): " + e.getMessage(), e);
        }
    }
}
