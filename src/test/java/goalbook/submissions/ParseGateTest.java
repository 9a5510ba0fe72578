package goalbook.submissions;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParseGateTest {

    @Test
    void enter_beyondTheQueue_isBusyAtOnce() throws Exception {
        ParseGate gate = new ParseGate(1, 1, Duration.ofSeconds(10));
        gate.enter(); // the one parse running
        CountDownLatch queued = new CountDownLatch(1);
        AtomicBoolean waiterGotIn = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            queued.countDown();
            gate.enter();
            waiterGotIn.set(true);
            gate.leave();
        });
        waiter.start();
        queued.await();
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait(); // until the waiter holds the one queue place and waits for the permit
        }
        long start = System.nanoTime();
        assertThrows(ServerBusyException.class, gate::enter);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "refused at once, not after waiting");
        gate.leave();
        waiter.join(5_000);
        assertTrue(waiterGotIn.get(), "the queued upload got its turn");
    }

    @Test
    void enter_waitingTooLong_isBusy() {
        ParseGate gate = new ParseGate(1, 5, Duration.ofMillis(100));
        gate.enter();
        assertThrows(ServerBusyException.class, gate::enter);
        gate.leave();
        gate.enter();
        gate.leave();
    }
}
