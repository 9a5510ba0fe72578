package goalbook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WhoAmIRoutesTest {

    @Test
    void lastCompleted_turnsAtSwedishMidnight_notUtc() {
        // 2024-07-01 00:00 in Stockholm (summer time) is 2024-06-30 22:00 UTC.
        assertEquals("2024-Q1", WhoAmIRoutes.lastCompleted(Instant.parse("2024-06-30T21:59:59Z")).toString());
        assertEquals("2024-Q2", WhoAmIRoutes.lastCompleted(Instant.parse("2024-06-30T22:00:00Z")).toString());
        // 2025-01-01 00:00 in Stockholm (winter time) is 2024-12-31 23:00 UTC.
        assertEquals("2024-Q3", WhoAmIRoutes.lastCompleted(Instant.parse("2024-12-31T22:59:59Z")).toString());
        assertEquals("2024-Q4", WhoAmIRoutes.lastCompleted(Instant.parse("2024-12-31T23:00:00Z")).toString());
    }
}
