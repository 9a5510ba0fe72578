package goalbook.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** The end of a benchmark's warm-up: the JIT's backlog would otherwise be counted as the measured work. */
final class JitSettle {
    private JitSettle() {}

    /** Waits until the JIT has compiled nothing for a second, at most 30 s; returns the seconds waited. */
    static double await() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long before = jit.getTotalCompilationTime();
        do {
            Thread.sleep(1000);
            long now = jit.getTotalCompilationTime();
            if (now - before < 10) {
                break;
            }
            before = now;
        } while (System.nanoTime() - start < 30e9);
        return (System.nanoTime() - start) / 1e9;
    }
}
