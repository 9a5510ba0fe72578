package goalbook.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final MovingClock clock = new MovingClock();
    private final RateWindow window = new RateWindow(30, Duration.ofSeconds(10), clock);

    private void send(int n) {
        for (int i = 0; i < n; i++) {
            window.record();
        }
    }

    @Test
    void waitBeforeNext_29SentInWindow_noWait() {
        send(29);
        assertEquals(Duration.ZERO, window.waitBeforeNext());
    }

    @Test
    void waitBeforeNext_30SentInWindow_waitsUntilTheOldestLeaves() {
        send(30);
        clock.now = clock.now.plusSeconds(4);
        assertEquals(Duration.ofSeconds(6), window.waitBeforeNext());
    }

    @Test
    void waitBeforeNext_30SentExactlyAWindowAgo_noWait() {
        send(30);
        clock.now = clock.now.plusSeconds(10);
        assertEquals(Duration.ZERO, window.waitBeforeNext());
    }

    @Test
    void waitBeforeNext_30SentJustUnderAWindowAgo_waitsOneMillisecond() {
        send(30);
        clock.now = clock.now.plusMillis(9_999);
        assertEquals(Duration.ofMillis(1), window.waitBeforeNext());
    }
}
