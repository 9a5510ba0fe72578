package goalbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.TestStructures;
import goalbook.sources.ScbAnswers;
import goalbook.storage.AuditEntry;
import goalbook.storage.AuditLog;
import goalbook.storage.Database;
import goalbook.submissions.ReferenceDataService;
import goalbook.storage.ReferenceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch-reference} as an operator runs it, against an SCB-shaped server. */
class FetchReferenceCommandTest {
    @StartStop
    final MockWebServer scb = new MockWebServer();

    @TempDir
    Path dir;

    private final Set<String> broken = new HashSet<>();

    private String database() {
        String url = Database.defaultUrl(dir);
        Database.open(url).close();
        scb.setDispatcher(ScbAnswers.dispatcher(broken, Set.of()));
        return url;
    }

    private int savedVersion(String url) {
        try (Database db = Database.open(url)) {
            return new ReferenceDataService(new ReferenceStore(db, Clock.systemUTC()), TestStructures.regions())
                    .latestVersion(TestStructures.structureB(), 2024);
        }
    }

    @Test
    void everyValueArrives_savesOneVersion_auditedAsTheCommand() {
        String url = database();
        ToolCommandsTest.Run r = ToolCommandsTest.run("fetch-reference", "almi-2021", "2024", "--db", url,
                "--source-url", scb.url("/api/v2").toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Saved reference version 1 of almi-2021/2024 from http://"), r.out());
        assertEquals(1, savedVersion(url));
        try (Database db = Database.open(url)) {
            AuditEntry last = new AuditLog(db, Clock.systemUTC()).latest(1).get(0);
            assertEquals("reference.save", last.action());
            assertEquals("fetch-reference", last.actor());
        }
    }

    @Test
    void oneTableFails_savesNothing_andListsWhatFailed() {
        String url = database();
        broken.add("TAB_SMF_EBITDA");
        ToolCommandsTest.Run r = ToolCommandsTest.run("fetch-reference", "almi-2021", "2024", "--db", url,
                "--source-url", scb.url("/api/v2").toString());

        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().startsWith("Nothing saved: these values could not be fetched:"), r.err());
        assertTrue(r.err().contains("jmf_ebitdatillvaxt"), r.err());
        assertEquals(0, savedVersion(url));
    }

    @Test
    void missingDatabase_orUnknownStructure_exitTwo() {
        assertEquals(2, ToolCommandsTest.run("fetch-reference", "almi-2021", "2024", "--db", Database.defaultUrl(dir.resolve("none"))).exit());
        assertEquals(2, ToolCommandsTest.run("fetch-reference", "almi-1999", "2024", "--db", database()).exit());
    }
}
