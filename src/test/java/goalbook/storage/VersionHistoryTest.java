package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's summaries: written with each version, and made once for a version stored before they existed. */
class VersionHistoryTest {
    @TempDir
    Path dir;

    static final String REPORT = "{\"report\":{\"goals\":[{\"id\":\"nps\",\"status\":\"MET\",\"comment\":\"bra\"},"
            + "{\"id\":\"kyc\",\"status\":\"NOT_MET\"}]},\"inputs\":{}}";

    static NewSubmission upload(String content, String report) {
        return new NewSubmission("2024-Q2", "nord", "Almi Nord", content.getBytes(StandardCharsets.UTF_8), null, null, true, "almi-2021",
                "r", report, "tok_1");
    }

    @Test
    void history_showsEveryGoalStatusAndTheLabel_newestFirst() {
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            SubmissionStore store = new SubmissionStore(db, Clock.systemUTC());
            store.store(upload("a", REPORT));
            store.store(upload("b", "{}"));
            List<VersionSummary> h = store.history("2024-Q2", "nord");
            assertEquals(List.of(2, 1), h.stream().map(VersionSummary::version).toList());
            assertEquals(Map.of(), h.get(0).goals());
            assertEquals(Map.of("nps", "MET", "kyc", "NOT_MET"), h.get(1).goals());
            assertEquals(List.of("nps", "kyc"), List.copyOf(h.get(1).goals().keySet()), "in the report's order");
            assertEquals("Almi Nord", h.get(1).actor());
        }
    }

    @Test
    void versionStoredBeforeSummariesExisted_getsItsSummaryFromItsReportOnce() {
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            SubmissionStore store = new SubmissionStore(db, Clock.systemUTC());
            store.store(upload("a", REPORT));
            db.write(c -> c.createStatement().executeUpdate("DELETE FROM submission_summary")); // as before V6
            assertEquals(Map.of("nps", "MET", "kyc", "NOT_MET"), store.history("2024-Q2", "nord").get(0).goals());
            int rows = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM submission_summary")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, rows, "kept, so the report is read only once");
        }
    }
}
