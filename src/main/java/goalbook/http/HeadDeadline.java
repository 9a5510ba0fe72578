package goalbook.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request head (request line and headers) has been arriving for longer than
 * the deadline, counted from its first byte. Jetty parses heads without a thread, so a slow head never
 * blocks anyone, but without this a client sending a byte every few seconds keeps its connection for
 * hours (the idle timeout counts from the last byte). An idle connection between requests is left to the
 * idle timeout. Checked by one timer thread every quarter of the deadline, so a head is cut off between
 * the deadline and 1.25 × the deadline.
 */
final class HeadDeadline implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(HeadDeadline.class);

    private final long deadlineNanos;
    private final Map<HttpConnection, Watch> open = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    /** Since when a connection has been inside the head of its request number {@code messages}; 0 when not in a head. */
    private static final class Watch {
        long since;
        long messages = -1;
    }

    HeadDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
    }

    synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "goalbook-head-deadline");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(TimeUnit.MILLISECONDS.toNanos(100), deadlineNanos / 4);
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.NANOSECONDS);
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        open.clear();
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, new Watch());
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    private void sweep() {
        long now = System.nanoTime();
        open.forEach((connection, watch) -> {
            try {
                check(connection, watch, now);
            } catch (RuntimeException e) {
                LOG.debug("head deadline: cannot check {}: {}", connection, e.toString());
            }
        });
    }

    private void check(HttpConnection connection, Watch watch, long now) {
        HttpParser parser = connection.getParser();
        // a parser at START waits for the next request: idle, the idle timeout's business
        boolean inHead = parser.inHeaderState() && !parser.isStart();
        long messages = connection.getMessagesIn();
        if (!inHead) {
            watch.since = 0;
            return;
        }
        if (watch.since == 0 || watch.messages != messages) {
            watch.since = now;
            watch.messages = messages;
        } else if (now - watch.since >= deadlineNanos) {
            LOG.info("Closing a connection from {}: its request head took longer than {} s", connection.getEndPoint().getRemoteSocketAddress(),
                    TimeUnit.NANOSECONDS.toSeconds(deadlineNanos));
            open.remove(connection);
            connection.getEndPoint().close();
        }
    }
}
