package goalbook.http;

/** A started HTTP server, e.g. on port 7070; stopping it frees the port. */
public interface RunningServer {
    int port();

    /** The HTTPS port, or -1 when TLS is not configured. */
    int tlsPort();

    void stop();
}
