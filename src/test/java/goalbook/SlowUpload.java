package goalbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A request that never finishes sending. By default a multipart upload, as a hostile or very slow client would: the headers
 * promise {@code declaredBytes}, the body starts, then only {@link #trickle()} adds a byte at a time.
 * {@link #answer(int)} tells what the server did: its status line, or that it closed the connection.
 */
final class SlowUpload implements AutoCloseable {
    static final String CLOSED = "closed";
    static final String NO_ANSWER_YET = "no answer yet";

    private final Socket socket;
    private final OutputStream out;

    SlowUpload(int port, String path, String token, int declaredBytes) {
        this(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: multipart/form-data; boundary=slowslow\r\nContent-Length: " + declaredBytes + "\r\n\r\n"
                + "--slowslow\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nPK");
    }

    /** A request whose headers never end: {@link #trickle()} adds a byte to the last header's value. */
    static SlowUpload headersOnly(int port, String path) {
        return new SlowUpload(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: x");
    }

    private SlowUpload(int port, String head) {
        try {
            socket = new Socket("127.0.0.1", port);
            out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One more byte of the body; false once the server has closed the connection. */
    boolean trickle() {
        try {
            out.write('x');
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The status line the server sent within {@code millis}, {@link #CLOSED}, or {@link #NO_ANSWER_YET}. */
    String answer(int millis) {
        try {
            socket.setSoTimeout(millis);
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\r') {
                line.append((char) c);
            }
            return line.length() == 0 ? CLOSED : line.toString();
        } catch (SocketTimeoutException e) {
            return NO_ANSWER_YET;
        } catch (IOException e) {
            return CLOSED;
        }
    }

    /** The whole answer as sent (headers and body), read until the server closes, at most {@code millis}. */
    String wholeAnswer(int millis) {
        try {
            socket.setSoTimeout(millis);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return CLOSED;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed by the server
        }
    }
}
