package goalbook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health probe: a database that cannot take a write says why; one that can is left unchanged. */
class DatabaseHealthTest {
    @TempDir
    Path dir;

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void writableDatabase_hasNoTrouble_andTheProbeLeavesNoRow() {
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            assertEquals(Optional.empty(), db.writeTrouble(0));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM health_probe"));
        }
    }

    @Test
    void databaseThatCannotGrow_isFull() {
        int pages;
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            pages = count(db, "PRAGMA page_count");
        }
        // the probe needs a few new pages: one page of room is not enough, ten are
        try (Database db = Database.open(Database.defaultUrl(dir) + "?max_page_count=" + (pages + 1))) {
            Optional<String> trouble = db.writeTrouble(0);
            assertTrue(trouble.isPresent() && trouble.get().contains("full"), trouble.toString());
        }
        try (Database db = Database.open(Database.defaultUrl(dir) + "?max_page_count=" + (pages + 10))) {
            assertEquals(Optional.empty(), db.writeTrouble(0));
            assertEquals(Optional.empty(), db.writeTrouble(10 * 4096), "room for exactly what is needed");
            Optional<String> trouble = db.writeTrouble(10 * 4096 + 1);
            assertTrue(trouble.isPresent() && trouble.get().contains("full"), "room for one byte less than needed: " + trouble);
        }
    }

    @Test
    void readOnlyDatabase_cannotWrite() {
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            assertEquals(Optional.empty(), db.writeTrouble(0));
        }
        try (Database db = Database.open(Database.defaultUrl(dir) + "?open_mode=1")) {
            Optional<String> trouble = db.writeTrouble(0);
            assertTrue(trouble.isPresent() && trouble.get().contains("readonly"), trouble.toString());
        }
    }

    @Test
    void diskWithLessFreeSpaceThanNeeded_isFull() {
        try (Database db = Database.open(Database.defaultUrl(dir))) {
            Optional<String> trouble = db.writeTrouble(Long.MAX_VALUE);
            assertTrue(trouble.isPresent() && trouble.get().contains("MB free"), trouble.toString());
        }
    }
}
