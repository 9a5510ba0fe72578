package goalbook;

import goalbook.cli.ToolCommandsTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.http.RunningServer;
import goalbook.storage.Database;
import goalbook.storage.NewSubmission;
import goalbook.storage.SubmissionStore;
import goalbook.storage.ThrowawayPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The operator's view of a PostgreSQL backend: verify-audit, and /health as a load balancer asks it. */
@Tag("integration")
class PostgresOperationsIT {

    @RegisterExtension
    final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @TempDir
    Path dir;

    @Test
    void verifyAudit_onPostgres_intactThenBrokenAfterTampering() {
        try (Database db = Database.open(postgres.url())) {
            SubmissionStore store = new SubmissionStore(db, Clock.systemUTC());
            for (int i = 1; i <= 3; i++) {
                byte[] bytes = ("workbook " + i).getBytes(StandardCharsets.UTF_8);
                store.store(new NewSubmission("2024-Q2", "nord", "demo-nord", bytes, bytes, null, true, "almi-2021", "rev", "{}"));
            }
        }
        ToolCommandsTest.Run intact = ToolCommandsTest.run("verify-audit", "--db", postgres.url());
        assertEquals(0, intact.exit(), intact.err());
        assertTrue(intact.out().contains("intact: 3 entries"), intact.out());

        try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgres.url()); java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
            st.executeUpdate("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        ToolCommandsTest.Run broken = ToolCommandsTest.run("verify-audit", "--db", postgres.url());
        assertEquals(1, broken.exit(), broken.out());
        assertTrue(broken.out().contains("BROKEN at entry 2"), broken.out());
    }

    @Test
    void health_databaseGone_answers503() throws Exception {
        String name = ThrowawayPostgres.create();
        Path templates = Path.of(System.getProperty("goalbook.templates", "templates"));
        Config config = new Config(0, dir, ThrowawayPostgres.url(name), null, templates, 10L * 1024 * 1024, "127.0.0.1", 20, null,
                java.util.Set.of(), null);
        RunningServer app = Server.start(config);
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                    .timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> up = client.send(health, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, up.statusCode(), up.body());
            assertTrue(up.body().contains("\"status\":\"ok\""), up.body());

            ThrowawayPostgres.drop(name);
            // /health keeps a verdict for a second (its probe is a real write): ask until it is renewed
            HttpResponse<String> down = client.send(health, HttpResponse.BodyHandlers.ofString());
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (down.statusCode() == 200 && System.nanoTime() < until) {
                down = client.send(health, HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("database unreachable"), down.body());
        } finally {
            app.stop();
            ThrowawayPostgres.drop(name);
        }
    }
}
