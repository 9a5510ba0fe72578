package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceStoreTest {

    @TempDir
    Path dir;

    /** The database under test; the PostgreSQL suite ({@code *PostgresIT}) overrides it. Each call is another handle on the same data. */
    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }
    private Database db;
    private final MutableClock clock = new MutableClock();
    private ReferenceStore store;

    @BeforeEach
    void open() {
        db = openDatabase();
        store = new ReferenceStore(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void save_eachTime_isTheNextVersionPerStructureAndYear() {
        assertEquals(1, store.save("almi-2021", 2024, "{\"group\":{}}", "demo-controller"));
        assertEquals(2, store.save("almi-2021", 2024, "{\"group\":{}}", "demo-controller"));
        assertEquals(1, store.save("almi-2021", 2025, "{}", "demo-controller"));
        assertEquals(1, store.save("almi-2019", 2024, "{}", "demo-controller"));
        assertEquals(3, store.save("almi-2021", 2024, "{\"v\":3}", "demo-controller"));
    }

    @Test
    void latest_returnsNewestJsonWithVersionTimeAndActor() {
        store.save("almi-2021", 2024, "{\"v\":1}", "demo-controller");
        clock.advance(Duration.ofHours(1));
        store.save("almi-2021", 2024, "{\"v\":2}", "controller-2");
        assertEquals(Optional.of("{\"v\":2}"), store.latest("almi-2021", 2024));
        ReferenceVersion v = store.latestVersion("almi-2021", 2024).orElseThrow();
        assertEquals(new ReferenceVersion("almi-2021", 2024, 2, clock.instant(), "controller-2", "{\"v\":2}"), v);
    }

    @Test
    void latest_nothingSaved_isEmpty() {
        store.save("almi-2021", 2024, "{}", "demo-controller");
        assertEquals(Optional.empty(), store.latest("almi-2021", 2023));
        assertEquals(Optional.empty(), store.latestVersion("almi-2019", 2024));
    }

    @Test
    void save_appendsAnAuditEntry() {
        store.save("almi-2021", 2024, "{}", "demo-controller");
        AuditEntry e = new AuditLog(db, clock).latest(1).get(0);
        assertEquals("reference.save", e.action());
        assertEquals("almi-2021/2024", e.subject());
        assertTrue(e.detail().startsWith("{\"version\":1,"), e.detail());
    }
}
