package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's review of a region's latest version, its rules, and the conversation per goal. */
class ReviewStoreTest {
    private static final String Q = "2024-Q2";
    private static final Actor CONTROLLER = new Actor("tok_c", "Koncerncontroller");
    private static final Actor NORD = new Actor("tok_n", "Almi Nord");

    @TempDir
    Path dir;

    private Database db;
    private final MutableClock clock = new MutableClock();
    private SubmissionStore versions;
    private ReviewStore reviews;

    /** The database under test; {@code ReviewStorePostgresIT} overrides it. */
    Database openDatabase() {
        return Database.open(Database.defaultUrl(dir));
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        versions = new SubmissionStore(db, clock);
        reviews = new ReviewStore(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StoredVersion submit(String content) {
        clock.advance(Duration.ofMinutes(1));
        return versions.store(new NewSubmission(Q, "nord", "Almi Nord", content.getBytes(StandardCharsets.UTF_8), null, null,
                !content.contains("invalid"), "almi-2021", "rev", "{}"));
    }

    private ReviewState state() {
        return ReviewStore.stateOf(versions.latest(Q, "nord").orElse(null), reviews.current(Q, "nord").orElse(null));
    }

    private long auditEntries() {
        return new AuditLog(db, clock).verify().entries();
    }

    @Test
    void noVersion_isMissingAndCannotBeReviewed() {
        assertEquals(ReviewState.MISSING, state());
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> reviews.decide(Q, "nord", 0, ReviewState.ACCEPTED, null, null, List.of(), CONTROLLER));
        assertEquals(ReviewRefusedException.Reason.NO_VERSION, e.reason());
    }

    @Test
    void accept_theLatestVersion_isAcceptedUntilANewVersionComes() {
        submit("a");
        assertEquals(ReviewState.SUBMITTED, state());
        long before = auditEntries();
        Review r = reviews.decide(Q, "nord", 1, ReviewState.ACCEPTED, null, null, List.of(), CONTROLLER);
        assertEquals(1, r.version());
        assertEquals(ReviewState.ACCEPTED, state());
        assertEquals(before + 1, auditEntries());
        submit("b");
        assertEquals(ReviewState.SUBMITTED, state(), "a new version resets the state");
    }

    @Test
    void return_withGoalComments_keepsThemInTheThread() {
        submit("a");
        reviews.decide(Q, "nord", 0, ReviewState.RETURNED, "Kundtiden verkar orimlig", null,
                List.of(new ReviewStore.NewComment("kundtid", "Kontrollera kundtiden")), CONTROLLER);
        assertEquals(ReviewState.RETURNED, state());
        clock.advance(Duration.ofMinutes(5));
        reviews.comment(Q, "nord", new ReviewStore.NewComment("kundtid", "Rättat, fel i underlaget"), false, NORD);
        List<GoalComment> thread = reviews.comments(Q, "nord");
        assertEquals(List.of("Kontrollera kundtiden", "Rättat, fel i underlaget"), thread.stream().map(GoalComment::text).toList());
        assertTrue(thread.get(0).fromController());
        assertEquals("Almi Nord", thread.get(1).actor());
        assertEquals(1, thread.get(1).version());
        assertEquals("Kundtiden verkar orimlig", reviews.current(Q, "nord").orElseThrow().reason());
    }

    @Test
    void acceptingAReturnedVersion_needsANewerVersionOrAnOverride() {
        submit("a");
        reviews.decide(Q, "nord", 0, ReviewState.RETURNED, "fel", null, List.of(), CONTROLLER);
        long before = auditEntries();
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> reviews.decide(Q, "nord", 0, ReviewState.ACCEPTED, null, " ", List.of(), CONTROLLER));
        assertEquals(ReviewRefusedException.Reason.RETURNED_VERSION, e.reason());
        assertEquals(before, auditEntries(), "nothing recorded");
        Review overridden = reviews.decide(Q, "nord", 0, ReviewState.ACCEPTED, null, "Avstämt per telefon", List.of(), CONTROLLER);
        assertEquals("Avstämt per telefon", overridden.override());
        assertEquals(ReviewState.ACCEPTED, state());

        submit("b");
        reviews.decide(Q, "nord", 0, ReviewState.RETURNED, "fel igen", null, List.of(), CONTROLLER);
        submit("c");
        assertEquals(ReviewState.ACCEPTED, reviews.decide(Q, "nord", 3, ReviewState.ACCEPTED, null, null, List.of(), CONTROLLER).state(),
                "a newer version can be accepted");
    }

    @Test
    void acceptingAnInvalidVersion_needsAnOverride() {
        submit("invalid");
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> reviews.decide(Q, "nord", 0, ReviewState.ACCEPTED, null, null, List.of(), CONTROLLER));
        assertEquals(ReviewRefusedException.Reason.INVALID_VERSION, e.reason());
        assertEquals(ReviewState.RETURNED, reviews.decide(Q, "nord", 0, ReviewState.RETURNED, "fel", null, List.of(), CONTROLLER).state(),
                "returning it needs nothing more");
    }

    @Test
    void aDecisionOnAnOlderVersion_isRefusedNamingTheLatest() {
        submit("a");
        submit("b");
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> reviews.decide(Q, "nord", 1, ReviewState.ACCEPTED, null, null, List.of(), CONTROLLER));
        assertEquals(ReviewRefusedException.Reason.STALE_VERSION, e.reason());
        assertEquals(2, e.latestVersion());
        assertNull(reviews.current(Q, "nord").orElse(null));
    }

    @Test
    void anApprovedQuarter_takesNoDecisions() {
        submit("a");
        new ApprovalStore(db, clock).approve(Q, CONTROLLER, null, "{}");
        assertThrows(PeriodLockedException.class, () -> reviews.decide(Q, "nord", 0, ReviewState.ACCEPTED, null, null, List.of(), CONTROLLER));
    }

    @Test
    void reviewsAndComments_areNeverChangedOrRemoved() {
        submit("a");
        reviews.decide(Q, "nord", 0, ReviewState.RETURNED, "fel", null, List.of(new ReviewStore.NewComment("kundtid", "x")), CONTROLLER);
        for (String sql : List.of("UPDATE review SET state = 'ACCEPTED'", "DELETE FROM review", "UPDATE goal_comment SET text = 'y'",
                "DELETE FROM goal_comment")) {
            assertThrows(StorageException.class, () -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    return ps.executeUpdate();
                }
            }), sql);
        }
        assertEquals(ReviewState.RETURNED, state());
        assertTrue(new AuditLog(db, clock).verify().intact());
    }
}
