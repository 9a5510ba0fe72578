package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.http.IntakeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request head must arrive whole within the head deadline (2 s here) from its first byte; an idle
 * connection between requests is not a slow head. The client below paces its own bytes.
 */
@Timeout(60)
class HeadDeadlineHttpTest {
    private static final Duration HEAD = Duration.ofSeconds(2);

    @RegisterExtension
    static final TestServer server = TestServer.perClass(new IntakeLimits(2, 32, Duration.ofSeconds(30), HEAD));

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1)));
        s.setSoTimeout(50);
        return s;
    }

    /** -1 when the server closed the connection, 0 when it is open and silent, else the byte count read. */
    private static int poll(InputStream in) {
        try {
            byte[] b = new byte[8192];
            int n = in.read(b);
            return n < 0 ? -1 : n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean send(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void headTricklingPastTheDeadline_isClosed_notBeforeIt() throws Exception {
        try (Socket s = connect()) {
            String head = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(200);
            long start = System.nanoTime();
            long closedAfter = -1;
            for (int i = 0; i < head.length() && closedAfter < 0; i++) {
                if (!send(s.getOutputStream(), head.substring(i, i + 1)) || poll(s.getInputStream()) == -1) {
                    closedAfter = (System.nanoTime() - start) / 1_000_000;
                }
                Thread.sleep(100); // the client's own pace: a byte every 100 ms keeps the idle timeout away
            }
            assertTrue(closedAfter > 0, "the connection was never closed while its head trickled in");
            assertTrue(closedAfter >= HEAD.toMillis() - 100, "closed after " + closedAfter + " ms, before the deadline");
            assertTrue(closedAfter <= HEAD.toMillis() * 2, "closed after " + closedAfter + " ms");
        }
    }

    @Test
    void slowHeadWithinTheDeadline_andAnIdleKeptAliveConnection_areServed() throws Exception {
        try (Socket s = connect()) {
            String head = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            for (int i = 0; i < head.length(); i += 4) {
                assertTrue(send(s.getOutputStream(), head.substring(i, Math.min(head.length(), i + 4))));
                Thread.sleep(40); // about a second for the whole head
            }
            assertTrue(readStatus(s).startsWith("HTTP/1.1 200"));

            Thread.sleep(HEAD.toMillis() * 2); // idle between requests, longer than the head deadline
            assertTrue(send(s.getOutputStream(), head));
            assertTrue(readStatus(s).startsWith("HTTP/1.1 200"), "the kept-alive connection still serves");
        }
    }

    private static String readStatus(Socket s) throws Exception {
        StringBuilder got = new StringBuilder();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!got.toString().contains("\r\n\r\n") && System.nanoTime() < until) {
            byte[] b = new byte[8192];
            try {
                int n = s.getInputStream().read(b);
                if (n < 0) {
                    break;
                }
                got.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException e) {
                // keep reading until the deadline
            }
        }
        // the body follows the head; drain it so the next answer starts clean
        Thread.sleep(100);
        poll(s.getInputStream());
        assertEquals(false, got.isEmpty(), "an answer");
        return got.toString();
    }
}
