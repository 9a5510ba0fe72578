package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit details are valid JSON whatever the text, and the chain over entries already stored still verifies. */
class AuditDetailTest {

    private static final String AWKWARD = "Fel\tsiffra i \"Q2\"\nrad två \\ slut\u0001";

    @TempDir
    Path dir;
    private Database db;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void open() {
        db = Database.open(Database.defaultUrl(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void approveAndReopen_reasonWithTabNewlineQuote_detailIsValidJsonWithTheExactReason() throws Exception {
        ApprovalStore approvals = new ApprovalStore(db, clock);
        approvals.approve("2024-Q2", "demo-controller", AWKWARD, "{}");
        approvals.reopen("2024-Q2", "demo-controller", AWKWARD);

        AuditLog audit = new AuditLog(db, clock);
        for (AuditEntry e : audit.latest(2)) {
            JsonNode detail = new ObjectMapper().readTree(e.detail());
            assertEquals(AWKWARD, detail.get("reason").asText(), e.detail());
            assertTrue(detail.get("version").isInt(), e.detail());
            assertTrue(e.detail().chars().noneMatch(c -> c < 0x20), "no raw control character: " + e.detail());
        }
        assertTrue(audit.verify().intact());
    }

    /** The format written before Jackson, kept byte for byte: a new writer must not change existing entries' meaning. */
    @Test
    void detail_plainValues_sameTextAsBefore() {
        assertEquals("{\"version\":3,\"sha256\":\"ab\",\"valid\":true}", AuditDetail.of("version", 3, "sha256", "ab", "valid", true));
        assertEquals("{\"version\":1,\"reason\":null}", AuditDetail.of("version", 1, "reason", null));
    }

    /** Entries written by the old hand-built JSON (even the invalid one with a raw tab) still verify, with new ones after them. */
    @Test
    void verify_entriesWrittenBeforeTheChangeThenNewOnes_isIntact() {
        AuditLog audit = new AuditLog(db, clock);
        audit.append("demo-controller", "period.approve", "2024-Q1", "{\"version\":1,\"reason\":\"Fel\tsiffra\"}");
        audit.append("demo-nord", "submission.store", "2024-Q1/nord", "{\"version\":1,\"sha256\":\"e3b0\",\"valid\":true}");
        new ApprovalStore(db, clock).approve("2024-Q2", "demo-controller", AWKWARD, "{}");
        assertEquals(new AuditLog.Verification(true, 3, java.util.OptionalLong.empty()), audit.verify());
    }

    /** The chain's hash function is pinned: changing it would make every stored log fail verify-audit. */
    @Test
    void hash_isPinned() {
        assertEquals("6724c9fd768d085e06ad3901f77a7d16fc2536ebefc7dbd3d1757fe347d6e9ec", AuditLog.hash(AuditLog.GENESIS, 1, "2024-07-01T08:00:00Z", "demo-controller", "period.approve", "2024-Q2",
                "{\"version\":1,\"reason\":\"ok\"}"));
    }
}
