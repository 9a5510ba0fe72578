package goalbook.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Request intake: one caller cannot keep the server reading its bodies. A request body is read on a
 * server thread, so a client that sends one byte every few seconds holds that thread; without bounds,
 * 300 such uploads from one region's token left no thread for {@code /health} or anyone else.
 *
 * <p>Two bounds, both answered before a byte of the body is read: uploads in flight per caller
 * (429) and in all (503), each with {@code Retry-After} and a Swedish message. And one deadline: a body
 * must arrive whole within {@link IntakeLimits#bodyDeadline()}, or its connection is closed and the
 * thread goes back to serving others.
 */
final class Intake {
    private static final String RETRY_SECONDS = "5";

    /** A refused upload sent fast enough is read to its end, so its client can read the answer (see {@link #refused}). */
    private static final Duration DRAIN_TIME = Duration.ofSeconds(10);
    private static final int DRAINING_AT_ONCE = 32;
    /** How long a refused upload waits for a place to be drained; past it, its connection is closed. */
    private static final long DRAIN_WAIT_MILLIS = 2000;

    private final IntakeLimits limits;
    private final long maxBodyBytes;
    private final Semaphore everyone;
    private final Semaphore draining = new Semaphore(DRAINING_AT_ONCE);
    /**
     * Memory for uploads in flight, in KiB: half the heap. Reading, checking, annotating and storing one
     * upload holds several copies of it and POI's model of it, measured at up to {@link #COPIES} times its
     * size; a 10 MB upload on a 256 MB heap then runs alone, while the usual 20 KB ones barely count.
     */
    private final Semaphore memory;
    private final int memoryKib;
    static final int COPIES = 8;
    private final Map<String, Integer> perCaller = new HashMap<>();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "goalbook-body-deadline");
        t.setDaemon(true);
        return t;
    });

    Intake(IntakeLimits limits, long maxBodyBytes) {
        this.limits = limits;
        this.maxBodyBytes = maxBodyBytes;
        this.everyone = new Semaphore(limits.total());
        this.memoryKib = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 2 / 1024);
        this.memory = new Semaphore(memoryKib);
    }

    /** Uploads admitted and not yet finished on this instance. */
    int inFlight() {
        return limits.total() - everyone.availablePermits();
    }

    /** {@code handler} run only when its caller and the server have room for one more upload. */
    Handler upload(Handler handler) {
        return ctx -> {
            String caller = Authentication.principal(ctx).id();
            admit(ctx, caller);
            int weight = weight(ctx);
            if (!memory.tryAcquire(weight)) {
                everyone.release();
                leave(caller);
                throw refused(ctx, busy());
            }
            try {
                handler.handle(ctx);
            } finally {
                memory.release(weight);
                everyone.release();
                leave(caller);
            }
        };
    }

    /**
     * Runs {@code read} (which reads the request body) under the body deadline: past it, the connection
     * is closed, the blocked read fails, and the answer is 408 {@code body_too_slow}.
     */
    <T> T body(Context ctx, Supplier<T> read) {
        return within(ctx, limits.bodyDeadline(), read, this::tooSlow);
    }

    private <T> T within(Context ctx, Duration deadline, Supplier<T> read, Supplier<RuntimeException> late) {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> cut = deadlines.schedule(() -> {
            expired.set(true);
            closeConnection(ctx);
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            T value = read.get();
            if (expired.get()) {
                throw late.get();
            }
            return value;
        } catch (RuntimeException e) {
            throw expired.get() ? late.get() : e;
        } finally {
            cut.cancel(false);
        }
    }

    private void admit(Context ctx, String caller) {
        int mine;
        synchronized (perCaller) {
            mine = perCaller.getOrDefault(caller, 0);
            if (mine < limits.perCaller()) {
                perCaller.put(caller, mine + 1);
            }
        }
        if (mine >= limits.perCaller()) {
            throw refused(ctx, new ApiProblem(429, "too_many_uploads",
                    "This caller already has " + mine + (mine == 1 ? " upload" : " uploads") + " in progress; wait for it to finish",
                    "Du har redan " + (mine == 1 ? "en fil" : mine + " filer") + " på väg in. Vänta tills "
                            + (mine == 1 ? "den är mottagen" : "de är mottagna") + " och försök sedan igen."));
        }
        if (!everyone.tryAcquire()) {
            leave(caller);
            throw refused(ctx, busy());
        }
    }

    private static ApiProblem busy() {
        return new ApiProblem(503, "uploads_busy", "Goalbook is receiving as many uploads as it can; try again shortly",
                "Goalbook tar emot många filer just nu. Försök igen om en liten stund; inget har sparats.");
    }

    /** The memory an upload may take, in KiB, from its declared length (the largest allowed when it declares none); never more than all. */
    private int weight(Context ctx) {
        long declared = ctx.contentLength() < 0 ? maxBodyBytes : Math.min(ctx.contentLength(), maxBodyBytes);
        return (int) Math.max(1, Math.min(memoryKib, declared * COPIES / 1024));
    }

    private void leave(String caller) {
        synchronized (perCaller) {
            perCaller.computeIfPresent(caller, (k, n) -> n == 1 ? null : n - 1);
        }
    }

    /**
     * Refused before its body was read. A client still sending its body does not read an answer
     * sent meanwhile if the connection is then closed under it: a body that arrives quickly is read
     * to its end and dropped (a few at a time, within {@link #DRAIN_TIME}), so the client sees the 429
     * or 503; a body that trickles is cut off with its connection instead.
     */
    private ApiProblem refused(Context ctx, ApiProblem problem) {
        ctx.header("Retry-After", RETRY_SECONDS);
        if (expectsContinue(ctx)) {
            // the client waits for our word before sending its body: the answer goes out, the body never comes
            return problem;
        }
        if (!drained(ctx)) {
            ctx.header("Connection", "close");
        }
        return problem;
    }

    private static boolean expectsContinue(Context ctx) {
        String expect = ctx.header("Expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }

    private boolean drained(Context ctx) {
        try {
            if (ctx.contentLength() > maxBodyBytes || !draining.tryAcquire(DRAIN_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return within(ctx, DRAIN_TIME, () -> {
                try (InputStream in = ctx.req().getInputStream()) {
                    byte[] buffer = new byte[64 * 1024];
                    long total = 0;
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxBodyBytes) {
                            return false;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }, () -> new IllegalStateException("not drained in time"));
        } catch (RuntimeException e) {
            return false;
        } finally {
            draining.release();
        }
    }

    private ApiProblem tooSlow() {
        long seconds = limits.bodyDeadline().toSeconds();
        return new ApiProblem(408, "body_too_slow", "The request body did not arrive within " + seconds + " s",
                "Filen kom inte fram inom " + seconds + " sekunder. Kontrollera anslutningen och försök igen.");
    }

    private static void closeConnection(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) {
            request.getConnectionMetaData().getConnection().getEndPoint().close();
        }
    }

}
