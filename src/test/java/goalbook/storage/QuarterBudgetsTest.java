package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A region's budget per quarter: versions and stored bytes, at, below and above each bound, and the controller's raise. */
class QuarterBudgetsTest {
    private static final long MB = QuarterBudget.MEGABYTE;
    private static final String REPORT = "{}";

    @TempDir
    Path dir;

    private Database db;
    private final MutableClock clock = new MutableClock();

    /** The database under test; {@code QuarterBudgetsPostgresIT} overrides it. */
    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }

    @BeforeEach
    void open() {
        db = openDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A version taking exactly {@code bytes} as the budget counts them: the upload, no annotated copy, a 2-character report. */
    private static NewSubmission sized(String region, long bytes, char tag) {
        byte[] original = new byte[(int) (bytes - REPORT.length())];
        Arrays.fill(original, (byte) tag);
        return new NewSubmission("2024-Q2", region, "demo-" + region, original, null, null, true, "almi-2021", "rev", REPORT);
    }

    private static NewSubmission small(String region, char tag) {
        return sized(region, 100, tag);
    }

    @Test
    void versions_theLastPlaceIsTakenAndTheNextRefusedWithNothingStored() {
        SubmissionStore store = new SubmissionStore(db, clock, new QuarterBudget(3, MB));
        store.store(small("nord", 'a'));
        store.store(small("nord", 'b'));
        assertEquals(2, store.budgets().use("2024-Q2", "nord").versions(), "below the bound");
        assertEquals(3, store.store(small("nord", 'c')).version(), "at the bound");
        long auditBefore = new AuditLog(db, clock).verify().entries();
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> store.store(small("nord", 'd')));
        assertTrue(e.versionsUsedUp());
        assertEquals(3, e.use().versions());
        assertEquals(3, store.versions("2024-Q2", "nord").size(), "nothing stored above the bound");
        assertEquals(auditBefore, new AuditLog(db, clock).verify().entries());
    }

    @Test
    void versions_countPerRegionAndQuarter() {
        SubmissionStore store = new SubmissionStore(db, clock, new QuarterBudget(1, MB));
        store.store(small("nord", 'a'));
        assertEquals(1, store.store(small("mitt", 'a')).version(), "another region has its own budget");
        assertEquals(1, store.store(new NewSubmission("2024-Q3", "nord", "demo-nord", new byte[] {1}, null, null, true, "almi-2021", "rev", REPORT))
                .version(), "another quarter too");
    }

    @Test
    void bytes_exactlyTheBudgetFitsAndOneByteMoreDoesNot() {
        SubmissionStore store = new SubmissionStore(db, clock, new QuarterBudget(50, 2 * MB));
        store.store(sized("nord", MB, 'a'));
        store.store(sized("nord", MB, 'b'));
        assertEquals(2 * MB, store.budgets().use("2024-Q2", "nord").bytes(), "at the bound: fits");
        assertThrows(BudgetExceededException.class, () -> store.store(sized("nord", 3, 'c')));

        SubmissionStore other = new SubmissionStore(db, clock, new QuarterBudget(50, 2 * MB));
        other.store(sized("mitt", MB, 'a'));
        other.store(sized("mitt", MB - 3, 'b'));
        assertEquals(3, other.store(sized("mitt", 3, 'c')).version(), "three bytes below the bound: a three-byte version fits");
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> other.store(sized("mitt", 3, 'd')));
        assertFalse(e.versionsUsedUp());
        assertEquals(3, e.newBytes());
    }

    @Test
    void bytes_aReportInSwedishCountsItsBytesNotItsCharacters() {
        SubmissionStore store = new SubmissionStore(db, clock, new QuarterBudget(50, MB));
        String report = "{\"kommentar\":\"Målet nåddes för övrigt ej\"}"; // å, å, ö, ö: four characters of two bytes each
        store.store(new NewSubmission("2024-Q2", "nord", "demo-nord", new byte[100], null, null, true, "almi-2021", "rev", report));
        assertEquals(100 + report.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, store.budgets().use("2024-Q2", "nord").bytes());
    }

    @Test
    void sameBytesAsTheLatest_answerWithThatVersionWhenTheBudgetIsUsedUp() {
        SubmissionStore store = new SubmissionStore(db, clock, new QuarterBudget(1, MB));
        StoredVersion first = store.store(small("nord", 'a'));
        store.requireRoom("2024-Q2", "nord", 98, first.sha256());
        StoredVersion again = store.store(small("nord", 'a'));
        assertEquals(1, again.version());
        assertFalse(again.created());
        assertThrows(BudgetExceededException.class, () -> store.requireRoom("2024-Q2", "nord", 98, Hashes.sha256("other".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void raise_letsTheRegionSendMoreAndIsRecordedWithItsReason() {
        SubmissionStore store = new SubmissionStore(db, clock, new QuarterBudget(1, MB));
        store.store(small("nord", 'a'));
        assertNull(store.budgets().use("2024-Q2", "nord").raisedBy());
        assertThrows(BudgetExceededException.class, () -> store.store(small("nord", 'b')));
        long auditBefore = new AuditLog(db, clock).verify().entries();
        BudgetUse raised = store.budgets().raise("2024-Q2", "nord", QuarterBudget.of(2, 5), new Actor("tok_c", "Koncerncontroller"),
                "Nord rättar kundtiden");
        assertEquals(QuarterBudget.of(2, 5), raised.budget());
        assertEquals("Koncerncontroller", raised.raisedBy());
        assertEquals("Nord rättar kundtiden", raised.reason());
        assertEquals(auditBefore + 1, new AuditLog(db, clock).verify().entries(), "the raise is in the audit log");
        assertEquals(2, store.store(small("nord", 'b')).version());
        assertThrows(BudgetExceededException.class, () -> store.store(small("nord", 'c')));
        assertEquals(1, store.budgets().use("2024-Q2", "mitt").budget().versions(), "only that region and quarter");
        assertTrue(new AuditLog(db, clock).verify().intact());
    }

    @Test
    void raise_belowTheSettingKeepsTheSetting() {
        SubmissionStore store = new SubmissionStore(db, clock, new QuarterBudget(5, 10 * MB));
        BudgetUse use = store.budgets().raise("2024-Q2", "nord", QuarterBudget.of(2, 1), new Actor("tok_c", "Koncerncontroller"), "fel");
        assertEquals(new QuarterBudget(5, 10 * MB), use.budget());
    }

    @Test
    void raises_areNeverChangedOrRemoved() {
        SubmissionStore store = new SubmissionStore(db, clock, QuarterBudget.DEFAULT);
        store.budgets().raise("2024-Q2", "nord", QuarterBudget.of(60, 200), new Actor("tok_c", "Koncerncontroller"), "fler versioner");
        assertThrows(StorageException.class, () -> db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE budget_raise SET versions = 1000")) {
                return ps.executeUpdate();
            }
        }));
        assertThrows(StorageException.class, () -> db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM budget_raise")) {
                return ps.executeUpdate();
            }
        }));
        assertEquals(60, store.budgets().use("2024-Q2", "nord").budget().versions());
    }

    @Test
    void budget_belowOneVersionOrOneMegabyteIsNoBudget() {
        assertThrows(IllegalArgumentException.class, () -> new QuarterBudget(0, MB));
        assertThrows(IllegalArgumentException.class, () -> new QuarterBudget(1, MB - 1));
        assertEquals(MB, new QuarterBudget(1, MB).bytes());
    }
}
